import {
  checkOperationInput,
  definePlugin,
  done,
  failed,
  invalidInput,
  isRegistrarError,
  parseOperationInput,
  pending,
  RegistrarError,
  type OperationContext,
  type PollUpdate,
  type ReconcileOutcome,
} from '@registrar-kit/sdk';
import { contactId, contactSetIssues, contactIssues, resellerContact, roleIds } from './contacts.js';
import { toDomainInfo } from './domain-info.js';
import { operationFailed } from './errors.js';
import { MANIFEST } from './manifest.js';
import { records, toOperationResponse, type SoapArgs } from './protocol/soap.js';
import { call, closeSession } from './session.js';
import type { SoapRegistrarSettings } from './settings.js';
import { vocabularyOperations } from './vocabulary.js';
import { domainContacts } from './whois.js';
import { dnssecArgs, finish, FOLLOW_UP_STEP, preferenceFollowUps, readPendingData, submit, type FollowUp } from './submit.js';

type Ctx = OperationContext<SoapRegistrarSettings>;

/** ns1..ns5: the API takes exactly five positional name-server arguments, empty when unused. */
const MAX_NAMESERVERS = 5;
const nsArgs = (hosts: readonly string[]): SoapArgs => Array.from({ length: MAX_NAMESERVERS }, (_, i) => [`ns${i + 1}`, hosts[i] ?? '']);

/** A DNS template number from `options.dnsTemplate` (docs/registrars/soap-registrar.md#registration: zone initialised with the reseller's DNS settings). */
function dnsTemplate(options: Record<string, unknown> | undefined): number | undefined | RegistrarError {
  const t = options?.dnsTemplate;
  if (t === undefined) return undefined;
  if (typeof t !== 'number' || !Number.isInteger(t) || t < 1) return invalidInput([{ path: '/options/dnsTemplate', message: 'must be a positive whole template number' }]);
  return t;
}

/** The registrar function behind each operation, as `code_ope` in queryOpePending names it. */
const OPERATION_CODES: Record<string, string> = {
  register: 'domainCreate',
  transfer: 'domainTransferIn',
  renew: 'domainRenew',
  cancel: 'domainDelete',
  updateNameservers: 'domainChangeDNS',
  updateContacts: 'domainChangeContact',
  changeRegistrant: 'domainTransferOwner',
  setRegistrarLock: 'domainSetPreference.registrar_lock',
  setWhoisPrivacy: 'domainSetPreference.whois_privacy',
  setAutoRenew: 'domainSetPreference.auto_renew',
  setDnssec: 'domainSetDNSSecExt',
  getAuthCode: 'domainAuthID',
  zoneInit: 'domainZoneInit',
  restore: 'domainRestore',
};

async function setPreference<R extends { domain: string }>(ctx: Ctx, domain: string, pref: string, on: boolean, result: R) {
  return submit(ctx, 'domainSetPreference', [['domain', domain], ['codePref', pref], ['value', on ? 1 : 0]], result);
}

