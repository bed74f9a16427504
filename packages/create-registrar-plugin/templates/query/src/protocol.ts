/**
 * The registrar's wire format. This is the scaffold's example of a query-parameter API, to be
 * replaced with the registrar's documented one: every command is a `GET {endpoint}/{command}`
 * with `login`, `apikey` and the command's parameters in the query string; the answer is JSON,
 * HTTP 200 for refusals too (see `answers.ts`). The API key travels in the URL: ctx.http never
 * logs a query string, and the conformance suite checks that it appears nowhere else.
 */
import type { OperationContext } from '@registrar-kit/sdk';
import { readAnswer } from './answers.js';
import type { Command, Commands, Reply } from './commands.js';
import type { Settings } from './settings.js';

const COMMANDS: Record<Command, string> = { check: 'domains/check', info: 'domains/info' };

/** Sends one command; the registrar's refusal comes back as `{ ok: false, error }`. */
export async function call<C extends Command>(ctx: OperationContext<Settings>, command: C, params: Commands[C]['params']): Promise<Reply<C>> {
  const { endpoint, login, apiKey, timeoutMs } = ctx.settings;
  const url = new URL(`${endpoint.replace(/\/+$/, '')}/${COMMANDS[command]}`);
  for (const [name, value] of Object.entries({ login, apikey: apiKey, ...params })) url.searchParams.set(name, value);
  const res = await ctx.http.request({
    method: 'GET',
    url: url.toString(),
    headers: { accept: 'application/json' },
    label: COMMANDS[command],
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
  return readAnswer(command, res.json());
}
