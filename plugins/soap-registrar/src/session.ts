import { RegistrarError, type PluginContext } from '@registrar-kit/sdk';
import { isSessionFault, mapFault } from './errors.js';
import { SoapFault, soapCall, type SoapArgs } from './protocol/soap.js';
import type { SoapRegistrarSettings } from './settings.js';

type Ctx = PluginContext<SoapRegistrarSettings>;

/** Plugin-state key of the cached session id (kept with a TTL, see `sessionTtlSeconds`). */
export const SESSION_KEY = 'session';
export const DEFAULT_SESSION_TTL_SECONDS = 600;
export const DEFAULT_ENDPOINT = 'https://api.netim.com/2.0/';

const endpoint = (ctx: Ctx): string => ctx.settings.endpoint ?? DEFAULT_ENDPOINT;

/** `sessionOpen(idReseller, password, language)`; the id is cached in plugin state until its TTL. */
export async function openSession(ctx: Ctx): Promise<string> {
  let answer: unknown;
  try {
    answer = await soapCall(ctx.http, endpoint(ctx), 'sessionOpen', [
      // The reference PHP client upper-cases the reseller id.
      ['idReseller', ctx.settings.resellerId.toUpperCase()],
      ['password', ctx.settings.password],
      ['language', ctx.settings.language ?? 'EN'],
    ]);
  } catch (error) {
    throw error instanceof SoapFault ? mapFault(error, 'sessionOpen', [ctx.settings.password]) : error;
  }
  // The reply part is <IDSession> holding the 32-character id.
  const session = typeof answer === 'string' ? answer : '';
  if (session === '') {
    throw new RegistrarError({ code: 'PROTOCOL', message: 'The registrar sent an answer that could not be read', detail: 'sessionOpen: no session id in the answer' });
  }
  await ctx.state.set(SESSION_KEY, session, { ttlSeconds: ctx.settings.sessionTtlSeconds ?? DEFAULT_SESSION_TTL_SECONDS });
  return session;
}

/**
 * Calls one API function with the cached session (there is a quota on open sessions, so one is
 * reused while valid). On a session fault (the E02 family) the API refused the call before running
 * it, so the session is reopened once and the same call sent again. Nothing else is resent: a
 * timeout or a dropped connection says nothing about whether the call ran. Every other fault
 * becomes a {@link RegistrarError}.
 */
export async function call(ctx: Ctx, fn: string, args: SoapArgs): Promise<unknown> {
  let session = (await ctx.state.get<string>(SESSION_KEY)) ?? (await openSession(ctx));
  for (let attempt = 0; ; attempt++) {
    try {
      return await soapCall(ctx.http, endpoint(ctx), fn, [['IDSession', session], ...args]);
    } catch (error) {
      if (error instanceof SoapFault && isSessionFault(error.apiCode) && attempt === 0) {
        ctx.log.info('registrar session no longer valid; opening a new one', { function: fn, registrarCode: error.apiCode });
        await ctx.state.delete(SESSION_KEY);
        session = await openSession(ctx);
        continue;
      }
      throw error instanceof SoapFault ? mapFault(error, fn, [ctx.settings.password]) : error;
    }
  }
}

/** `sessionClose` for the cached session, if any (on shutdown: open sessions count against a quota). */
export async function closeSession(ctx: Ctx): Promise<void> {
  const session = await ctx.state.get<string>(SESSION_KEY);
  if (session === undefined) return;
  await ctx.state.delete(SESSION_KEY);
  try {
    await soapCall(ctx.http, endpoint(ctx), 'sessionClose', [['IDSession', session]]);
  } catch (error) {
    // The reference client ignores faults on close: the session may already have expired.
    ctx.log.debug('sessionClose failed; the session is dropped anyway', { error: error instanceof Error ? error.message : String(error) });
  }
}