export default definePlugin<SoapRegistrarSettings>()({
  id: 'soap-registrar',
  auto: [
    'checkAvailability', 'register', 'transfer', 'renew', 'cancel', 'updateNameservers', 'updateContacts', 'changeRegistrant', 'setRegistrarLock', 'getAuthCode', 'setWhoisPrivacy', 'setAutoRenew', 'setDnssec', 'info',
    'createHost', 'updateHost', 'deleteHost', 'restore', 'listDomains', 'listTlds',
  ],
  operations: {
    ...vocabularyOperations,
    async checkAvailability(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'checkAvailability', raw);
      const [first] = records(await call(ctx, 'domainCheck', [['domain', input.domain]]));
      const result = String(first?.result ?? '');
      const reason = first?.reason === undefined || first.reason === '' ? undefined : String(first.reason);
      const detail = `domainCheck ${input.domain}: ${result}${reason === undefined ? '' : ` (${reason})`}`;
      if (result === 'AVAILABLE' || result === 'NOT AVAILABLE') {
        return done({ domain: input.domain, available: result === 'AVAILABLE', premium: reason === 'PREMIUM', ...(reason === undefined ? {} : { reason }) });
      }
      if (result === 'NOT SOLD' || result === 'CLOSED') return failed('UNSUPPORTED', 'The extension is not offered', { registrarCode: result, detail });
      // UNKNOWN (e.g. TIMEOUT at the registry): the registry could not say, so ask again later.
      return failed('REMOTE', 'The registry could not tell whether the domain is available', { retryable: true, registrarCode: result || 'UNKNOWN', detail });
    },

    // docs/registrars/soap-registrar.md#registration: owner contact (isOwner 1), other contacts (isOwner 0) or
    // the reseller's id, domainCreate with the name servers, a duration in the extension's range
    // and an optional DNS template; DONE → DNSSEC and preferences, PENDING → poll, ERROR → failed.
    async register(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'register', raw);
      const template = dnsTemplate(input.options);
      const issues = contactSetIssues(input.contacts, '/contacts');
      if (input.nameservers.length > MAX_NAMESERVERS) issues.push({ path: '/nameservers', message: `allows at most ${MAX_NAMESERVERS} name servers` });
      if (template instanceof RegistrarError) issues.push(...template.issues);
      if (issues.length > 0) return failed(invalidInput(issues));
      const owner = await contactId(ctx, input.contacts.registrant, true);
      const [admin, tech, billing] = await roleIds(ctx, input.contacts);
      const followUps: FollowUp[] = [...(input.dnssec === undefined ? [] : [{ fn: 'domainSetDNSSecExt' as const, dnssec: input.dnssec }]), ...preferenceFollowUps(input)];
      return submit(
        ctx,
        'domainCreate',
        [
          ['domain', input.domain],
          ['idOwner', owner],
          ['idAdmin', admin],
          ['idTech', tech],
          ['idBilling', billing],
          ...nsArgs(input.nameservers.map((n) => n.host)),
          ['duration', input.period],
          ...(typeof template === 'number' ? ([['templateDNS', template]] as SoapArgs) : []),
        ],
        { domain: input.domain },
        followUps,
      );
    },

    // docs/registrars/soap-registrar.md#transfer-and-the-epp-code-change: always PENDING; once DONE the EPP code must be changed
    // (domainAuthID), then the DNS template, DNSSEC and preferences the request asked for.
    async transfer(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'transfer', raw);
      const template = dnsTemplate(input.options);
      const issues = input.contacts === undefined ? [] : contactSetIssues(input.contacts, '/contacts');
      if (template instanceof RegistrarError) issues.push(...template.issues);
      let hosts = (input.nameservers ?? []).map((n) => n.host);
      if (input.useProviderNameservers === true) {
        const provider = ctx.settings.providerNameservers ?? [];
        if (provider.length === 0) issues.push({ path: '/useProviderNameservers', message: 'the provider name servers are not configured (setting providerNameservers)' });
        hosts = provider;
      }
      if (hosts.length > MAX_NAMESERVERS) issues.push({ path: '/nameservers', message: `allows at most ${MAX_NAMESERVERS} name servers` });
      if (issues.length > 0) return failed(invalidInput(issues));
      // Without contacts the registrar keeps the current owner (`#AUTO#`).
      const owner = input.contacts === undefined ? '#AUTO#' : await contactId(ctx, input.contacts.registrant, true);
      const reseller = resellerContact(ctx.settings) ?? '';
      const [admin, tech, billing] = input.contacts === undefined ? [reseller, reseller, reseller] : await roleIds(ctx, input.contacts);
      const followUps: FollowUp[] = [
        { fn: 'domainAuthID' },
        ...(typeof template === 'number' ? [{ fn: 'domainZoneInit' as const, template }] : []),
        ...(input.dnssec === undefined ? [] : [{ fn: 'domainSetDNSSecExt' as const, dnssec: input.dnssec }]),
        ...preferenceFollowUps(input),
      ];
      return submit(
        ctx,
        'domainTransferIn',
        [['domain', input.domain], ['authID', input.authCode ?? ''], ['idOwner', owner], ['idAdmin', admin], ['idTech', tech], ['idBilling', billing], ...nsArgs(hosts)],
        { domain: input.domain },
        followUps,
      );
    },

    async renew(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'renew', raw);
      return submit(ctx, 'domainRenew', [['domain', input.domain], ['duration', input.period]], { domain: input.domain });
    },

    async cancel(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'cancel', raw);
      // domainDelete documents only typeDelete "NOW"; deletion at expiry is the auto-renew preference.
      if (input.when === 'expiry') return failed(invalidInput([{ path: '/when', message: 'only "now" is supported; turn auto-renew off to let the domain lapse at expiry' }]));
      return submit(ctx, 'domainDelete', [['domain', input.domain], ['typeDelete', 'NOW']], { domain: input.domain });
    },

    // docs/registrars/soap-registrar.md#ownership-change-name-servers-contacts: domainChangeDNS with the minimum number of name servers.
    async updateNameservers(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'updateNameservers', raw);
      if (input.nameservers.length > MAX_NAMESERVERS) return failed(invalidInput([{ path: '/nameservers', message: `allows at most ${MAX_NAMESERVERS} name servers` }]));
      return submit(ctx, 'domainChangeDNS', [['domain', input.domain], ...nsArgs(input.nameservers.map((n) => n.host))], { domain: input.domain });
    },

    async updateContacts(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'updateContacts', raw);
      if (input.contacts.registrant !== undefined) {
        return failed(invalidInput([{ path: '/contacts/registrant', message: 'a new registrant is a change of ownership: use changeRegistrant' }]));
      }
      const issues = contactSetIssues(input.contacts, '/contacts');
      if (issues.length > 0) return failed(invalidInput(issues));
      // domainChangeContact takes all three roles; an empty id keeps the current contact.
      const id = async (role: 'admin' | 'tech' | 'billing'): Promise<string> => {
        const c = input.contacts[role];
        return c === undefined ? '' : contactId(ctx, c, false);
      };
      return submit(ctx, 'domainChangeContact', [['domain', input.domain], ['idAdmin', await id('admin')], ['idTech', await id('tech')], ['idBilling', await id('billing')]], { domain: input.domain });
    },

    // docs/registrars/soap-registrar.md#ownership-change-name-servers-contacts: a new owner contact (isOwner 1), then domainTransferOwner
    // (the trade process: PENDING, tracked by poll).
    async changeRegistrant(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'changeRegistrant', raw);
      const issues = contactIssues(input.registrant, '/registrant');
      if (issues.length > 0) return failed(invalidInput(issues));
      const owner = await contactId(ctx, input.registrant, true);
      return submit(ctx, 'domainTransferOwner', [['domain', input.domain], ['idOwner', owner]], { domain: input.domain });
    },

    async setRegistrarLock(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'setRegistrarLock', raw);
      return setPreference(ctx, input.domain, 'registrar_lock', input.locked, { domain: input.domain, locked: input.locked });
    },
    async setWhoisPrivacy(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'setWhoisPrivacy', raw);
      return setPreference(ctx, input.domain, 'whois_privacy', input.enabled, { domain: input.domain, enabled: input.enabled });
    },
    async setAutoRenew(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'setAutoRenew', raw);
      return setPreference(ctx, input.domain, 'auto_renew', input.enabled, { domain: input.domain, enabled: input.enabled });
    },

    async setDnssec(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'setDnssec', raw);
      if ((input.dnssec.keys?.length ?? 0) > 1) return failed(invalidInput([{ path: '/dnssec/keys', message: 'at most one DNSKEY can be sent (flags, protocol, algo, pubKey)' }]));
      return submit(ctx, 'domainSetDNSSecExt', dnssecArgs(input.domain, input.dnssec), { domain: input.domain });
    },

    // domainAuthID with sendToRegistrant = 1: the code goes to the registrant, not to us.
    async getAuthCode(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'getAuthCode', raw);
      return submit(ctx, 'domainAuthID', [['domain', input.domain], ['sendToRegistrant', 1]], { domain: input.domain, sentTo: 'registrant' as const });
    },

    async info(raw, ctx) {
      const input = parseOperationInput(MANIFEST, 'info', raw);
      const answer = await call(ctx, 'domainInfo', [['domain', input.domain]]);
      const contacts = await domainContacts(ctx, input.domain, answer);
      return done({ ...toDomainInfo(input.domain, answer), ...(contacts === undefined ? {} : { contacts }) });
    },
  },

  custom: {
    // docs/registrars/soap-registrar.md#registration: a DNS template number initialises the zone on the registrar's name servers.
    async zoneInit(raw, ctx) {
      const { value, issues } = checkOperationInput(MANIFEST, 'zoneInit', raw);
      if (value === undefined) return failed(invalidInput(issues));
      const { domain, template } = value as { domain: string; template: number };
      return submit(ctx, 'domainZoneInit', [['domain', domain], ['numTemplate', template]], { domain });
    },
  },

  // docs/registrars/soap-registrar.md#polling-pending-operations: ONE queryOpePending call for the whole batch; refs
  // still listed stay pending, those that left it are read with queryOpe. The manifest keeps the
  // host from polling more often than every 5 minutes (10 is best).
  async poll(refs, ctx) {
    const updates: PollUpdate[] = [];
    const waiting = refs.filter((r) => r.step !== FOLLOW_UP_STEP);
    const listed = waiting.length === 0 ? new Set<string>() : new Set(records(await call(ctx, 'queryOpePending', [])).map((p) => String(p.id_ope ?? '')));
    for (const ref of refs) {
      const data = readPendingData(ref.data, ref.domain);
      if (ref.step === FOLLOW_UP_STEP) {
        updates.push({ ref: ref.ref, outcome: await finish(ctx, ref.ref, ref.domain, data) });
        continue;
      }
      if (listed.has(ref.ref)) continue;
      try {
        const op = toOperationResponse(await call(ctx, 'queryOpe', [['idOpe', ref.ref]]), 'queryOpe');
        if (op.status === 'Pending') continue;
        if (op.status === 'Done') updates.push({ ref: ref.ref, outcome: await finish(ctx, ref.ref, ref.domain, data) });
        else updates.push({ ref: ref.ref, outcome: failed(operationFailed(op.status, op.message, op.type)) });
      } catch (error) {
        // One unreadable operation must not hold up the batch: it stays pending and is asked again.
        if (!isRegistrarError(error)) throw error;
        ctx.log.warn('queryOpe failed; the operation stays pending', { ref: ref.ref, domain: ref.domain, code: error.code, detail: error.detail });
      }
    }
    return updates;
  },

  // After a crash: is the request pending at the registrar (queryOpePending), or does domainInfo
  // show its effect? Otherwise the host is told we cannot know, and never resends on a guess.
  async reconcile(request, ctx): Promise<ReconcileOutcome> {
    const code = OPERATION_CODES[request.operation];
    if (code === undefined) return { status: 'unknown', reason: `${request.operation} leaves no trace at the registrar to look for` };
    // code_ope spellings differ in case from the function names (the Elixir client's list has
    // `domainAuthid`, `domainSetDNSSECExt`), so compare without case.
    const wanted = new Set([code.toLowerCase(), code.split('.')[0]!.toLowerCase()]);
    const found = records(await call(ctx, 'queryOpePending', [])).find((p) => String(p.data_ope ?? '') === request.domain && wanted.has(String(p.code_ope ?? '').toLowerCase()));
    if (found !== undefined) return pending({ ref: String(found.id_ope), await: 'poll', step: String(found.code_ope), data: { result: { domain: request.domain } } });
    const input = (typeof request.input === 'object' && request.input !== null ? request.input : {}) as Record<string, unknown>;
    let info;
    try {
      info = toDomainInfo(request.domain, await call(ctx, 'domainInfo', [['domain', request.domain]]));
    } catch (error) {
      if (isRegistrarError(error) && error.code === 'OBJECT_NOT_FOUND') {
        // Not pending and not in the account: a registration or transfer was never received
        // (or failed without billing), a deletion did happen.
        if (request.operation === 'register' || request.operation === 'transfer') return { status: 'not-received' };
        if (request.operation === 'cancel') return done({ domain: request.domain });
        return { status: 'unknown', reason: `the domain is not in the account (${error.registrarCode ?? error.code})` };
      }
      return { status: 'unknown', reason: error instanceof Error ? error.message : String(error) };
    }
    switch (request.operation) {
      case 'register':
        return done({ domain: request.domain, ...(info.expiresAt === undefined ? {} : { expiresAt: info.expiresAt }) });
      // The transfer arrived and completed: the EPP-code change (and the requested
      // preferences) may not have run before the crash, so run them now.
      case 'transfer':
        return finish(ctx, `reconcile:${request.operationId}`, request.domain, {
          result: { domain: request.domain },
          followUps: [{ fn: 'domainAuthID' }, ...preferenceFollowUps({ ...(typeof input.registrarLock === 'boolean' ? { registrarLock: input.registrarLock } : {}), ...(typeof input.whoisPrivacy === 'boolean' ? { whoisPrivacy: input.whoisPrivacy } : {}), ...(typeof input.autoRenew === 'boolean' ? { autoRenew: input.autoRenew } : {}) })],
        });
      case 'renew': {
        const before = typeof input.currentExpiry === 'string' ? input.currentExpiry.slice(0, 10) : undefined;
        if (before !== undefined && info.expiresAt !== undefined && info.expiresAt > before) return done({ domain: request.domain, expiresAt: info.expiresAt });
        return { status: 'unknown', reason: before === undefined ? 'the renewal cannot be told from the expiry date without the previous one' : `the expiry date is still ${info.expiresAt ?? 'unknown'}` };
      }
      // Idempotent changes: when the domain already shows the wanted state the request arrived;
      // otherwise it did not, and sending it again is harmless.
      case 'setRegistrarLock':
        return info.locked === input.locked ? done({ domain: request.domain, locked: input.locked }) : { status: 'not-received' };
      case 'setWhoisPrivacy':
        return info.whoisPrivacy === input.enabled ? done({ domain: request.domain, enabled: input.enabled }) : { status: 'not-received' };
      case 'setAutoRenew':
        return info.autoRenew === input.enabled ? done({ domain: request.domain, enabled: input.enabled }) : { status: 'not-received' };
      case 'updateNameservers': {
        const wanted = Array.isArray(input.nameservers) ? (input.nameservers as { host?: unknown }[]).map((n) => String(n.host ?? '').toLowerCase()).sort() : [];
        const current = info.nameservers.map((n) => n.host).sort();
        return wanted.length > 0 && wanted.join(',') === current.join(',') ? done({ domain: request.domain }) : { status: 'not-received' };
      }
      case 'cancel':
        return { status: 'not-received' };
      // Not pending and out of redemption: the restore happened; still in redemption: it never arrived.
      case 'restore':
        return info.statuses.includes('redemptionPeriod') ? { status: 'not-received' } : done({ domain: request.domain, ...(info.expiresAt === undefined ? {} : { expiresAt: info.expiresAt }) });
      default:
        return { status: 'unknown', reason: `no pending ${code} for ${request.domain}, and domainInfo cannot show whether it happened` };
    }
  },

  async dispose(ctx) {
    await closeSession(ctx);
  },
});
