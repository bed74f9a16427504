// Issue 16 figures: the PostgreSQL store. A throwaway PostgreSQL 15 cluster on loopback, started
// by the tests' own global setup code (packages/host/src/test-support/postgres-global-setup.ts,
// transpiled here), or the server RK_PG_URL names. In one process:
// - routed `register` ops/s with 1, 2 and 3 hosts on one database, 64 concurrent submitters in
//   all (spread over the hosts), each host with its own pool, each in a schema of its own per run;
// - what a routed operation leaves in the database (rows and bytes, pg_total_relation_size);
// - a tracker cycle over 100,000 due operations shared by 3 hosts (batch plugin): each host
//   runs cycles until nothing is due; every operation must be polled exactly once.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixture, hostEntry, num, percentile, registerInput, root, sleep, verdict } from './common.mjs';

const { createHost } = await import(hostEntry);
const WORKERS = 64;
const WARM_OPS = 1_000;
const OPS = 6_000;
const DUE_OPS = 100_000;
const TARGET = { threeHostsPerSecond: 5_000 };

/** startThrowawayCluster of the tests' global setup (TypeScript: transpiled with the workspace's compiler). */
async function loadClusterStarter() {
  const { default: ts } = await import('typescript');
  const source = join(root, 'packages/host/src/test-support/postgres-global-setup.ts');
  const { outputText } = ts.transpileModule(await readFile(source, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
    fileName: 'postgres-global-setup.ts',
  });
  const dir = await mkdtemp(join(tmpdir(), 'rk-bench-pg-setup-'));
  try {
    const file = join(dir, 'setup.mjs');
    await writeFile(file, outputText);
    return (await import(pathToFileURL(file).href)).startThrowawayCluster;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function cluster() {
  if (process.env.RK_PG_URL) return { url: process.env.RK_PG_URL, stop: async () => undefined, where: 'the server RK_PG_URL names' };
  const start = await loadClusterStarter();
  const t = performance.now();
  const c = await start();
  return { ...c, where: `a throwaway PostgreSQL 15 cluster on loopback (fsync off, as the tests run it; started in ${Math.round(performance.now() - t)} ms)` };
}

let schemaSeq = 0;
const freshSchema = () => `rk_bench_${process.pid}_${++schemaSeq}`;

async function admin(url) {
  // pg is the host's dependency, not the workspace root's: resolved from the host package.
  const pg = createRequire(join(root, 'packages/host/package.json'))('pg');
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on('error', () => undefined);
  return pool;
}

const fastConfig = (url, schema) => ({
  store: { postgres: url, schema, migrate: true, poolSize: 10 },
  plugins: [{ name: 'fast', package: fixture('host-fast'), settings: { apiKey: 'bench-key-1234' } }],
  connectors: [{ tld: 'com', plugin: 'fast' }],
});

/** 64 submitter loops over `hosts` (loop w uses host w % n); OVERLOADED is counted and retried. */
async function submitAll(hosts, prefix, count) {
  const latencies = [];
  let overloaded = 0;
  const loop = async (w) => {
    const host = hosts[w % hosts.length];
    for (let i = w; i < count; i += WORKERS) {
      const t = performance.now();
      for (;;) {
        try {
          const op = await host.submit({ operation: 'register', input: registerInput(`${prefix}-${i}.com`) });
          if (op.status !== 'done') throw new Error(`register ended ${op.status}`);
          break;
        } catch (error) {
          if (error?.code !== 'OVERLOADED') throw error;
          overloaded++;
          await sleep(1);
        }
      }
      latencies.push(performance.now() - t);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: WORKERS }, (_, w) => loop(w)));
  return { ms: performance.now() - t0, latencies, overloaded };
}

async function routed(url, db, hostCount) {
  const schema = freshSchema();
  const hosts = [];
  try {
    for (let i = 0; i < hostCount; i++) hosts.push(await createHost(fastConfig(url, schema)));
    await submitAll(hosts, 'warm', WARM_OPS);
    const { ms, latencies, overloaded } = await submitAll(hosts, 'op', OPS);
    const result = { hosts: hostCount, ops: OPS, perSecond: Math.round((OPS / ms) * 1000), p50Ms: Math.round(percentile(latencies, 50) * 10) / 10, p99Ms: Math.round(percentile(latencies, 99) * 10) / 10, overloaded };
    if (hostCount === 1) result.growth = await growth(db, schema, WARM_OPS + OPS);
    return result;
  } finally {
    for (const h of hosts) await h.close();
    await db.query(`drop schema if exists ${schema} cascade`);
  }
}

/** Rows and bytes per routed operation in `schema` (tables with their indexes and TOAST). */
async function growth(db, schema, operations) {
  const count = async (table) => Number((await db.query(`select count(*) as n from ${schema}.${table}`)).rows[0].n);
  const sizes = await db.query(
    `select c.relname as name, pg_total_relation_size(c.oid) as bytes from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and c.relkind = 'r'`,
    [schema],
  );
  const bytes = Object.fromEntries(sizes.rows.map((r) => [r.name, Number(r.bytes)]));
  const total = Object.entries(bytes).filter(([name]) => name !== 'kysely_migration' && name !== 'kysely_migration_lock').reduce((s, [, b]) => s + b, 0);
  return {
    operations,
    actionLogRowsPerOp: Math.round(((await count('action_log')) / operations) * 100) / 100,
    domainRowsPerOp: Math.round(((await count('domains')) / operations) * 100) / 100,
    bytesPerOp: Math.round(total / operations),
    bytesPerOpByTable: Object.fromEntries(['operations', 'domains', 'action_log'].map((t) => [t, Math.round((bytes[t] ?? 0) / operations)])),
  };
}

async function dueCycle(url, db) {
  const schema = freshSchema();
  const config = {
    store: { postgres: url, schema, migrate: true, poolSize: 4 },
    plugins: [{ name: 'batch', package: fixture('host-batch'), settings: { apiKey: 'bench-key-1234' } }],
    connectors: [{ tld: 'com', plugin: 'batch' }],
  };
  const hosts = [];
  try {
    for (let i = 0; i < 3; i++) hosts.push(await createHost(config));
    const due = Date.now() - 1_000;
    const seedT = performance.now();
    await db.query(
      `insert into ${schema}.operations (id, idempotency_key, payload_hash, operation, domain, connector, plugin_instance, mode, status, input, ref, await_kind, step, next_check_at, poll_attempts, submitted_at, created_at, updated_at, holds_domain, version)
       select 'b-' || i, 'b-' || i, 'bench', 'transfer', 'slow-' || i || '.com', 'com', 'batch', 'auto', 'pending', '{"domain":"slow-' || i || '.com"}', 'T-b-' || i, 'poll', 'transferring', $1, 0, $1, $1, $1, 1, 0
       from generate_series(0, ${DUE_OPS - 1}) as i`,
      [due],
    );
    await db.query(`analyze ${schema}.operations`);
    const seedMs = Math.round(performance.now() - seedT);
    const polls = (globalThis.__registrarKitFixturePolls ??= []);
    const before = polls.length;
    const perHost = hosts.map(() => ({ cycles: 0, claimed: 0 }));
    const t0 = performance.now();
    await Promise.all(
      hosts.map(async (host, i) => {
        for (;;) {
          const r = await host.tracker.runCycle();
          if (r.claimed === 0) return;
          perHost[i].cycles++;
          perHost[i].claimed += r.claimed;
        }
      }),
    );
    const ms = Math.round(performance.now() - t0);
    const refs = polls.slice(before).flatMap((p) => p.refs);
    const unique = new Set(refs).size;
    const left = Number((await db.query(`select count(*) as n from ${schema}.operations where next_check_at <= $1 or lease_owner is not null`, [Date.now()])).rows[0].n);
    return { operations: DUE_OPS, seedMs, ms, pollCalls: polls.length - before, refsPolled: refs.length, uniqueRefs: unique, perHost, leftDueOrLeased: left };
  } finally {
    for (const h of hosts) await h.close();
    await db.query(`drop schema if exists ${schema} cascade`);
  }
}

export async function benchPostgres() {
  const c = await cluster();
  const db = await admin(c.url);
  try {
    const runs = [];
    for (const n of [1, 2, 3]) runs.push(await routed(c.url, db, n));
    const cycle = await dueCycle(c.url, db);
    const [one] = runs;
    const g = one.growth;
    const result = { where: c.where, routed: runs, dueCycle: cycle };
    result.markdown = [
      '## PostgreSQL store (issue 16)',
      '',
      `On ${c.where}. All hosts in this one Node process (each with its own pool of 10 connections and a schema of its own per run), so more hosts add connections and group-commit queues, not CPU: the process and the server share the machine's cores.`,
      '',
      '| what | figure | target |',
      '| --- | --- | --- |',
      ...runs.map(
        (r) =>
          `| routed \`register\` (host-fast plugin), ${r.hosts} host${r.hosts === 1 ? '' : 's'} on one database, ${WORKERS} concurrent submitters in all, ${num(r.ops)} ops after ${num(WARM_OPS)} warm-up | ${num(r.perSecond)} ops/s; p50 / p99 ${r.p50Ms} / ${r.p99Ms} ms; ${num(r.overloaded)} \`OVERLOADED\` retried | ${
            r.hosts === 3 ? `≥ ${num(TARGET.threeHostsPerSecond)} ops/s: ${verdict(r.perSecond >= TARGET.threeHostsPerSecond)}; more than 1 host: ${verdict(r.perSecond > one.perSecond)}` : ''
          } |`,
      ),
      `| what one routed \`register\` leaves in the database (1-host run, ${num(g.operations)} operations, before any vacuum) | ${num(g.bytesPerOp)} bytes (operations ${num(g.bytesPerOpByTable.operations)}, domains ${num(g.bytesPerOpByTable.domains)}, Action Log ${num(g.bytesPerOpByTable.action_log)}), ${g.actionLogRowsPerOp} Action Log rows, ${g.domainRowsPerOp} domain row | reported |`,
      `| tracker cycles over ${num(cycle.operations)} due operations (batch plugin), 3 hosts claiming at once with \`SKIP LOCKED\`, batch size 10,000 | ${num(cycle.ms)} ms until nothing was due; ${num(cycle.pollCalls)} poll calls, ${num(cycle.refsPolled)} refs polled, ${num(cycle.uniqueRefs)} distinct; claimed per host ${cycle.perHost.map((h) => num(h.claimed)).join(' / ')} | each operation polled once: ${verdict(cycle.refsPolled === cycle.operations && cycle.uniqueRefs === cycle.operations && cycle.leftDueOrLeased === 0)} |`,
      '',
      `Seeding the ${num(cycle.operations)} operations (one INSERT … SELECT) took ${num(cycle.seedMs)} ms. The row sizes include the indexes and TOAST of each table (\`pg_total_relation_size\`); dead row versions left by the two writes of an operation count until autovacuum reuses them.`,
    ];
    return result;
  } finally {
    await db.end();
    await c.stop();
  }
}
