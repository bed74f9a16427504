import { delay, HttpResponse } from 'msw';

export const FAULTS = ['fault-timeout', 'fault-500', 'fault-503', 'fault-reset', 'fault-empty-body', 'fault-malformed-body'] as const;
export type Fault = (typeof FAULTS)[number];

/** What a plugin must answer to a fault: one of `codes`, and `retryable` when it is set. */
export interface FaultExpectation {
  codes: readonly string[];
  /** Required value of `error.retryable`; undefined = either is accepted (the reason says why). */
  retryable?: boolean;
}

/**
 * The expectations, one per fault (the README's fault table lists the same). `retryable` means
 * "the same request may succeed later unchanged" (the sdk's definition):
 * - a timeout, a reset, a 500 and a 503 are the registrar's or the network's passing trouble,
 *   so the host must be told to try again (a plugin answering a 500 as final would turn a
 *   registrar's bad minute into a customer-facing failure);
 * - an empty or malformed 200 body may be a truncated answer (transient) or a changed API
 *   (permanent), and the registrar may have acted on the request: only the plugin knows whether
 *   asking again is safe, so either value passes;
 * - an SMTP failure means the request never left: retrying is always safe and required.
 */
export const FAULT_EXPECTATIONS: Record<Fault, FaultExpectation> = {
  'fault-timeout': { codes: ['TRANSPORT'], retryable: true },
  'fault-500': { codes: ['REMOTE', 'PROTOCOL'], retryable: true },
  'fault-503': { codes: ['REMOTE', 'RATE_LIMITED', 'TRANSPORT'], retryable: true },
  'fault-reset': { codes: ['TRANSPORT'], retryable: true },
  'fault-empty-body': { codes: ['PROTOCOL', 'REMOTE'] },
  'fault-malformed-body': { codes: ['PROTOCOL', 'REMOTE'] },
};

/**
 * The faults an EPP plugin is put through (the server's behaviour is in `epp-session.ts`), under
 * the same check names so a manifest's bypasses keep one vocabulary. Each is the server's or the
 * network's passing trouble, so the answer must be retryable; for a billable operation the host
 * turns a TRANSPORT failure whose command may have been received into `unknown` (reconcile), as
 * it does for HTTP:
 * - `fault-timeout`: no greeting arrives → TRANSPORT;
 * - `fault-reset`: the connection is reset in the middle of the answer frame → TRANSPORT;
 * - `fault-503`: the login is answered 2502 (session limit exceeded) → REMOTE;
 * - `fault-500`: the command is answered 2400 (command failed), then the connection closes → REMOTE;
 * - `fault-malformed-body`: the answer frame is not XML → PROTOCOL or REMOTE.
 */
export const EPP_FAULTS = ['fault-timeout', 'fault-reset', 'fault-503', 'fault-500', 'fault-malformed-body'] as const satisfies readonly Fault[];

export const EPP_FAULT_EXPECTATIONS: Record<(typeof EPP_FAULTS)[number], FaultExpectation> = {
  'fault-timeout': { codes: ['TRANSPORT'], retryable: true },
  'fault-reset': { codes: ['TRANSPORT'], retryable: true },
  'fault-503': { codes: ['REMOTE', 'RATE_LIMITED'], retryable: true },
  'fault-500': { codes: ['REMOTE'], retryable: true },
  'fault-malformed-body': { codes: ['PROTOCOL', 'REMOTE'] },
};

/** What the EPP server does for each fault, for check titles and the README. */
export const EPP_FAULT_LABELS: Record<(typeof EPP_FAULTS)[number], string> = {
  'fault-timeout': 'EPP greeting timeout',
  'fault-reset': 'EPP connection reset mid-frame',
  'fault-503': 'EPP 2502 session limit',
  'fault-500': 'EPP 2400 then a closed connection',
  'fault-malformed-body': 'EPP answer that is not XML',
};

/** What an e-mail-only plugin must answer when the mail relay refuses its mail. */
export const SMTP_FAILURE_EXPECTATION: FaultExpectation = { codes: ['TRANSPORT'], retryable: true };

/**
 * The response the gateway sends for a fault. Bodies and content types are spelled out (not left
 * to the Response constructor's defaults) so the README's table is exactly what is sent.
 */
export async function faultResponse(fault: Fault, timeoutMs: number): Promise<Response> {
  const text = { 'content-type': 'text/plain; charset=utf-8' };
  switch (fault) {
    case 'fault-timeout':
      // Twenty times the plugin's HTTP timeout: the plugin's own deadline must fire first.
      await delay(timeoutMs * 20);
      return new HttpResponse('too late', { status: 200, headers: text });
    case 'fault-500':
      return new HttpResponse('Internal Server Error', { status: 500, headers: text });
    case 'fault-503':
      return new HttpResponse('Service Unavailable', { status: 503, headers: { ...text, 'retry-after': '120' } });
    case 'fault-reset':
      return HttpResponse.error();
    case 'fault-empty-body':
      return new HttpResponse('', { status: 200, headers: { 'content-type': 'application/octet-stream' } });
    case 'fault-malformed-body':
      return new HttpResponse('{"result": <not json or xml', { status: 200, headers: text });
  }
}
