/**
 * The Onamae-style reseller API, as the plugin models it: `POST {endpoint}/{group}/{command}`,
 * JSON bodies, `x-reseller-id` / `x-api-key` headers, and `{ result: { code, message }, data }`
 * with `0000` for success. Registration, renewal and changes are answered at once; a transfer is
 * accepted with a `transferId` and completes (or is rejected) `pendingSeconds` later.
 */
import { json, unavailable } from '../replies.js';
import type { ScenarioRules } from '../rules.js';
import type { SimDomain, SimRequest, SimResponse, Simulator, SimulatorContext } from '../types.js';

interface Domain {
  name: string;
  status: 'active' | 'transferring';
  createdAt: string;
  expiresAt: string;
  nameservers: string[];
  locked: boolean;
  contacts: Record<string, unknown>;
}

interface Transfer {
  id: string;
  domain: string;
  status: 'pending' | 'completed' | 'rejected';
  dueAt: number;
}

const addYears = (iso: string, years: number): string => {
  const d = new Date(iso);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
};

const ok = (data: unknown = {}): SimResponse => json({ result: { code: '0000', message: 'OK' }, data });
const err = (code: string, message: string): SimResponse => json({ result: { code, message } });

/** The modelled Onamae API on the sandbox. Any non-empty reseller id and API key are accepted, except an API key starting with `wrong`. */
export function createOnamaeSimulator(ctx: SimulatorContext): Simulator {
  const domains = new Map<string, Domain>();
  const transfers = new Map<string, Transfer>();
  let seq = 1000;
  const rules: ScenarioRules = ctx.rules;
  const now = (): string => ctx.clock.now().toISOString().replace(/\.\d{3}Z$/, 'Z');

  const settle = (t: Transfer): void => {
    if (t.status !== 'pending' || ctx.clock.nowMs() < t.dueAt) return;
    const d = domains.get(t.domain);
    if (rules.scenario(t.domain) === 'reject') {
      t.status = 'rejected';
      domains.delete(t.domain);
      ctx.record({ kind: 'state', summary: `transfer ${t.id} of ${t.domain} rejected by the losing registrar`, domain: t.domain });
    } else {
      t.status = 'completed';
      if (d !== undefined) d.status = 'active';
      ctx.record({ kind: 'state', summary: `transfer ${t.id} of ${t.domain} completed`, domain: t.domain });
    }
  };

  const commands: Record<string, (body: Record<string, unknown>) => SimResponse> = {
    'domain/check': (b) => {
      const name = String(b.domain);
      const free = !rules.isTaken(name) && !domains.has(name);
      return ok(free ? { available: true } : { available: false, reason: 'registered' });
    },
    'domain/create': (b) => {
      const name = String(b.domain);
      if (rules.isTaken(name) || domains.has(name)) return err('2001', `${name} is not available`);
      const period = Number(b.period ?? 1);
      if (!Array.isArray(b.nameservers) || b.nameservers.length < 2) return err('1001', 'at least two name servers are required');
      const createdAt = now();
      const domain: Domain = {
        name,
        status: 'active',
        createdAt,
        expiresAt: addYears(createdAt, period),
        nameservers: b.nameservers.map(String),
        locked: true,
        contacts: { registrant: b.registrant, admin: b.admin, tech: b.tech, billing: b.billing },
      };
      domains.set(name, domain);
      return ok({ expiresAt: domain.expiresAt });
    },
    'domain/transfer': (b) => {
      const name = String(b.domain);
      if (domains.has(name)) return err('2002', `${name} is already in the account`);
      if (rules.isWrongAuthCode(typeof b.authCode === 'string' ? b.authCode : undefined)) return err('2004', 'authorization code mismatch');
      const id = `T${++seq}`;
      transfers.set(id, { id, domain: name, status: 'pending', dueAt: ctx.clock.nowMs() + rules.pendingMs(name) });
      const createdAt = now();
      domains.set(name, { name, status: 'transferring', createdAt, expiresAt: addYears(createdAt, 1), nameservers: Array.isArray(b.nameservers) ? b.nameservers.map(String) : [], locked: false, contacts: {} });
      return ok({ transferId: id });
    },
    'domain/transfer-status': (b) => {
      const t = transfers.get(String(b.transferId));
      if (t === undefined) return err('2003', `no transfer ${String(b.transferId)}`);
      settle(t);
      const d = domains.get(t.domain);
      return ok({
        status: t.status,
        ...(t.status === 'rejected' ? { reason: 'the losing registrar rejected the transfer' } : {}),
        ...(t.status === 'completed' && d !== undefined ? { expiresAt: d.expiresAt } : {}),
      });
    },
    'domain/renew': (b) => {
      const d = domains.get(String(b.domain));
      if (d === undefined || d.status !== 'active') return err('2003', `${String(b.domain)} is not in the account`);
      d.expiresAt = addYears(d.expiresAt, Number(b.period ?? 1));
      return ok({ expiresAt: d.expiresAt });
    },
    'domain/nameservers': (b) => {
      const d = domains.get(String(b.domain));
      if (d === undefined) return err('2003', `${String(b.domain)} is not in the account`);
      if (!Array.isArray(b.nameservers) || b.nameservers.length < 2) return err('1001', 'at least two name servers are required');
      d.nameservers = b.nameservers.map(String);
      return ok();
    },
    'domain/contacts': (b) => {
      const d = domains.get(String(b.domain));
      if (d === undefined) return err('2003', `${String(b.domain)} is not in the account`);
      for (const role of ['registrant', 'admin', 'tech', 'billing']) if (b[role] !== undefined) d.contacts[role] = b[role];
      return ok();
    },
    'domain/info': (b) => {
      const d = domains.get(String(b.domain));
      if (d === undefined) return err('2003', `${String(b.domain)} is not in the account`);
      return ok({ status: d.status, expiresAt: d.expiresAt, createdAt: d.createdAt, nameservers: d.nameservers, locked: d.locked });
    },
  };

  return {
    id: 'onamae',
    async handleHttp(req: SimRequest): Promise<SimResponse> {
      const command = req.path.replace(/^\/+/, '');
      const handler = commands[command];
      if (req.method !== 'POST' || handler === undefined) return { status: 404, headers: { 'content-type': 'text/plain' }, body: `unknown command ${req.method} ${command}` };
      if (!req.headers['x-reseller-id'] || !req.headers['x-api-key'] || req.headers['x-api-key'].toLowerCase().startsWith('wrong')) {
        ctx.record({ kind: 'request', summary: `${command} refused: bad credentials` });
        return err('3001', 'authentication failed');
      }
      let body: Record<string, unknown>;
      try {
        const parsed: unknown = JSON.parse(req.body);
        if (typeof parsed !== 'object' || parsed === null) throw new Error('not an object');
        body = parsed as Record<string, unknown>;
      } catch {
        return err('1001', 'the request body is not a JSON object');
      }
      const domain = typeof body.domain === 'string' ? body.domain : transfers.get(String(body.transferId))?.domain;
      if (domain !== undefined && rules.isFailing(domain)) {
        ctx.record({ kind: 'reply', summary: `${command} ${domain} → 503 (fail rule)`, domain });
        return unavailable();
      }
      const reply = handler(body);
      const code = (JSON.parse(reply.body) as { result: { code: string } }).result.code;
      ctx.record({ kind: 'request', summary: `${command}${domain === undefined ? '' : ` ${domain}`} → ${code}`, ...(domain === undefined ? {} : { domain }) });
      const delayMs = rules.replyDelayMs(domain);
      return delayMs > 0 ? { ...reply, delayMs } : reply;
    },
    domains(): SimDomain[] {
      for (const t of transfers.values()) settle(t);
      return [...domains.values()].map((d) => ({ name: d.name, status: d.status, expiresAt: d.expiresAt }));
    },
  };
}
