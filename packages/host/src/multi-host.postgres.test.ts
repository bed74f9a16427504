import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { RecoveryReport } from './recovery.js';
import { openPostgresStore } from './store/postgres/postgres-store.js';
import { FIXTURES, type FixtureCall } from './test-support/harness.js';
import { closePostgresHelpers, dropSchema, freshSchemaName, postgresUrl } from './test-support/postgres.js';

// The core test: host processes (test-support/multi-host-child.mjs, on dist/) sharing one
// PostgreSQL database. Each submits the same idempotency keys and domains at once, runs two
// pending trackers, and one of them is killed with SIGKILL while a registration is in flight and
// its trackers hold claims; the others keep submitting, a survivor and a newly started host
// recover, and the dead host's claims expire into the survivors' trackers. Then we count.

interface Event {
  type: string;
  host: string;
  call?: FixtureCall;
  key?: string;
  id?: string;
  code?: string;
  domain?: string;
  recovered?: RecoveryReport;
  domains?: string[];
  overloaded?: number;
}

const CHILD = fileURLToPath(new URL('./test-support/multi-host-child.mjs', import.meta.url));
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

class Child {
  readonly events: Event[] = [];
  readonly exited: Promise<NodeJS.Signals | null>;
  private stderr = '';
  private waiters: { match: (e: Event) => boolean; resolve: (e: Event) => void }[] = [];
  private readonly proc: ChildProcess;

  constructor(
    readonly name: string,
    role: 'worker' | 'victim' | 'late',
    url: string,
    schema: string,
  ) {
    // A directory of its own: each host keeps its outcome journal in its working directory.
    const cwd = mkdtempSync(join(tmpdir(), `rk-multi-${name}-`));
    this.proc = spawn(process.execPath, [CHILD, url, schema, FIXTURES.replace(/\/$/, ''), name, role], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let buffer = '';
    this.proc.stdout!.on('data', (d: Buffer) => {
      buffer += d.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (!line.startsWith('{')) continue; // the fixture's own "HANGING …" line
        const event = JSON.parse(line) as Event;
        this.events.push(event);
        this.waiters = this.waiters.filter((w) => (w.match(event) ? (w.resolve(event), false) : true));
      }
    });
    this.proc.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.exited = new Promise((resolve) => this.proc.on('exit', (_code, signal) => resolve(signal)));
  }

  send(command: Record<string, unknown>): void {
    this.proc.stdin!.write(`${JSON.stringify(command)}\n`);
  }

  /** The first event (already seen or coming) that matches; fails after `ms`. */
  wait(match: (e: Event) => boolean, what: string, ms = 30_000): Promise<Event> {
    const seen = this.events.find(match);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`host ${this.name}: no ${what} within ${ms} ms; stderr: ${this.stderr.slice(-2000)}`)), ms);
      this.waiters.push({ match, resolve: (e) => (clearTimeout(timer), resolve(e)) });
      void this.exited.then(() => reject(new Error(`host ${this.name} exited before ${what}; stderr: ${this.stderr.slice(-2000)}`)));
    });
  }

  kill(): void {
    this.proc.kill('SIGKILL');
  }
}

const schemas: string[] = [];
afterAll(async () => {
  for (const s of schemas) await dropSchema(s);
  await closePostgresHelpers();
});

