import { createHash } from 'node:crypto';
import {
  definePlugin,
  done,
  failed,
  invalidInput,
  pending,
  RegistrarError,
  type Contact,
  type ErrorIssue,
  type Nameserver,
  type Outcome,
  type PendingRef,
  type PluginContext,
  type PollUpdate,
} from '@registrar-kit/sdk';
import { mapFault, operationFailed, SESSION_EXPIRED } from './errors.js';
import { items, SoapFault, soapCall, toOperationResponse, type SoapArgs } from './protocol/soap.js';

/** Instance settings (validated by the host against the manifest). */
export interface SoapRegistrarSettings {
  endpoint: string;
  resellerId: string;
  password: string;
  language?: 'EN' | 'FR';
  /** Use the reseller's own contact id for admin / tech / billing. */
  resellerContactId?: string;
  sessionTtlSeconds?: number;
}

type Ctx = PluginContext<SoapRegistrarSettings>;
const SESSION_KEY = 'session';

async function openSession(ctx: Ctx): Promise<string> {
  const id = await soapCall(ctx.http, ctx.settings.endpoint, 'sessionOpen', [
    // The reference PHP client upper-cases the reseller id.
    ['idReseller', ctx.settings.resellerId.toUpperCase()],
    ['password', ctx.settings.password],
    ['language', ctx.settings.language ?? 'EN'],
  ]).catch((error: unknown) => {
    throw error instanceof SoapFault ? mapFault(error, 'sessionOpen') : error;
  });
  const session = typeof id === 'object' && id !== null ? String((id as Record<string, unknown>).IDSession ?? '') : String(id ?? '');
  if (session === '') throw new RegistrarError({ code: 'PROTOCOL', message: 'The registrar sent an answer that could not be read', detail: 'sessionOpen: no session id' });
  await ctx.state.set(SESSION_KEY, session, { ttlSeconds: ctx.settings.sessionTtlSeconds ?? 600 });
  return session;
}

/**
 * Calls a function with the cached session (there is a quota on open sessions, so one is reused
 * while valid); on an expired-session fault the session is reopened once and the call retried.
 */
async function call(ctx: Ctx, fn: string, args: SoapArgs): Promise<unknown> {
  let session = (await ctx.state.get<string>(SESSION_KEY)) ?? (await openSession(ctx));
  for (let attempt = 0; ; attempt++) {
    try {
      return await soapCall(ctx.http, ctx.settings.endpoint, fn, [['IDSession', session], ...args]);
    } catch (error) {
      if (error instanceof SoapFault && error.apiCode === SESSION_EXPIRED && attempt === 0) {
        await ctx.state.delete(SESSION_KEY);
        session = await openSession(ctx);
        continue;
      }
      throw error instanceof SoapFault ? mapFault(error, fn) : error;
    }
  }
}

/** A mutating call answered with a StructOperationResponse: Done / Pending / Failed. */
async function operation<R>(ctx: Ctx, fn: string, args: SoapArgs, onDone: () => Promise<Outcome<R>> | Outcome<R>, data?: unknown): Promise<Outcome<R>> {
  const op = toOperationResponse(await call(ctx, fn, args), fn);
  if (op.status === 'Done') return onDone();
  if (op.status === 'Pending') return pending({ ref: op.id, await: 'poll', step: fn, ...(data === undefined ? {} : { data }) });
  return failed(operationFailed(op.status, op.message, fn));
}

// StructContact limits (protocols.md §2.3): refuse what the API would reject, naming the field.
const LIMITS: [keyof Contact, string, number][] = [
  ['firstName', 'firstName', 30],
  ['lastName', 'lastName', 30],
  ['organization', 'bodyName', 100],
  ['postalCode', 'zipCode', 10],
  ['city', 'city', 30],
  ['email', 'email', 128],
];

