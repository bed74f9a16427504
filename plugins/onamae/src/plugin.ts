import {
  definePlugin,
  done,
  failed,
  invalidInput,
  pending,
  type Contact,
  type ErrorIssue,
  type OperationContext,
  type PluginContext,
  type PollUpdate,
} from '@registrar-kit/sdk';
import { mapResult } from './errors.js';
import { call, SUCCESS, type Command, type Commands, type Credentials, type WireContact } from './protocol.js';

/** Instance settings (validated against the manifest's settings schema by the host). */
export interface OnamaeSettings {
  endpoint: string;
  resellerId: string;
  apiKey: string;
  timeoutMs?: number;
}

const credentials = (s: OnamaeSettings): Credentials => ({ endpoint: s.endpoint, resellerId: s.resellerId, apiKey: s.apiKey, ...(s.timeoutMs === undefined ? {} : { timeoutMs: s.timeoutMs }) });

// gTLD registries publish WHOIS in ASCII; the modelled API refuses other characters there, so
// refuse them before anything is sent (Japanese contact data is accepted for .jp).
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function wireContact(c: Contact): WireContact {
  return {
    type: c.type,
    firstName: c.firstName,
    lastName: c.lastName,
    ...(c.organization === undefined ? {} : { organization: c.organization }),
    address: c.address,
    postalCode: c.postalCode,
    city: c.city,
    ...(c.region === undefined ? {} : { region: c.region }),
    country: c.country,
    phone: c.phone,
    email: c.email,
  };
}

function contactIssues(domain: string, role: string, c: Contact | undefined): ErrorIssue[] {
  if (c === undefined || domain.endsWith('.jp')) return [];
  const fields: [string, string | undefined][] = [
    ['firstName', c.firstName],
    ['lastName', c.lastName],
    ['organization', c.organization],
    ['postalCode', c.postalCode],
    ['city', c.city],
    ['region', c.region],
    ...c.address.map((line, i): [string, string] => [`address/${i}`, line]),
  ];
  return fields
    .filter(([, v]) => v !== undefined && !PRINTABLE_ASCII.test(v))
    .map(([f]) => ({ path: `/contacts/${role}/${f}`, message: 'must use Latin (ASCII) characters for this TLD' }));
}

/** One command; a registrar result other than success becomes a failed outcome with the code kept. */
async function send<C extends Command>(ctx: PluginContext<OnamaeSettings>, command: C, request: Commands[C]['request']) {
  const result = await call(ctx.http, credentials(ctx.settings), command, request);
  return result.code === SUCCESS ? { ok: true as const, data: result.data } : { ok: false as const, error: mapResult(result.code, result.message, command) };
}

type Ctx = OperationContext<OnamaeSettings>;

