import { createHash } from 'node:crypto';
import {
  definePlugin,
  done,
  failed,
  invalidInput,
  pending,
  type Contact,
  type ErrorIssue,
  type FailedOutcome,
  type Outcome,
  type PluginContext,
  type PollUpdate,
} from '@registrar-kit/sdk';
import { mapCodes, mapError } from './errors.js';
import { send, type GatewayAuth, type GatewayResponse } from './protocol/gateway.js';
import { parseNotification } from './protocol/notification.js';

/** Instance settings (validated by the host against the manifest). */
export interface InternetXSettings {
  endpoint: string;
  user: string;
  password: string;
  context: number;
  /** Where job results come from: notification mail (default) or the message queue (0905/0906). */
  completion?: 'mail' | 'poll';
  /** Overrides the host's inbound address for `reply_to`. */
  replyTo?: string;
}

type Ctx = PluginContext<InternetXSettings> & { operation?: { id: string } };

const auth = (s: InternetXSettings): GatewayAuth => ({ endpoint: s.endpoint, user: s.user, password: s.password, context: s.context });

// AutoDNS handle field limits (modelled from the handle object; see the README).
const LIMITS: [keyof Contact, number][] = [['firstName', 80], ['lastName', 80], ['organization', 80], ['postalCode', 20], ['city', 80], ['email', 80]];

function handleIssues(role: string, c: Contact | undefined): ErrorIssue[] {
  if (c === undefined) return [];
  const issues: ErrorIssue[] = [];
  for (const [field, max] of LIMITS) {
    const v = c[field];
    if (typeof v === 'string' && v.length > max) issues.push({ path: `/contacts/${role}/${field}`, message: `must be at most ${max} characters for the registrar` });
  }
  c.address.forEach((line, i) => {
    if (line.length > 100) issues.push({ path: `/contacts/${role}/address/${i}`, message: 'must be at most 100 characters for the registrar' });
  });
  return issues;
}

function handleOf(c: Contact): Record<string, unknown> {
  return {
    type: c.type === 'organization' ? 'ORG' : 'PERSON',
    fname: c.firstName,
    lname: c.lastName,
    ...(c.organization === undefined ? {} : { organization: c.organization }),
    address: c.address.join(', '),
    pcode: c.postalCode,
    city: c.city,
    ...(c.region === undefined ? {} : { state: c.region }),
    country: c.country,
    phone: c.phone.replace('.', '-'),
    email: c.email,
  };
}

/** A client transaction id per task: the operation id plus a task suffix, so mail correlates. */
const ctid = (ctx: Ctx, suffix: string): string => `${ctx.operation?.id ?? 'op'}-${suffix}`;

function replyTo(ctx: Ctx): Record<string, unknown> {
  const to = ctx.settings.replyTo ?? ctx.inboundAddress;
  return to === undefined ? {} : { reply_to: to };
}

function outcomeOf<R>(r: GatewayResponse, task: string, ref: string, step: string, result: () => Outcome<R>): Outcome<R> {
  if (r.status.type === 'error') return failed(mapError(r, task));
  if (r.status.type === 'notify') return pending({ ref, await: 'message', step, note: `${r.status.code} ${r.status.text}` });
  return result();
}

/** Creates (0301) or reuses a handle for an identical contact; the id is kept in plugin state. */
async function handleFor(ctx: Ctx, c: Contact, role: string): Promise<{ id: string } | { error: FailedOutcome }> {
  const data = handleOf(c);
  const key = `handle:${createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 32)}`;
  const known = await ctx.state.get<string>(key);
  if (known !== undefined) return { id: known };
  const r = await send(ctx.http, auth(ctx.settings), { code: '0301', ctid: ctid(ctx, `handle-${role}`), handle: { ...data, alias: `rk-${key.slice(7, 19)}` } }, '0301');
  if (r.status.type === 'error') return { error: failed(mapError(r, '0301')) };
  const id = String((r.data?.handle as Record<string, unknown> | undefined)?.id ?? '');
  if (id === '') return { error: failed('PROTOCOL', 'The registrar sent an answer that could not be read', { detail: '0301: no handle id' }) };
  await ctx.state.set(key, id);
  return { id };
}

const nservers = (list: { host: string }[]): { name: string }[] => list.map((n) => ({ name: n.host }));

