/**
 * The registrar's wire format. This is the scaffold's example of a form-parameter API, to be
 * replaced with the registrar's documented one: every command is a `POST {endpoint}` with an
 * `application/x-www-form-urlencoded` body (`command`, `login`, `password` and the command's
 * parameters); the answer is JSON, HTTP 200 for refusals too (see `answers.ts`).
 */
import type { OperationContext } from '@registrar-kit/sdk';
import { readAnswer } from './answers.js';
import type { Command, Commands, Reply } from './commands.js';
import type { Settings } from './settings.js';

const COMMANDS: Record<Command, string> = { check: 'domain-check', info: 'domain-info' };

/** Sends one command; the registrar's refusal comes back as `{ ok: false, error }`. */
export async function call<C extends Command>(ctx: OperationContext<Settings>, command: C, params: Commands[C]['params']): Promise<Reply<C>> {
  const { endpoint, login, password, timeoutMs } = ctx.settings;
  const form = new URLSearchParams({ command: COMMANDS[command], login, password, ...params });
  const res = await ctx.http.request({
    method: 'POST',
    url: endpoint,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: form.toString(),
    label: COMMANDS[command],
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
  return readAnswer(command, res.json());
}
