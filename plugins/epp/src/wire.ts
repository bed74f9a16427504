/**
 * One operation's conversation with the EPP server: the pooled session from `ctx.epp`, client
 * transaction ids made from the host's operation id (so the registry's logs and ours line up,
 * RFC 5730 §2.5), and responses read with the usual namespace prefixes.
 */
import { EPP_NS, type EppCommand, type EppResponse, type EppSession, type OperationContext, type PluginContext } from '@registrar-kit/sdk';
import { profileOf, type EppPluginSettings } from './settings.js';
import { canonical, type Tree } from './xml.js';

export type Ctx = OperationContext<EppPluginSettings>;
export type AnyCtx = PluginContext<EppPluginSettings> & Partial<Pick<Ctx, 'operation'>>;

/** A response with `resData` / `extension` under the usual prefixes. */
export interface Answer extends EppResponse {
  data: Tree;
  ext: Tree;
}

export const ns = (prefix: keyof typeof EPP_NS): Tree => ({ [`@_xmlns:${prefix}`]: EPP_NS[prefix] });

export function sessionOf(ctx: PluginContext<EppPluginSettings>): EppSession {
  return ctx.epp.session(profileOf(ctx.settings));
}

const counters = new WeakMap<object, number>();

/** `<clTRID>`: the operation id and a counter (at most 64 characters, RFC 5730 clTRIDType). */
function clTRID(ctx: AnyCtx): string | undefined {
  if (ctx.operation === undefined) return undefined;
  const n = (counters.get(ctx) ?? 0) + 1;
  counters.set(ctx, n);
  return `${ctx.operation.id.slice(0, 58)}-${n}`;
}

export function read(response: EppResponse): Answer {
  return { ...response, data: (canonical(response.resData ?? {}) as Tree), ext: (canonical(response.extension ?? {}) as Tree) };
}

/** Sends a command; 2xxx rejects with the sdk's RegistrarError unless `allowError`. */
export async function send(ctx: AnyCtx, command: EppCommand, options: { allowError?: boolean } = {}): Promise<Answer> {
  const id = clTRID(ctx);
  const response = await sessionOf(ctx).command(command, { ...(id === undefined ? {} : { clTRID: id }), ...(options.allowError === true ? { allowError: true } : {}) });
  return read(response);
}

/** The domain element every domain command carries. */
export const domainBody = (element: string, name: string, more: Tree = {}): Tree => ({ [`domain:${element}`]: { ...ns('domain'), 'domain:name': name, ...more } });