export default definePlugin<OnamaeSettings>()({
  id: 'onamae',
  auto: ['checkAvailability', 'register', 'transfer', 'renew', 'updateNameservers', 'updateContacts', 'info'],
  operations: {
    async checkAvailability(input, ctx: Ctx) {
      const r = await send(ctx, 'domain/check', { domain: input.domain });
      if (!r.ok) return failed(r.error);
      return done({ domain: input.domain, available: r.data?.available === true, ...(r.data?.reason === undefined ? {} : { reason: r.data.reason }) });
    },

    // docs/registrars/onamae.md#registration: one request answered at once — Registered, or Error with the reason.
    async register(input, ctx: Ctx) {
      const issues = (['registrant', 'admin', 'tech', 'billing'] as const).flatMap((role) => contactIssues(input.domain, role, input.contacts[role]));
      if (issues.length > 0) return failed(invalidInput(issues));
      const r = await send(ctx, 'domain/create', {
        domain: input.domain,
        period: input.period,
        nameservers: input.nameservers.map((n) => n.host),
        registrant: wireContact(input.contacts.registrant),
        ...(input.contacts.admin === undefined ? {} : { admin: wireContact(input.contacts.admin) }),
        ...(input.contacts.tech === undefined ? {} : { tech: wireContact(input.contacts.tech) }),
        ...(input.contacts.billing === undefined ? {} : { billing: wireContact(input.contacts.billing) }),
      });
      if (!r.ok) return failed(r.error);
      return done({ domain: input.domain, ...(r.data?.expiresAt === undefined ? {} : { expiresAt: r.data.expiresAt }) });
    },

    // docs/registrars/onamae.md#transfer: the transfer request is answered at once (Transferring); the plugin then checks
    // the transfer's status periodically (poll) until it is completed or rejected / denied.
    async transfer(input, ctx: Ctx) {
      const r = await send(ctx, 'domain/transfer', {
        domain: input.domain,
        ...(input.authCode === undefined ? {} : { authCode: input.authCode }),
        ...(input.nameservers === undefined ? {} : { nameservers: input.nameservers.map((n) => n.host) }),
      });
      if (!r.ok) return failed(r.error);
      if (r.data?.transferId === undefined) return failed('PROTOCOL', 'The registrar sent an answer that could not be read', { detail: 'domain/transfer: no transferId' });
      return pending({ ref: r.data.transferId, await: 'poll', step: 'transferring' });
    },

    async renew(input, ctx: Ctx) {
      const r = await send(ctx, 'domain/renew', { domain: input.domain, period: input.period });
      if (!r.ok) return failed(r.error);
      return done({ domain: input.domain, ...(r.data?.expiresAt === undefined ? {} : { expiresAt: r.data.expiresAt }) });
    },

    // docs/registrars/onamae.md#modifications: name-server synchronization.
    async updateNameservers(input, ctx: Ctx) {
      const r = await send(ctx, 'domain/nameservers', { domain: input.domain, nameservers: input.nameservers.map((n) => n.host) });
      return r.ok ? done({ domain: input.domain }) : failed(r.error);
    },

    // docs/registrars/onamae.md#modifications: whois / contacts modification.
    async updateContacts(input, ctx: Ctx) {
      const issues = (['registrant', 'admin', 'tech', 'billing'] as const).flatMap((role) => contactIssues(input.domain, role, input.contacts[role]));
      if (issues.length > 0) return failed(invalidInput(issues));
      const contacts = Object.fromEntries(Object.entries(input.contacts).map(([role, c]) => [role, wireContact(c)]));
      const r = await send(ctx, 'domain/contacts', { domain: input.domain, ...contacts });
      return r.ok ? done({ domain: input.domain }) : failed(r.error);
    },

    async info(input, ctx: Ctx) {
      const r = await send(ctx, 'domain/info', { domain: input.domain });
      if (!r.ok) return failed(r.error);
      const d = r.data!;
      return done({
        domain: input.domain,
        statuses: d.locked ? ['clientTransferProhibited'] : ['ok'],
        registrarStatus: d.status,
        ...(d.expiresAt === undefined ? {} : { expiresAt: d.expiresAt }),
        ...(d.createdAt === undefined ? {} : { createdAt: d.createdAt }),
        nameservers: d.nameservers.map((host) => ({ host })),
        locked: d.locked,
      });
    },
  },

  async poll(refs, ctx) {
    const updates: PollUpdate[] = [];
    for (const ref of refs) {
      const r = await send(ctx, 'domain/transfer-status', { transferId: ref.ref });
      if (!r.ok) {
        // A refused status query says nothing about the transfer: keep it pending unless the
        // registrar says the transfer itself is unknown.
        if (r.error.code === 'OBJECT_NOT_FOUND') updates.push({ ref: ref.ref, outcome: failed(r.error) });
        continue;
      }
      const status = r.data?.status;
      if (status === 'completed') updates.push({ ref: ref.ref, outcome: done({ domain: ref.domain, ...(r.data?.expiresAt === undefined ? {} : { expiresAt: r.data.expiresAt }) }) });
      else if (status === 'rejected' || status === 'denied') {
        updates.push({
          ref: ref.ref,
          outcome: failed('STATUS_PROHIBITS', `The transfer was ${status}`, { registrarCode: status, detail: `domain/transfer-status: ${status}${r.data?.reason === undefined ? '' : ` (${r.data.reason})`}` }),
        });
      }
    }
    return updates;
  },
});
