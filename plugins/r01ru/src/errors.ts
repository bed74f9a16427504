import { isRegistrarError, redact, RegistrarError, type RegistrarErrorCode } from '@registrar-kit/sdk';
import type { Reply } from './protocol/replies.js';
import type { Stage } from './protocol/subject.js';

/**
 * Failure replies → normalized codes. R01 publishes no list of mail-interface error codes, so
 * the reply's reason text decides (modelled, see the README); the registrar's own code (or the
 * TASK_FAILURE status name) is kept for the Action Log either way.
 */
const RULES: readonly [RegExp, RegistrarErrorCode | ((stage: Stage) => RegistrarErrorCode)][] = [
  [/password|passwd|authori[sz]|authenticat|парол|авториз|аутентиф/i, 'AUTHENTICATION'],
  [/balance|funds|insufficient|payment|money|средств|баланс|оплат|деньг/i, 'BILLING'],
  [/already\s+(?:registered|exists|taken)|is\s+taken|not\s+available|unavailable|busy|занят|уже\s+(?:зарегистрирован|существует)|недоступ/i, (stage) => (stage === 'domain' ? 'NOT_AVAILABLE' : 'OBJECT_EXISTS')],
  [/not\s+found|does\s+not\s+exist|unknown\s+(?:domain|handle|client)|no\s+such|не\s+найден|не\s+существует|отсутству/i, 'OBJECT_NOT_FOUND'],
  [/prohibit|forbidden|blocked|locked|запрещ|заблокир/i, 'STATUS_PROHIBITS'],
  [/invalid|incorrect|syntax|format|wrong|missing|required|неверн|некоррект|формат|обязател|не\s+указан|не\s+заполнен/i, 'INVALID_INPUT'],
];

// White-label-safe: never the registrar's name, never a credential.
const MESSAGES: Record<RegistrarErrorCode, string> = {
  AUTHENTICATION: 'The registrar refused the account credentials of the mail interface',
  BILLING: 'The registrar account cannot pay for this request',
  NOT_AVAILABLE: 'The domain is not available',
  OBJECT_EXISTS: 'The registrar already has this contact',
  OBJECT_NOT_FOUND: 'The registrar does not know the domain or contact',
  STATUS_PROHIBITS: 'The domain status does not allow this change',
  INVALID_INPUT: 'The registrar rejected a field of the request',
  REMOTE: 'The registrar refused the request',
  POLICY: 'The registrar policy does not allow this request',
  AUTH_CODE_INVALID: 'The transfer code is not correct',
  RATE_LIMITED: 'The registrar is limiting requests',
  TRANSPORT: 'The registrar mail could not be sent',
  PROTOCOL: 'The registrar reply could not be understood',
  UNSUPPORTED: 'The registrar does not support this request',
};

/** A failure reply as a RegistrarError. `secrets` are redacted from the detail (a reply may quote the request). */
export function replyError(reply: Reply, stage: Stage, ref: string, secrets: readonly string[]): RegistrarError {
  const reason = reply.reason ?? '';
  let code: RegistrarErrorCode = 'REMOTE';
  for (const [pattern, target] of RULES) {
    if (pattern.test(reason)) {
      code = typeof target === 'function' ? target(stage) : target;
      break;
    }
  }
  const task = reply.taskId === undefined ? '' : ` task ${reply.taskId}`;
  return new RegistrarError({
    code,
    message: MESSAGES[code],
    retryable: false,
    ...(reply.registrarCode === undefined ? {} : { registrarCode: reply.registrarCode }),
    detail: redact(`${stage} request ${ref}${task} failed: ${reason === '' ? '(no reason given)' : reason}`, secrets),
  });
}

/** Any error from `ctx.mail.send` as a RegistrarError (the host's relay throws TRANSPORT already). */
export function sendError(error: unknown, secrets: readonly string[]): RegistrarError {
  if (isRegistrarError(error)) return error;
  return new RegistrarError({
    code: 'TRANSPORT',
    retryable: true,
    message: MESSAGES.TRANSPORT,
    detail: redact(`sending the request mail failed: ${error instanceof Error ? error.message : String(error)}`, secrets),
    cause: error,
  });
}

export { MESSAGES };