function contactIssues(c: Contact, path: string): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  for (const [field, wire, max] of LIMITS) {
    const v = c[field];
    if (typeof v === 'string' && v.length > max) issues.push({ path: `${path}/${field}`, message: `must be at most ${max} characters (${wire})` });
  }
  if ((c.address[0] ?? '').length > 80) issues.push({ path: `${path}/address/0`, message: 'must be at most 80 characters (address1)' });
  if (c.phone.length > 25) issues.push({ path: `${path}/phone`, message: 'must be at most 25 characters' });
  return issues;
}

function structContact(c: Contact, isOwner: boolean): Record<string, unknown> {
  const extra = c.extra ?? {};
  return {
    firstName: c.firstName,
    lastName: c.lastName,
    bodyForm: c.type === 'organization' ? 'ORG' : 'IND',
    bodyName: c.organization ?? '',
    address1: c.address[0] ?? '',
    address2: c.address.slice(1).join(', '),
    zipCode: c.postalCode,
    area: typeof extra.area === 'string' ? extra.area : '',
    city: c.city,
    country: c.country,
    phone: c.phone.replace('.', ' '),
    fax: c.fax?.replace('.', ' ') ?? '',
    email: c.email,
    language: 'EN',
    isOwner: isOwner ? 1 : 0,
    ...(Object.keys(extra).filter((k) => k !== 'area').length === 0 ? {} : { additional: Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'area')) }),
  };
}

/** contactCreate, or the id of an identical contact created before (kept in plugin state). */
async function contactId(ctx: Ctx, c: Contact, isOwner: boolean): Promise<string> {
  const struct = structContact(c, isOwner);
  const key = `contact:${createHash('sha256').update(JSON.stringify(struct)).digest('hex').slice(0, 32)}`;
  const known = await ctx.state.get<string>(key);
  if (known !== undefined) return known;
  const id = String((await call(ctx, 'contactCreate', [['contact', struct]])) ?? '');
  if (id === '') throw new RegistrarError({ code: 'PROTOCOL', message: 'The registrar sent an answer that could not be read', detail: 'contactCreate: no contact id' });
  await ctx.state.set(key, id);
  return id;
}

/** Admin / tech / billing: the reseller's own id where the settings say so, else contacts (isOwner 0). */
async function roleIds(ctx: Ctx, contacts: { registrant: Contact; admin?: Contact; tech?: Contact; billing?: Contact }): Promise<[string, string, string]> {
  const id = async (c: Contact | undefined): Promise<string> => (c === undefined && ctx.settings.resellerContactId !== undefined ? ctx.settings.resellerContactId : contactId(ctx, c ?? contacts.registrant, false));
  return [await id(contacts.admin), await id(contacts.tech), await id(contacts.billing)];
}

const nsArgs = (list: readonly Nameserver[] | undefined): SoapArgs => [1, 2, 3, 4, 5].map((i) => [`ns${i}`, list?.[i - 1]?.host ?? '']);

/** After a transfer is DONE: change the EPP code (seed 004), then apply what the request asked for. */
async function afterTransfer(ctx: Ctx, ref: PendingRef): Promise<Outcome> {
  await call(ctx, 'domainAuthID', [['domain', ref.domain], ['sendToRegistrant', 0]]);
  const data = (ref.data ?? {}) as { dnsTemplate?: number; registrarLock?: boolean; whoisPrivacy?: boolean; autoRenew?: boolean };
  if (data.dnsTemplate !== undefined) await call(ctx, 'domainZoneInit', [['domain', ref.domain], ['numTemplate', data.dnsTemplate]]);
  for (const [pref, value] of [['registrar_lock', data.registrarLock], ['whois_privacy', data.whoisPrivacy], ['auto_renew', data.autoRenew]] as const) {
    if (value !== undefined) await call(ctx, 'domainSetPreference', [['domain', ref.domain], ['codePref', pref], ['value', value ? 1 : 0]]);
  }
  return done({ domain: ref.domain });
}

