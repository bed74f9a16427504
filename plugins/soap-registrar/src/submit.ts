import { done, failed, isRegistrarError, pending, RegistrarError, type DnssecData, type Outcome, type PluginContext } from '@registrar-kit/sdk';
import { operationFailed } from './errors.js';
import { toOperationResponse, type SoapArgs } from './protocol/soap.js';
import { call } from './session.js';
import type { SoapRegistrarSettings } from './settings.js';

type Ctx = PluginContext<SoapRegistrarSettings>;

/** The pending step of an operation whose main request is done but whose follow-up calls must be retried. */
export const FOLLOW_UP_STEP = 'follow-up';

/**
 * Calls the registrar requires or allows once a request is DONE (docs/registrars/soap-registrar.md): after a transfer the EPP code must be
 * changed (`domainAuthID`), then the zone template, DNSSEC and preferences the request asked for.
 */
export type FollowUp =
  | { fn: 'domainAuthID' }
  | { fn: 'domainZoneInit'; template: number }
  | { fn: 'domainSetDNSSecExt'; dnssec: DnssecData }
  | { fn: 'domainSetPreference'; pref: 'registrar_lock' | 'whois_privacy' | 'auto_renew'; value: boolean };

/** What a pending outcome carries back to `poll`: the done result and the follow-ups still to run. */
export interface PendingData {
  result: Record<string, unknown>;
  followUps?: FollowUp[];
}

export function readPendingData(data: unknown, domain: string): PendingData {
  const d = (typeof data === 'object' && data !== null ? data : {}) as Partial<PendingData>;
  return { result: d.result ?? { domain }, ...(Array.isArray(d.followUps) ? { followUps: d.followUps } : {}) };
}

/** domainSetDNSSecExt arguments: DS records, or the first DNSKEY (flags, protocol, algo, pubKey). */
export function dnssecArgs(domain: string, dnssec: DnssecData): SoapArgs {
  const ds = (dnssec.ds ?? []).map((d) => ({ keyTag: d.keyTag, algo: d.algorithm, digestType: d.digestType, digest: d.digest }));
  const key = dnssec.keys?.[0];
  return [['domain', domain], ['DSRecords', ds.length === 0 ? '' : { item: ds }], ['flags', key?.flags ?? ''], ['protocol', key?.protocol ?? ''], ['algo', key?.algorithm ?? ''], ['pubKey', key?.publicKey ?? '']];
}

/** The preference calls for the flags a request set (`domainSetPreference`). */
export function preferenceFollowUps(input: { registrarLock?: boolean; whoisPrivacy?: boolean; autoRenew?: boolean }): FollowUp[] {
  const out: FollowUp[] = [];
  if (input.registrarLock !== undefined) out.push({ fn: 'domainSetPreference', pref: 'registrar_lock', value: input.registrarLock });
  if (input.whoisPrivacy !== undefined) out.push({ fn: 'domainSetPreference', pref: 'whois_privacy', value: input.whoisPrivacy });
  if (input.autoRenew !== undefined) out.push({ fn: 'domainSetPreference', pref: 'auto_renew', value: input.autoRenew });
  return out;
}

function followUpArgs(domain: string, step: FollowUp): SoapArgs {
  switch (step.fn) {
    // 0: the new code is not mailed to the registrant; the reseller reads it with domainInfo.
    case 'domainAuthID':
      return [['domain', domain], ['sendToRegistrant', 0]];
    case 'domainZoneInit':
      return [['domain', domain], ['numTemplate', step.template]];
    case 'domainSetDNSSecExt':
      return dnssecArgs(domain, step.dnssec);
    case 'domainSetPreference':
      return [['domain', domain], ['codePref', step.pref], ['value', step.value ? 1 : 0]];
  }
}

/**
 * Runs the follow-ups of a request that is DONE, in order. A follow-up answering Pending is left
 * to the registrar. A retryable failure keeps the operation pending (step `follow-up`, same ref)
 * so the next poll resumes with the remaining calls; any other failure fails the operation with a
 * message saying the main request did complete.
 */
export async function finish(ctx: Ctx, ref: string, domain: string, data: PendingData): Promise<Outcome> {
  const steps = data.followUps ?? [];
  for (const [index, step] of steps.entries()) {
    try {
      const op = toOperationResponse(await call(ctx, step.fn, followUpArgs(domain, step)), step.fn);
      if (op.status === 'Pending') ctx.log.info('follow-up accepted, completing at the registrar', { domain, function: step.fn, idOpe: op.id });
      else if (op.status !== 'Done') throw operationFailed(op.status, op.message, step.fn);
    } catch (error) {
      if (!isRegistrarError(error)) throw error;
      const remaining = steps.slice(index);
      if (error.retryable) {
        ctx.log.warn('follow-up failed; it will be retried on the next poll', { domain, function: step.fn, code: error.code });
        return pending({ ref, await: 'poll', step: FOLLOW_UP_STEP, note: `${step.fn} failed: ${error.detail ?? error.message}`, data: { result: data.result, followUps: remaining } });
      }
      return failed(
        new RegistrarError({
          code: error.code,
          message: `The request was carried out, but a follow-up step failed: ${error.message}`,
          retryable: false,
          ...(error.registrarCode === undefined ? {} : { registrarCode: error.registrarCode }),
          detail: `${step.fn} for ${domain} after the main request was DONE: ${error.detail ?? error.message}; not run: ${remaining.slice(1).map((s) => s.fn).join(', ') || 'nothing'}`,
          cause: error,
        }),
      );
    }
  }
  return done(data.result);
}

/**
 * A call answered with a StructOperationResponse: DONE → `done` (after the follow-ups), PENDING →
 * `pending` with the operation id as ref, ERROR / FAILED / CANCELLED → `failed` with MESSAGE.
 */
export async function submit<R extends { domain: string }>(ctx: Ctx & { operation: { id: string } }, fn: string, args: SoapArgs, result: R, followUps: FollowUp[] = []): Promise<Outcome<R>> {
  const op = toOperationResponse(await call(ctx, fn, args), fn);
  const data: PendingData = { result, ...(followUps.length === 0 ? {} : { followUps }) };
  if (op.status === 'Done') return (await finish(ctx, op.id === '' ? `${fn}:${ctx.operation.id}` : op.id, result.domain, data)) as Outcome<R>;
  if (op.status === 'Pending') {
    if (op.id === '') throw new RegistrarError({ code: 'PROTOCOL', message: 'The registrar sent an answer that could not be read', detail: `${fn}: Pending without ID_OPE` });
    return pending({ ref: op.id, await: 'poll', step: fn, data });
  }
  return failed(operationFailed(op.status, op.message, fn));
}
