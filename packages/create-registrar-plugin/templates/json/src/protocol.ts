/**
 * The registrar's wire format. This is the scaffold's example of a JSON REST API, to be replaced
 * with the registrar's documented one: `GET {endpoint}/domains/{domain}/availability` and
 * `GET {endpoint}/domains/{domain}`, the API key as a bearer token, refusals as HTTP 4xx with
 * `{"error": {"code": "…", "message": "…"}}`.
 */
import type { OperationContext } from '@registrar-kit/sdk';
import { readData } from './answers.js';
import type { Command, Commands, Reply } from './commands.js';
import { registrarFailure, unreadable } from './errors.js';
import type { Settings } from './settings.js';

const PATHS: { [C in Command]: (params: Commands[C]['params']) => string } = {
  check: ({ domain }) => `/domains/${encodeURIComponent(domain)}/availability`,
  info: ({ domain }) => `/domains/${encodeURIComponent(domain)}`,
};

// Refusals the plugin reads itself, because they carry the registrar's code. Any other status
// is thrown by ctx.http as a normalized error: 429 RATE_LIMITED, 5xx REMOTE (retryable), and
// connection failures and timeouts TRANSPORT (retryable).
const REFUSALS = [400, 401, 403, 404, 409, 422];

/** Sends one command; the registrar's refusal comes back as `{ ok: false, error }`. */
export async function call<C extends Command>(ctx: OperationContext<Settings>, command: C, params: Commands[C]['params']): Promise<Reply<C>> {
  const { endpoint, apiKey, timeoutMs } = ctx.settings;
  const res = await ctx.http.request({
    method: 'GET',
    url: `${endpoint.replace(/\/+$/, '')}${PATHS[command](params)}`,
    headers: { accept: 'application/json', authorization: `Bearer ${apiKey}` },
    acceptStatus: REFUSALS,
    label: command,
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
  const body = res.json<{ error?: { code?: unknown; message?: unknown } } | null>();
  if (res.status < 300) return { ok: true, data: readData[command](body) };
  const error = body?.error;
  if (typeof error?.code !== 'string') throw unreadable(command, `HTTP ${res.status} without an error code`);
  return { ok: false, error: registrarFailure(error.code, typeof error.message === 'string' ? error.message : '', command) };
}