describe('several host processes on one PostgreSQL', () => {
  it('shared keys and domains, two trackers per host, one host killed mid-work: nothing lost, nothing sent twice, nothing stuck', { timeout: 120_000 }, async () => {
    const url = postgresUrl();
    const schema = freshSchemaName();
    schemas.push(schema);
    // The operator migrates; the hosts' configuration does not say `migrate`.
    const store = await openPostgresStore(url, { schema, migrate: true, poolSize: 2 });
    const db = new pg.Pool({ connectionString: url, max: 2, options: `-c search_path=${schema}` });
    const children: Child[] = [];
    try {
      const [a, b, v] = ['a', 'b', 'v'].map((name) => new Child(name, name === 'v' ? 'victim' : 'worker', url, schema)) as [Child, Child, Child];
      children.push(a, b, v);
      await Promise.all(children.map((c) => c.wait((e) => e.type === 'ready', 'start')));

      // Wave 1: every host submits the same keys (and keys of its own for the same domains) at once.
      const wave1 = { cmd: 'submit', wave: 1, domains: 30, transfers: 12 };
      for (const c of children) c.send(wave1);
      await Promise.all(children.map((c) => c.wait((e) => e.type === 'submitted' && (e as { wave?: number }).wave === 1, 'wave 1', 60_000)));

      // The victim starts a registration that never returns and keeps registering more.
      v.send({ cmd: 'stream' });
      await v.wait((e) => e.type === 'call' && e.call?.domain === 'hang-v.com', 'the hanging registration');
      await v.wait((e) => e.type === 'result' && e.key === 'v-stream-3', 'a few streamed registrations');

      // Time passes for the pending transfers (as if their minimum poll interval were over) until
      // the victim's trackers hold claims of their own: its registrar never answers their polls.
      const makeDue = (): Promise<pg.QueryResult> => db.query(`update operations set next_check_at = $1 where status = 'pending' and lease_owner is null`, [Date.now()]);
      let victimClaims = 0;
      for (let round = 0; round < 40 && victimClaims === 0; round++) {
        await makeDue();
        await sleep(400);
        victimClaims = Number((await db.query(`select count(*) as n from operations where status = 'pending' and lease_owner = 'host-v'`)).rows[0].n);
      }
      expect(victimClaims, 'the victim claimed pending operations').toBeGreaterThan(0);
      await v.wait((e) => e.type === 'polling', 'a poll in flight');
      v.kill();
      expect(await v.exited).toBe('SIGKILL');
      const killedAt = Date.now();
      const inFlightAtKill = (await store.listOperations({ status: 'submitting' })).filter((o) => o.leaseOwner === 'host-v').map((o) => o.domain);
      expect(inFlightAtKill).toContain('hang-v.com');

      // The others continue: a second wave from both survivors, while one of them recovers and a
      // new host starts (its start() recovers too) — the dead host's work is taken over once.
      const wave2 = { cmd: 'submit', wave: 2, domains: 20, transfers: 8 };
      a.send(wave2);
      b.send(wave2);
      a.send({ cmd: 'recover' });
      const d = new Child('d', 'late', url, schema);
      children.push(d);
      const [recoveredByA, readyD] = await Promise.all([a.wait((e) => e.type === 'recovered', 'recovery'), d.wait((e) => e.type === 'ready', 'start')]);
      await Promise.all([a, b].map((c) => c.wait((e) => e.type === 'submitted' && (e as { wave?: number }).wave === 2, 'wave 2', 60_000)));
      const escalated = recoveredByA.recovered!.escalated + readyD.recovered!.escalated;

      // The wave-2 transfers become due; the victim's claims expire (3 s leases) into the survivors'
      // trackers. Wait until every ok-… transfer is done and no claim of the dead host is left.
      const deadline = Date.now() + 30_000;
      for (;;) {
        await makeDue();
        const { rows } = await db.query<{ open: string; dead: string }>(
          `select count(*) filter (where domain like 'ok-%' and status <> 'done') as open, count(*) filter (where lease_owner = 'host-v' and status = 'pending') as dead from operations`,
        );
        if (Number(rows[0]!.open) === 0 && Number(rows[0]!.dead) === 0) break;
        if (Date.now() > deadline) throw new Error(`not finished: ${JSON.stringify(rows[0])}`);
        await sleep(300);
      }
      const takenOverAfterMs = Date.now() - killedAt;

      for (const c of [a, b, d]) c.send({ cmd: 'quit' });
      await Promise.all([a, b, d].map((c) => c.wait((e) => e.type === 'closed', 'close')));

      // --- counting ---------------------------------------------------------------------------
      const events = children.flatMap((c) => c.events);
      const ops = await store.listOperations();
      const byId = new Map(ops.map((o) => [o.id, o]));
      const tasks = await store.listTasks();

      // 0 lost: every operation a submitter was answered with, and every operation a registrar
      // was called for, is in the store; every shared key is one operation.
      const answered = events.filter((e) => e.type === 'result');
      const lostAnswers = answered.filter((e) => !byId.has(e.id!));
      const sends = events.filter((e) => e.type === 'call' && (e.call!.operation === 'register' || e.call!.operation === 'transfer'));
      const lostSends = sends.filter((e) => e.call!.operationId === undefined || !byId.has(e.call!.operationId));
      const keysAnswered = new Map<string, Set<string>>();
      for (const e of answered) keysAnswered.set(e.key!, (keysAnswered.get(e.key!) ?? new Set()).add(e.id!));
      const keysWithTwoOperations = [...keysAnswered].filter(([, ids]) => ids.size > 1);

      // 0 twice: one registrar request per operation, and per domain (every intent here names a domain once).
      const count = (keys: string[]): Map<string, number> => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
      const sentTwice = [...count(sends.map((e) => e.call!.operationId!))].filter(([, n]) => n > 1);
      const domainSentTwice = [...count(sends.map((e) => `${e.call!.operation} ${e.call!.domain}`))].filter(([, n]) => n > 1);
      // Polls are reads, but the live trackers poll each finished operation once (the victim's
      // unanswered polls aside).
      const livePolls = events.filter((e) => e.type === 'call' && e.call!.operation === 'poll' && e.host !== 'v').flatMap((e) => e.call!.domain!.split(','));
      const okPolledTwice = [...count(livePolls.filter((dn) => dn.startsWith('ok-')))].filter(([, n]) => n > 1);

      // 0 stuck: nothing left sending; pending work scheduled and not held by the dead host;
      // everything waiting for staff has its open task.
      const submitting = ops.filter((o) => o.status === 'submitting');
      const pendingStuck = ops.filter((o) => o.status === 'pending' && (o.nextCheckAt === undefined || o.leaseOwner === 'host-v'));
      const manualWithoutTask = ops.filter((o) => o.status === 'awaiting-manual' && !tasks.some((t) => t.operationId === o.id && t.status === 'open'));
      const okNotDone = ops.filter((o) => o.domain.startsWith('ok-') && o.operation === 'transfer' && o.status !== 'done');

      const summary = {
        hosts: 4,
        operations: ops.length,
        byStatus: Object.fromEntries(count(ops.map((o) => o.status))),
        submitsAnswered: answered.length,
        submitsRefused: Object.fromEntries(count(events.filter((e) => e.type === 'refused').map((e) => e.code!))),
        overloadedRetries: events.filter((e) => e.type === 'submitted').reduce((n, e) => Math.max(n, e.overloaded ?? 0), 0),
        registrarSends: sends.length,
        livePolls: livePolls.length,
        victimClaims,
        inFlightAtKill: inFlightAtKill.length,
        escalatedByRecovery: escalated,
        recoveredBy: { a: recoveredByA.recovered, d: readyD.recovered },
        takenOverAfterMs,
        lost: lostAnswers.length + lostSends.length + keysWithTwoOperations.length,
        sentTwice: sentTwice.length + domainSentTwice.length,
        stuck: submitting.length + pendingStuck.length + manualWithoutTask.length,
      };
      console.log(`multi-host summary ${JSON.stringify(summary)}`);

      expect({ lostAnswers, lostSends, keysWithTwoOperations }).toEqual({ lostAnswers: [], lostSends: [], keysWithTwoOperations: [] });
      expect({ sentTwice, domainSentTwice, okPolledTwice }).toEqual({ sentTwice: [], domainSentTwice: [], okPolledTwice: [] });
      expect({ submitting, pendingStuck, manualWithoutTask, okNotDone }).toEqual({ submitting: [], pendingStuck: [], manualWithoutTask: [], okNotDone: [] });
      // Every registration the victim had in flight went to staff, once (host-basic cannot reconcile).
      expect(escalated).toBe(inFlightAtKill.length);
      expect(tasks.filter((t) => t.reason.includes('may or may not have reached the registrar')).map((t) => t.domain).sort()).toEqual([...inFlightAtKill].sort());
      // Each shared domain registered once, whoever answered.
      for (const w of [{ n: 1, domains: 30 }, { n: 2, domains: 20 }]) {
        for (let i = 0; i < w.domains; i++) expect(sends.filter((e) => e.call!.domain === `w${w.n}-shared-${i}.com`)).toHaveLength(1);
      }
      // The dead host's hanging registration was never sent again.
      expect(sends.filter((e) => e.call!.domain === 'hang-v.com').map((e) => e.host)).toEqual(['v']);
    } finally {
      for (const c of children) c.kill();
      await db.end();
      await store.close();
    }
  });
});
