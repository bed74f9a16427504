/**
 * The registrar's wire format. This is the scaffold's example of an XML API, to be replaced with
 * the registrar's documented one: every command is a `POST {endpoint}` of one request document,
 *
 *   <request><auth><login/><password/></auth><command name="domain-check"><domain/></command></request>
 *
 * answered (HTTP 200, refusals too) by
 *
 *   <response><result><status>ok|error</status><code/><message/></result><data>…</data></response>
 */
import type { OperationContext } from '@registrar-kit/sdk';
import { XMLBuilder } from 'fast-xml-parser';
import { isElement, parseXml, readData } from './answers.js';
import type { Command, Commands, Reply } from './commands.js';
import { registrarFailure, unreadable } from './errors.js';
import type { Settings } from './settings.js';

const COMMANDS: Record<Command, string> = { check: 'domain-check', info: 'domain-info' };

// Escapes &, < and > in values, so a password or a name cannot break the document.
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', suppressEmptyNode: true });

export function requestDocument<C extends Command>(command: C, params: Commands[C]['params'], settings: Settings): string {
  const doc = { request: { auth: { login: settings.login, password: settings.password }, command: { '@name': COMMANDS[command], ...params } } };
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build(doc) as string}`;
}

/** Sends one command; the registrar's refusal comes back as `{ ok: false, error }`. */
export async function call<C extends Command>(ctx: OperationContext<Settings>, command: C, params: Commands[C]['params']): Promise<Reply<C>> {
  const { endpoint, timeoutMs } = ctx.settings;
  const res = await ctx.http.request({
    method: 'POST',
    url: endpoint,
    headers: { 'content-type': 'text/xml; charset=utf-8' },
    body: requestDocument(command, params, ctx.settings),
    label: COMMANDS[command],
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
  const response = parseXml(res.text).response;
  const result = isElement(response) ? response.result : undefined;
  if (!isElement(response) || !isElement(result)) throw unreadable(command, 'the answer is not a <response> document with a <result>');
  if (result.status === 'ok') return { ok: true, data: readData[command](response.data) };
  if (result.status === 'error' && typeof result.code === 'string') {
    return { ok: false, error: registrarFailure(result.code, typeof result.message === 'string' ? result.message : '', command) };
  }
  throw unreadable(command, `unexpected <status> ${JSON.stringify(result.status)}`);
}