async function preference<R>(ctx: Ctx, domain: string, pref: string, on: boolean, result: R): Promise<Outcome<R>> {
  return operation(ctx, 'domainSetPreference', [['domain', domain], ['codePref', pref], ['value', on ? 1 : 0]], () => done(result));
}

export default definePlugin<SoapRegistrarSettings>()({
  id: 'soap-registrar',
  auto: ['checkAvailability', 'register', 'transfer', 'renew', 'cancel', 'updateNameservers', 'updateContacts', 'changeRegistrant', 'setRegistrarLock', 'getAuthCode', 'setWhoisPrivacy', 'setAutoRenew', 'setDnssec', 'info'],
  operations: {
    async checkAvailability(input, ctx) {
      const [first] = items(await call(ctx, 'domainCheck', [['domain', input.domain]]));
      const result = String(first?.result ?? 'UNKNOWN');
      return done({ domain: input.domain, available: result === 'AVAILABLE', ...(first?.reason ? { reason: String(first.reason) } : {}), premium: String(first?.reason ?? '') === 'PREMIUM' });
    },

    // Seed 004 "Register a domain name": owner contact (isOwner 1), other contacts (isOwner 0),
    // domainCreate with the minimum name servers and a duration in range; DONE / PENDING / ERROR.
    async register(input, ctx) {
      const issues = (['registrant', 'admin', 'tech', 'billing'] as const).flatMap((r) => (input.contacts[r] === undefined ? [] : contactIssues(input.contacts[r], `/contacts/${r}`)));
      if (input.nameservers.length > 5) issues.push({ path: '/nameservers', message: 'allows at most 5 name servers' });
      if (issues.length > 0) return failed(invalidInput(issues));
      const owner = await contactId(ctx, input.contacts.registrant, true);
      const [admin, tech, billing] = await roleIds(ctx, input.contacts);
      const template = input.options?.dnsTemplate;
      return operation(
        ctx,
        'domainCreate',
        [['domain', input.domain], ['idOwner', owner], ['idAdmin', admin], ['idTech', tech], ['idBilling', billing], ...nsArgs(input.nameservers), ['duration', input.period], ...(typeof template === 'number' ? ([['templateDNS', template]] as SoapArgs) : [])],
        () => done({ domain: input.domain }),
      );
    },

    // Seed 004 "Transfer a domain name": always PENDING; once DONE the EPP code is changed with
    // domainAuthID, then DNS template and preferences are applied (see afterTransfer).
    async transfer(input, ctx) {
      if ((input.nameservers?.length ?? 0) > 5) return failed(invalidInput([{ path: '/nameservers', message: 'allows at most 5 name servers' }]));
      const owner = input.contacts === undefined ? '#AUTO#' : await contactId(ctx, input.contacts.registrant, true);
      const [admin, tech, billing] = input.contacts === undefined ? [ctx.settings.resellerContactId ?? '', ctx.settings.resellerContactId ?? '', ctx.settings.resellerContactId ?? ''] : await roleIds(ctx, input.contacts);
      const data = {
        ...(typeof input.options?.dnsTemplate === 'number' ? { dnsTemplate: input.options.dnsTemplate } : {}),
        ...(input.registrarLock === undefined ? {} : { registrarLock: input.registrarLock }),
        ...(input.whoisPrivacy === undefined ? {} : { whoisPrivacy: input.whoisPrivacy }),
        ...(input.autoRenew === undefined ? {} : { autoRenew: input.autoRenew }),
      };
      return operation(
        ctx,
        'domainTransferIn',
        [['domain', input.domain], ['authID', input.authCode ?? ''], ['idOwner', owner], ['idAdmin', admin], ['idTech', tech], ['idBilling', billing], ...nsArgs(input.nameservers)],
        () => afterTransfer(ctx, { ref: '', operationId: '', operation: 'transfer', domain: input.domain, submittedAt: '', data }) as Promise<Outcome<{ domain: string }>>,
        data,
      );
    },

    async renew(input, ctx) {
      return operation(ctx, 'domainRenew', [['domain', input.domain], ['duration', input.period]], () => done({ domain: input.domain }));
    },

    async cancel(input, ctx) {
      return operation(ctx, 'domainDelete', [['domain', input.domain], ['typeDelete', 'NOW']], () => done({ domain: input.domain }));
    },

    async updateNameservers(input, ctx) {
      if (input.nameservers.length > 5) return failed(invalidInput([{ path: '/nameservers', message: 'allows at most 5 name servers' }]));
      return operation(ctx, 'domainChangeDNS', [['domain', input.domain], ...nsArgs(input.nameservers)], () => done({ domain: input.domain }));
    },

    async updateContacts(input, ctx) {
      if (input.contacts.registrant !== undefined) {
        return failed(invalidInput([{ path: '/contacts/registrant', message: 'a new registrant is a change of ownership: use changeRegistrant' }]));
      }
      const issues = (['admin', 'tech', 'billing'] as const).flatMap((r) => (input.contacts[r] === undefined ? [] : contactIssues(input.contacts[r], `/contacts/${r}`)));
      if (issues.length > 0) return failed(invalidInput(issues));
      const id = async (c: Contact | undefined): Promise<string> => (c === undefined ? '' : contactId(ctx, c, false));
      return operation(ctx, 'domainChangeContact', [['domain', input.domain], ['idAdmin', await id(input.contacts.admin)], ['idTech', await id(input.contacts.tech)], ['idBilling', await id(input.contacts.billing)]], () => done({ domain: input.domain }));
    },

    // Seed 004 "Change the ownership": a new owner contact, then domainTransferOwner (trade, PENDING).
    async changeRegistrant(input, ctx) {
      const issues = contactIssues(input.registrant, '/registrant');
      if (issues.length > 0) return failed(invalidInput(issues));
      const owner = await contactId(ctx, input.registrant, true);
      return operation(ctx, 'domainTransferOwner', [['domain', input.domain], ['idOwner', owner]], () => done({ domain: input.domain }));
    },

    async setRegistrarLock(input, ctx) {
      return preference(ctx, input.domain, 'registrar_lock', input.locked, { domain: input.domain, locked: input.locked });
    },
    async setWhoisPrivacy(input, ctx) {
      return preference(ctx, input.domain, 'whois_privacy', input.enabled, { domain: input.domain, enabled: input.enabled });
    },
    async setAutoRenew(input, ctx) {
      return preference(ctx, input.domain, 'auto_renew', input.enabled, { domain: input.domain, enabled: input.enabled });
    },

    async setDnssec(input, ctx) {
      const ds = (input.dnssec.ds ?? []).map((d) => ({ keyTag: d.keyTag, algo: d.algorithm, digestType: d.digestType, digest: d.digest }));
      const key = input.dnssec.keys?.[0];
      return operation(
        ctx,
        'domainSetDNSSecExt',
        [['domain', input.domain], ['DSRecords', ds.length === 0 ? '' : { item: ds }], ['flags', key?.flags ?? ''], ['protocol', key?.protocol ?? ''], ['algo', key?.algorithm ?? ''], ['pubKey', key?.publicKey ?? '']],
        () => done({ domain: input.domain }),
      );
    },

    // domainAuthID sends the code to the registrant; the reseller never sees it.
    async getAuthCode(input, ctx) {
      return operation(ctx, 'domainAuthID', [['domain', input.domain], ['sendToRegistrant', 1]], () => done({ domain: input.domain, sentTo: 'registrant' as const }));
    },

    async info(input, ctx) {
      const d = (await call(ctx, 'domainInfo', [['domain', input.domain]])) as Record<string, unknown>;
      const status = String(d.status ?? '');
      const locked = String(d.domainIsLock ?? '0') === '1';
      const statuses: ('ok' | 'inactive' | 'clientTransferProhibited' | 'serverHold' | 'redemptionPeriod' | 'autoRenewPeriod')[] = [];
      if (locked) statuses.push('clientTransferProhibited');
      if (status.includes('NOT DELEGATED')) statuses.push('inactive');
      if (status.includes('HOLD')) statuses.push('serverHold');
      if (status.includes('QUARANTINE')) statuses.push('redemptionPeriod');
      else if (status.includes('EXPIRED')) statuses.push('autoRenewPeriod');
      return done({
        domain: input.domain,
        statuses: statuses.length === 0 ? ['ok'] : statuses,
        registrarStatus: status,
        ...(d.dateExpiration === undefined ? {} : { expiresAt: String(d.dateExpiration) }),
        ...(d.dateCreate === undefined ? {} : { createdAt: String(d.dateCreate) }),
        nameservers: items(d.ns).map((n) => ({ host: String(typeof n === 'object' ? Object.values(n)[0] : n) })),
        locked,
        whoisPrivacy: String(d.whoisPrivacy ?? '0') === '1',
        autoRenew: String(d.autoRenew ?? '0') === '1',
      });
    },
  },

  custom: {
    // Seed 004: a DNS template number initialises the zone on the registrar's name servers.
    async zoneInit(input, ctx) {
      const { domain, template } = input as { domain: string; template: number };
      return operation(ctx, 'domainZoneInit', [['domain', domain], ['numTemplate', template]], () => done({ domain }));
    },
  },

  // Seed 004 "Pending requests management": one queryOpePending for the whole batch; operations
  // that left the list are read with queryOpe. The host never polls more often than every 5 minutes.
  async poll(refs, ctx) {
    const stillPending = new Set(items(await call(ctx, 'queryOpePending', [])).map((p) => String(p.id_ope ?? '')));
    const updates: PollUpdate[] = [];
    for (const ref of refs) {
      if (stillPending.has(ref.ref)) continue;
      const op = toOperationResponse(await call(ctx, 'queryOpe', [['idOpe', ref.ref]]), 'queryOpe');
      if (op.status === 'Pending') continue;
      if (op.status === 'Done') updates.push({ ref: ref.ref, outcome: ref.operation === 'transfer' ? await afterTransfer(ctx, ref) : done({ domain: ref.domain }) });
      else updates.push({ ref: ref.ref, outcome: failed(operationFailed(op.status, op.message, op.type)) });
    }
    return updates;
  },

  // After a crash: is the operation pending at the registrar, or does the domain already exist?
  async reconcile(request, ctx) {
    const fn = ({ register: 'domainCreate', transfer: 'domainTransferIn', changeRegistrant: 'domainTransferOwner', updateNameservers: 'domainChangeDNS', renew: 'domainRenew' } as Record<string, string>)[request.operation];
    const found = items(await call(ctx, 'queryOpePending', [])).find((p) => String(p.data_ope ?? '') === request.domain && (fn === undefined || String(p.code_ope ?? '').startsWith(fn)));
    if (found !== undefined) return pending({ ref: String(found.id_ope), await: 'poll', step: String(found.code_ope ?? fn ?? '') });
    if (request.operation !== 'register') return { status: 'unknown', reason: `no pending ${fn ?? request.operation} for ${request.domain}; the registrar keeps no other trace of it` };
    try {
      await call(ctx, 'domainInfo', [['domain', request.domain]]);
      return done({ domain: request.domain });
    } catch (error) {
      if (error instanceof RegistrarError && error.code === 'OBJECT_NOT_FOUND') return { status: 'not-received' };
      return { status: 'unknown', reason: error instanceof Error ? error.message : String(error) };
    }
  },

  async dispose(ctx) {
    const session = await ctx.state.get<string>(SESSION_KEY);
    if (session === undefined) return;
    await ctx.state.delete(SESSION_KEY);
    // The reference client ignores an "E02" fault on close: the session may already be gone.
    await soapCall(ctx.http, ctx.settings.endpoint, 'sessionClose', [['IDSession', session]]).catch(() => undefined);
  },
});