export default definePlugin<InternetXSettings>()({
  id: 'internetx',
  auto: ['register', 'transfer', 'updateNameservers', 'updateContacts', 'setRegistrarLock', 'getAuthCode', 'cancel', 'info'],
  operations: {
    // Seed 001: accepted over HTTPS → Registering (the "Registered" flag set); the confirmation mail → Registered.
    async register(input, ctx) {
      const issues = (['registrant', 'admin', 'tech'] as const).flatMap((role) => handleIssues(role, input.contacts[role]));
      if (issues.length > 0) return failed(invalidInput(issues));
      const ids: Record<string, string> = {};
      for (const role of ['registrant', 'admin', 'tech'] as const) {
        const c = input.contacts[role] ?? input.contacts.registrant;
        const h = await handleFor(ctx, c, role);
        if ('error' in h) return h.error;
        ids[role] = h.id;
      }
      const ref = ctid(ctx, 'domain');
      const r = await send(
        ctx.http,
        auth(ctx.settings),
        {
          code: '0101',
          ctid: ref,
          domain: { name: input.domain, ownerc: ids.registrant, adminc: ids.admin, techc: ids.tech, zonec: ids.tech, nserver: nservers(input.nameservers), period: input.period, confirm_order: 1 },
          ...replyTo(ctx),
        },
        '0101',
      );
      return outcomeOf(r, '0101', ref, 'registering', () => done({ domain: input.domain }));
    },

    // Seed 001: Transferring until the transfer mail arrives.
    async transfer(input, ctx) {
      const ref = ctid(ctx, 'transfer');
      const r = await send(
        ctx.http,
        auth(ctx.settings),
        { code: '0104', ctid: ref, domain: { name: input.domain, ...(input.authCode === undefined ? {} : { authinfo: input.authCode }), ...(input.nameservers === undefined ? {} : { nserver: nservers(input.nameservers) }) }, ...replyTo(ctx) },
        '0104',
      );
      return outcomeOf(r, '0104', ref, 'transferring', () => done({ domain: input.domain }));
    },

    async updateNameservers(input, ctx) {
      const ref = ctid(ctx, 'update');
      const r = await send(ctx.http, auth(ctx.settings), { code: '0102', ctid: ref, domain: { name: input.domain, nserver: nservers(input.nameservers) }, ...replyTo(ctx) }, '0102');
      return outcomeOf(r, '0102', ref, 'updating', () => done({ domain: input.domain }));
    },

    // Contacts are handles: read the domain's handle ids (0105), then update each handle (0302).
    async updateContacts(input, ctx) {
      const issues = (['registrant', 'admin', 'tech', 'billing'] as const).flatMap((role) => handleIssues(role, input.contacts[role]));
      if (issues.length > 0) return failed(invalidInput(issues));
      const info = await send(ctx.http, auth(ctx.settings), { code: '0105', ctid: ctid(ctx, 'inquire'), domain: { name: input.domain } }, '0105');
      if (info.status.type === 'error') return failed(mapError(info, '0105'));
      const domain = (info.data?.domain ?? {}) as Record<string, unknown>;
      const fields: Record<string, string> = { registrant: 'ownerc', admin: 'adminc', tech: 'techc' };
      for (const [role, c] of Object.entries(input.contacts)) {
        const id = domain[fields[role] ?? ''];
        if (c === undefined || id === undefined) continue;
        const r = await send(ctx.http, auth(ctx.settings), { code: '0302', ctid: ctid(ctx, `handle-${role}`), handle: { id: String(id), ...handleOf(c) } }, '0302');
        if (r.status.type === 'error') return failed(mapError(r, '0302'));
      }
      return done({ domain: input.domain });
    },

    async setRegistrarLock(input, ctx) {
      const r = await send(ctx.http, auth(ctx.settings), { code: '0102002', ctid: ctid(ctx, 'status'), domain: { name: input.domain, registry_status: input.locked ? 'LOCK' : 'ACTIVE' } }, '0102002');
      if (r.status.type === 'error') return failed(mapError(r, '0102002'));
      return done({ domain: input.domain, locked: input.locked });
    },

    async getAuthCode(input, ctx) {
      const r = await send(ctx.http, auth(ctx.settings), { code: '0113001', ctid: ctid(ctx, 'authinfo'), domain: { name: input.domain } }, '0113001');
      if (r.status.type === 'error') return failed(mapError(r, '0113001'));
      const code = (r.data?.domain as Record<string, unknown> | undefined)?.authinfo;
      return done({ domain: input.domain, ...(code === undefined ? {} : { authCode: String(code) }) });
    },

    async cancel(input, ctx) {
      const r = await send(
        ctx.http,
        auth(ctx.settings),
        { code: '0103101', ctid: ctid(ctx, 'cancel'), cancelation: { domain: input.domain, type: 'DELETE', execution: input.when === 'expiry' ? 'EXPIRE' : 'NOW' } },
        '0103101',
      );
      if (r.status.type === 'error') return failed(mapError(r, '0103101'));
      return done({ domain: input.domain });
    },

    async info(input, ctx) {
      const r = await send(ctx.http, auth(ctx.settings), { code: '0105', ctid: ctid(ctx, 'inquire'), domain: { name: input.domain } }, '0105');
      if (r.status.type === 'error') return failed(mapError(r, '0105'));
      const d = (r.data?.domain ?? {}) as Record<string, unknown>;
      const ns = ((d.nserver as { name?: unknown }[] | undefined) ?? []).map((n) => ({ host: String(n.name ?? '') }));
      const locked = String(d.registry_status ?? '').includes('LOCK');
      return done({
        domain: input.domain,
        statuses: locked ? ['clientTransferProhibited'] : ['ok'],
        registrarStatus: String(d.registry_status ?? ''),
        ...(d.payable === undefined ? {} : { expiresAt: String(d.payable) }),
        ...(d.created === undefined ? {} : { createdAt: String(d.created) }),
        nameservers: ns,
        locked,
      });
    },
  },

  // The job notification mail: `transaction:` carries our ctid, `status:` the S/E/N code.
  async handleMessage(message, ctx) {
    const note = parseNotification(message.text ?? '');
    if (note === undefined) return { matched: false, reason: 'not an AutoDNS job notification (no transaction / status)' };
    const [op] = await ctx.findPending({ ref: note.ctid });
    if (op === undefined) return { matched: false, reason: `no pending operation has ctid ${note.ctid}` };
    const kind = note.code.charAt(0);
    if (kind === 'S') return { matched: true, ref: note.ctid, outcome: done({ domain: op.domain }) };
    if (kind === 'E') return { matched: true, ref: note.ctid, outcome: failed(mapCodes(note.code, note.errorCodes, `notification ${note.code} ${note.text}`)) };
    return { matched: true, ref: note.ctid, outcome: pending({ ref: note.ctid, await: 'message', step: op.step ?? 'running', note: `${note.code} ${note.text}` }) };
  },

  // For accounts that configure poll instead of mail: read the message queue (0905), settle the
  // jobs it names and acknowledge each (0906). A message for a job this call was not asked about
  // is left in the queue (AutoDNS mails it after 24 h) so that no result is ever lost.
  async poll(refs, ctx) {
    if (ctx.settings.completion !== 'poll') return [];
    const wanted = new Map(refs.map((r) => [r.ref, r]));
    const updates: PollUpdate[] = [];
    for (let i = 0; i < 50; i++) {
      const r = await send(ctx.http, auth(ctx.settings), { code: '0905' }, '0905');
      if (r.status.type === 'error') break;
      const summary = Number(r.data?.summary ?? 0);
      const msg = (r.data?.message as Record<string, unknown>[] | undefined)?.[0];
      if (summary === 0 || msg === undefined) break;
      const job = (msg.job ?? {}) as Record<string, unknown>;
      const status = (job.status ?? {}) as Record<string, unknown>;
      const ref = String(job.ctid ?? '');
      const pendingRef = wanted.get(ref);
      if (pendingRef === undefined) break;
      const type = String(status.type ?? '').toLowerCase();
      if (type === 'success') updates.push({ ref, outcome: done({ domain: pendingRef.domain }) });
      else if (type === 'failed' || type === 'error') updates.push({ ref, outcome: failed(mapCodes(String(status.code ?? ''), JSON.stringify(job).match(/EF\d{4,6}/g) ?? [], `queue: ${String(status.code ?? '')} ${String(status.text ?? '')}`)) });
      const ack = await send(ctx.http, auth(ctx.settings), { code: '0906', message: { id: String(msg.id ?? '') } }, '0906');
      if (ack.status.type === 'error') break;
    }
    return updates;
  },
});
