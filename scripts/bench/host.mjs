// Host core figures (issue 14), every one against a floor measured in the same run:
//
// - floor: the rows a routed `register` writes, written with raw better-sqlite3 prepared statements
//   on a file the host itself created (same schema, same pragmas): one op after another (two
//   transactions per op), and batched (64 ops per transaction, both phases);
// - sequential routed `register` through createHost (ratio to the sequential floor);
// - 64 concurrent submitters through one host (ratio to the batched floor), latency p50/p99,
//   OVERLOADED answers;
// - host overhead per operation (routed median minus direct plugin call median);
// - an open-loop offered load of 3,000 submits/s for 3 s;
// - cold start in a fresh process.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fixture, hostEntry, median, num, percentile, registerInput, root, section, sleep, tempFile, verdict } from './common.mjs';

const { createHost } = await import(hostEntry);
// The host's own better-sqlite3 (its dependency, not a copy of our choosing).
const Database = createRequire(`${root}packages/host/package.json`)('better-sqlite3');

const SEQUENTIAL_OPS = 5000;
const WARM_OPS = 200;
const WORKERS = 64;
const CONCURRENT_OPS = 20_000;
const CONCURRENT_WARM = 1280;
const FLOOR_BATCH = 64;
const OFFERED_RATE = 3000;
const OFFERED_SECONDS = 3;
/** Give up on a run that retries OVERLOADED answers for this long: the engine is not draining. */
const RETRY_DEADLINE_MS = 120_000;

const TARGET = { sequentialShare: 0.6, concurrentPerSecond: 10_000, p99Ms: 20, overheadUs: 100, coldStartMs: 150 };

const hostConfig = (sqlite) => ({
  store: { sqlite },
  plugins: [{ name: 'fast', package: fixture('host-fast'), settings: { apiKey: 'bench-key-1234' } }],
  connectors: [{ tld: 'com', plugin: 'fast' }],
});
const perSecond = (ops, ms) => Math.round(ops / (ms / 1000));
const us = (ms) => Math.round(ms * 1000);
const ms2 = (ms) => Math.round(ms * 100) / 100;

// --- the floor ---------------------------------------------------------------------------------

const TEMPLATE_DOMAIN = 'floor-template.com';
const q = (id) => `"${id.replaceAll('"', '""')}"`;

/** The rows of one operation's domain: its operation, its domain and its Action Log entries. */
function readRows(db, domain) {
  const op = db.prepare('SELECT * FROM operations WHERE domain = ? ORDER BY created_at DESC LIMIT 1').get(domain);
  return {
    op,
    domain: db.prepare('SELECT * FROM domains WHERE name = ?').get(domain),
    logs: op === undefined ? [] : db.prepare('SELECT * FROM action_log WHERE operation_id = ? ORDER BY id').all(op.id),
  };
}

/**
 * A store file created by the host (so tables, indexes and page size are exactly the host's), and
 * the rows one routed `register` wrote there: they are the templates the floor copies, so it
 * writes the same columns with the same values and sizes. The first transaction's rows are read
 * (on a second, read-only connection) while the plugin is being called: the host makes the
 * `submitting` mark durable before it calls the plugin. When the host cannot run a register
 * (engine mid-rewrite) the rows are synthesised from PRAGMA table_info instead, every NOT NULL
 * column filled.
 */
async function floorFile() {
  const file = tempFile('floor.sqlite');
  const host = await createHost(hostConfig(file));
  let templateProblem;
  let inFlight;
  const operations = host.plugins?.().get?.('fast')?.plugin?.operations;
  const register = operations?.register;
  let wrapped = false;
  try {
    try {
      operations.register = async (input, ctx) => {
        try {
          const reader = new Database(file, { readonly: true, fileMustExist: true });
          try {
            inFlight = readRows(reader, TEMPLATE_DOMAIN);
          } finally {
            reader.close();
          }
        } catch {
          inFlight = undefined;
        }
        return register.call(operations, input, ctx);
      };
      wrapped = operations.register !== register;
    } catch {
      // A frozen plugin object: the first transaction's rows are inferred from the final ones.
    }
    const op = await host.submit({ operation: 'register', input: registerInput(TEMPLATE_DOMAIN) });
    if (op.status !== 'done') templateProblem = `the template register ended ${op.status}`;
  } catch (error) {
    templateProblem = `the template register threw: ${error?.message ?? error}`;
  } finally {
    if (wrapped) operations.register = register;
    await host.close();
  }
  const db = new Database(file);
  // The host's pragmas (page_size only matters for a new file; the host already created it).
  db.pragma('page_size = 1024');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  const settings = {
    pageSize: db.pragma('page_size', { simple: true }),
    journalMode: db.pragma('journal_mode', { simple: true }),
    synchronous: db.pragma('synchronous', { simple: true }),
  };
  return { db, settings, ...floorRows(db, templateProblem, inFlight) };
}

function tableInfo(db, table) {
  const cols = db.prepare(`PRAGMA table_info(${q(table)})`).all();
  if (cols.length === 0) throw new Error(`the host's store has no table ${table}`);
  return cols;
}

/** Columns SQLite fills itself: an INTEGER PRIMARY KEY is the rowid. */
const isRowid = (c) => c.pk === 1 && c.type.toUpperCase() === 'INTEGER';
const isTime = (name) => name === 'at' || name.endsWith('_at');

/** Fills every NOT NULL column without a default that `known` does not give. */
function complete(info, known) {
  const row = {};
  for (const c of info) {
    if (isRowid(c)) continue;
    if (c.name in known) row[c.name] = known[c.name];
    else if (c.notnull && c.dflt_value === null) row[c.name] = /INT|REAL|NUM|FLOA|DOUB/i.test(c.type) ? 0 : 'x';
  }
  return row;
}

function floorRows(db, templateProblem, inFlight) {
  const info = { operations: tableInfo(db, 'operations'), domains: tableInfo(db, 'domains'), action_log: tableInfo(db, 'action_log') };
  const strip = (info, row) => Object.fromEntries(info.filter((c) => !isRowid(c)).map((c) => [c.name, row[c.name] ?? null]));
  let source;
  let tpl;
  if (templateProblem === undefined) {
    const { op, domain, logs } = readRows(db, TEMPLATE_DOMAIN);
    const seen = inFlight?.op?.status === 'submitting' && inFlight.op.id === op?.id ? inFlight : undefined;
    if (op === undefined || domain === undefined) templateProblem = 'the template register left no operation or domain row';
    else if (seen === undefined && logs.length !== 4) templateProblem = `the template register wrote ${logs.length} Action Log rows, not 2 + 2`;
    else {
      const logs1 = seen === undefined ? logs.slice(0, 2) : seen.logs;
      // The domain's in-flight status, as the first transaction's domain transition recorded it.
      const status = logs1.map((l) => { try { return JSON.parse(l.data)?.to; } catch { return undefined; } }).find((s) => typeof s === 'string' && s !== op.status && s !== 'submitting');
      tpl = {
        opId: op.id,
        key: op.idempotency_key,
        opDone: strip(info.operations, op),
        opSubmitting: seen !== undefined ? strip(info.operations, seen.op) : patched(strip(info.operations, op), { status: 'submitting', result: null, error: null }),
        domainDone: strip(info.domains, domain),
        domainInFlight: seen?.domain !== undefined ? strip(info.domains, seen.domain) : patched(strip(info.domains, domain), { status: status ?? 'registering' }),
        logs1: logs1.map((l) => strip(info.action_log, l)),
        logs2: logs.slice(logs1.length).map((l) => strip(info.action_log, l)),
      };
      source =
        seen === undefined
          ? 'copied from the rows a routed register wrote in the same file; its first transaction inferred from them'
          : `copied from the rows a routed register wrote in the same file, its first transaction read while the plugin was called (${tpl.logs1.length} + ${tpl.logs2.length} Action Log rows)`;
    }
  }
  if (tpl === undefined) {
    const now = Date.now();
    const d = TEMPLATE_DOMAIN;
    const input = JSON.stringify(registerInput(d));
    const base = { id: 'tpl-op', idempotency_key: 'tpl-key', payload_hash: 'f'.repeat(64), operation: 'register', domain: d, connector: 'com', plugin_instance: 'fast', mode: 'auto', input, poll_attempts: 0, submitted_at: now, created_at: now, updated_at: now };
    const dom = { name: d, tld: 'com', connector: 'com', plugin_instance: 'fast', locked: 0, created_at: now, updated_at: now };
    const log = (message, data) => complete(info.action_log, { at: now, level: 'info', kind: 'transition', message, domain: d, operation_id: 'tpl-op', plugin_instance: 'fast', data: JSON.stringify(data) });
    tpl = {
      opId: 'tpl-op',
      key: 'tpl-key',
      opSubmitting: complete(info.operations, { ...base, status: 'submitting' }),
      opDone: complete(info.operations, { ...base, status: 'done', result: JSON.stringify({ domain: d }) }),
      domainInFlight: complete(info.domains, { ...dom, status: 'registering' }),
      domainDone: complete(info.domains, { ...dom, status: 'registered' }),
      logs1: [log(`register ${d}: operation submitting`, { to: 'submitting', mode: 'auto', connector: 'com' }), log(`domain ${d}: new → registering`, { to: 'registering' })],
      logs2: [log(`register ${d}: done`, { request: { domain: d }, outcome: { status: 'done', result: { domain: d } } }), log(`domain ${d}: registering → registered`, { from: 'registering', to: 'registered' })],
    };
    source = `synthesised from PRAGMA table_info (${templateProblem})`;
  }
  return { tpl, info, source };
}

/**
 * A function ids → the row's values in `cols` order (positional parameters): the template with
 * the template's domain, operation id and idempotency key replaced, and its times set to `now`.
 * Strings are split at the tokens once, here, so a row costs a few concatenations.
 */
function rowMaker(row, tpl, cols = Object.keys(row)) {
  const tokens = [[TEMPLATE_DOMAIN, 'domain'], [tpl.opId, 'opId'], ...(tpl.key !== tpl.opId ? [[tpl.key, 'key']] : [])];
  const split = (value) => {
    // Segments alternate literal text and an ids key: ['lit', 'domain', 'lit', ...].
    let segments = [value];
    for (const [token, key] of tokens) {
      segments = segments.flatMap((seg, i) => (i % 2 === 1 ? [seg] : seg.split(token).flatMap((lit, j) => (j === 0 ? [lit] : [key, lit]))));
    }
    return segments;
  };
  const parts = cols.map((name) => {
    const value = row[name];
    if (typeof value === 'number' && isTime(name)) return { kind: 'now' };
    if (typeof value === 'string' && tokens.some(([t]) => value.includes(t))) return { kind: 'text', segments: split(value) };
    return { kind: 'const', value: value ?? null };
  });
  return (ids) =>
    parts.map((p) => {
      if (p.kind === 'now') return ids.now;
      if (p.kind === 'const') return p.value;
      let v = '';
      for (let i = 0; i < p.segments.length; i++) v += i % 2 === 1 ? ids[p.segments[i]] : p.segments[i];
      return v;
    });
}

/** Columns (besides the key) whose value differs between two versions of a row, plus `updated_at`. */
const changed = (before, after, key) => Object.keys(after).filter((c) => c !== key && c !== 'created_at' && (before[c] !== after[c] || c === 'updated_at'));
/** `row` with `patch` applied to the columns the table has. */
const patched = (row, patch) => ({ ...row, ...Object.fromEntries(Object.entries(patch).filter(([k]) => k in row)) });

function floorStatements(db, tpl, info) {
  const insert = (table, cols, suffix = '') => db.prepare(`INSERT INTO ${q(table)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})${suffix}`);
  const update = (table, cols, key) => (cols.length === 0 ? { run() {} } : db.prepare(`UPDATE ${q(table)} SET ${cols.map((c) => `${q(c)} = ?`).join(', ')} WHERE ${q(key)} = ?`));
  const domainKey = info.domains.find((c) => c.pk === 1)?.name ?? 'name';
  const opKey = info.operations.find((c) => c.pk === 1)?.name ?? 'id';
  const domainCols = Object.keys(tpl.domainInFlight);
  const logCols = Object.keys([...tpl.logs1, ...tpl.logs2][0] ?? {});
  const opUpdate = changed(tpl.opSubmitting, tpl.opDone, opKey);
  const domainUpdate = changed(tpl.domainInFlight, tpl.domainDone, domainKey);
  const s = {
    insertOperation: insert('operations', Object.keys(tpl.opSubmitting)),
    // The domain row as the host writes it: an upsert on the name.
    upsertDomain: insert('domains', domainCols, ` ON CONFLICT(${q(domainKey)}) DO UPDATE SET ${domainCols.filter((c) => c !== domainKey && c !== 'created_at').map((c) => `${q(c)} = excluded.${q(c)}`).join(', ')}`),
    insertLog: logCols.length === 0 ? undefined : insert('action_log', logCols),
    updateOperation: update('operations', opUpdate, opKey),
    updateDomain: update('domains', domainUpdate, domainKey),
  };
  const make = {
    op1: rowMaker(tpl.opSubmitting, tpl),
    op2: rowMaker(tpl.opDone, tpl, [...opUpdate, opKey]),
    domain1: rowMaker(tpl.domainInFlight, tpl),
    domain2: rowMaker(tpl.domainDone, tpl, [...domainUpdate, domainKey]),
    logs1: tpl.logs1.map((l) => rowMaker(l, tpl, logCols)),
    logs2: tpl.logs2.map((l) => rowMaker(l, tpl, logCols)),
  };
  // Phase 1 (the `submitting` mark) and phase 2 (the outcome) of one operation.
  const phase1 = (ids) => {
    s.insertOperation.run(make.op1(ids));
    s.upsertDomain.run(make.domain1(ids));
    for (const m of make.logs1) s.insertLog.run(m(ids));
  };
  const phase2 = (ids) => {
    s.updateOperation.run(make.op2(ids));
    s.updateDomain.run(make.domain2(ids));
    for (const m of make.logs2) s.insertLog.run(m(ids));
  };
  return { phase1, phase2, opUpdate, domainUpdate, logs: [tpl.logs1.length, tpl.logs2.length] };
}

// Ids shaped like the host's (time-ordered UUIDs, 36 characters), so index keys have its size and order.
let idCounter = 0;
const uuidish = (n) => {
  const h = (0x01a2_0000_0000 + n).toString(16).padStart(30, '0');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-7${h.slice(12, 15)}-8${h.slice(15, 18)}-${h.slice(18, 30)}`;
};
const ids = (prefix, i) => {
  const n = idCounter++;
  return { domain: `${prefix}-${i}.com`, opId: uuidish(2 * n + 1), key: uuidish(2 * n), now: Date.now() };
};

/** (a) one operation after another, two transactions (two commits) per operation. */
async function floorSequential() {
  const { db, settings, tpl, info, source } = await floorFile();
  try {
    const { phase1, phase2, opUpdate, domainUpdate, logs } = floorStatements(db, tpl, info);
    const tx1 = db.transaction(phase1).immediate;
    const tx2 = db.transaction(phase2).immediate;
    const one = (prefix, i) => {
      const id = ids(prefix, i);
      tx1(id);
      id.now = Date.now();
      tx2(id);
    };
    for (let i = 0; i < WARM_OPS; i++) one('fwarm', i);
    const times = [];
    const t0 = performance.now();
    for (let i = 0; i < SEQUENTIAL_OPS; i++) {
      const t = performance.now();
      one('fseq', i);
      times.push(performance.now() - t);
    }
    const total = performance.now() - t0;
    return { ops: SEQUENTIAL_OPS, perSecond: perSecond(SEQUENTIAL_OPS, total), medianUs: us(median(times)), settings, rows: source, operationUpdate: opUpdate, domainUpdate, logRowsPerPhase: logs };
  } finally {
    db.close();
  }
}

/** (b) 64 operations per transaction: phase 1 of all 64 in one commit, then phase 2 of all 64 in one. */
async function floorBatched() {
  const { db, tpl, info } = await floorFile();
  try {
    const { phase1, phase2 } = floorStatements(db, tpl, info);
    const batch1 = db.transaction((list) => { for (const id of list) phase1(id); }).immediate;
    const batch2 = db.transaction((list) => { for (const id of list) phase2(id); }).immediate;
    const run = (prefix, count) => {
      for (let i = 0; i < count; i += FLOOR_BATCH) {
        const list = [];
        for (let j = i; j < Math.min(count, i + FLOOR_BATCH); j++) list.push(ids(prefix, j));
        batch1(list);
        const now = Date.now();
        for (const id of list) id.now = now;
        batch2(list);
      }
    };
    run('fwarm', CONCURRENT_WARM);
    const t0 = performance.now();
    run('fbat', CONCURRENT_OPS);
    const total = performance.now() - t0;
    return { ops: CONCURRENT_OPS, batch: FLOOR_BATCH, perSecond: perSecond(CONCURRENT_OPS, total) };
  } finally {
    db.close();
  }
}

// --- through the host --------------------------------------------------------------------------

async function withHost(sqlite, fn) {
  const host = await createHost(hostConfig(sqlite));
  try {
    return await fn(host);
  } finally {
    await host.close();
  }
}

/** Sequential routed `register`, and the same plugin called directly: throughput and overhead. */
async function routed(sqlite = tempFile('routed.sqlite')) {
  return withHost(sqlite, async (host) => {
    const plugin = host.plugins().get('fast');
    // Warm up both paths (JIT, prepared statements).
    for (let i = 0; i < WARM_OPS; i++) await host.submit({ operation: 'register', input: registerInput(`warm-${i}.com`) });
    const ctx = { ...plugin.context, operation: { id: 'x', name: 'register', domain: 'x.com', customerId: undefined } };
    for (let i = 0; i < WARM_OPS; i++) await plugin.plugin.operations.register(registerInput(`dwarm-${i}.com`), ctx);
    const direct = [];
    const directStart = performance.now();
    for (let i = 0; i < SEQUENTIAL_OPS; i++) {
      const t = performance.now();
      await plugin.plugin.operations.register(registerInput(`direct-${i}.com`), ctx);
      direct.push(performance.now() - t);
    }
    const directTotal = performance.now() - directStart;
    const routedTimes = [];
    const routedStart = performance.now();
    for (let i = 0; i < SEQUENTIAL_OPS; i++) {
      const t = performance.now();
      const op = await host.submit({ operation: 'register', input: registerInput(`bench-${i}.com`) });
      if (op.status !== 'done') throw new Error(`unexpected ${op.status}`);
      routedTimes.push(performance.now() - t);
    }
    const routedTotal = performance.now() - routedStart;
    return {
      ops: SEQUENTIAL_OPS,
      routedPerSecond: perSecond(SEQUENTIAL_OPS, routedTotal),
      directPerSecond: perSecond(SEQUENTIAL_OPS, directTotal),
      routedMedianUs: us(median(routedTimes)),
      directMedianUs: Math.round(median(direct) * 1000 * 10) / 10,
      overheadMedianUs: us(median(routedTimes) - median(direct)),
    };
  });
}

const isOverloaded = (error) => error?.code === 'OVERLOADED';

/**
 * 64 async loops submitting `register` for distinct domains through one host. An OVERLOADED
 * answer is counted and retried after a short await; the latency of a submit runs from its first
 * attempt to its accepted one. Any other error fails the section.
 */
async function concurrent() {
  return withHost(tempFile('concurrent.sqlite'), async (host) => {
    const run = async (prefix, count) => {
      const latencies = [];
      let overloaded = 0;
      let failure;
      const deadline = performance.now() + RETRY_DEADLINE_MS;
      const loop = async (w) => {
        for (let i = w; i < count && failure === undefined; i += WORKERS) {
          const domain = `${prefix}-${i}.com`;
          const t = performance.now();
          for (;;) {
            try {
              const op = await host.submit({ operation: 'register', input: registerInput(domain) });
              if (op.status !== 'done') throw new Error(`register ${domain} ended ${op.status}`);
              break;
            } catch (error) {
              if (!isOverloaded(error)) throw error;
              overloaded++;
              if (performance.now() > deadline) throw new Error(`still OVERLOADED after ${RETRY_DEADLINE_MS / 1000} s of retrying`);
              await sleep(1);
            }
          }
          latencies.push(performance.now() - t);
        }
      };
      const t0 = performance.now();
      const settled = await Promise.allSettled(Array.from({ length: WORKERS }, (_, w) => loop(w).catch((error) => { failure ??= error; throw error; })));
      const total = performance.now() - t0;
      if (failure !== undefined) throw failure;
      const errors = settled.filter((s) => s.status === 'rejected').length;
      if (errors > 0) throw new Error(`${errors} submitter loops failed`);
      return { total, latencies, overloaded };
    };
    const warm = await run('cwarm', CONCURRENT_WARM);
    const { total, latencies, overloaded } = await run('conc', CONCURRENT_OPS);
    return {
      workers: WORKERS,
      ops: CONCURRENT_OPS,
      perSecond: perSecond(CONCURRENT_OPS, total),
      p50Ms: ms2(percentile(latencies, 50)),
      p99Ms: ms2(percentile(latencies, 99)),
      maxMs: ms2(Math.max(...latencies)),
      overloaded,
      overloadedInWarmUp: warm.overloaded,
      otherErrors: 0,
    };
  });
}

/**
 * Open loop: submits start on a timer at OFFERED_RATE per second for OFFERED_SECONDS, whether or
 * not earlier ones completed. No retries: an OVERLOADED answer is a rejected offer. Latency runs
 * from the moment a submit was due by the schedule (so a blocked event loop counts against the
 * host rather than hiding as a late start).
 */
async function offeredLoad() {
  return withHost(tempFile('offered.sqlite'), async (host) => {
    // Warm up (JIT, prepared statements) with a short closed-loop burst.
    await Promise.all(Array.from({ length: 8 }, async (_, w) => {
      for (let i = w; i < WARM_OPS; i += 8) {
        try {
          await host.submit({ operation: 'register', input: registerInput(`owarm-${i}.com`) });
        } catch (error) {
          if (!isOverloaded(error)) throw error;
        }
      }
    }));
    const totalOffers = OFFERED_RATE * OFFERED_SECONDS;
    const accepted = [];
    let overloaded = 0;
    const errors = [];
    const inflight = [];
    let started = 0;
    let maxLagMs = 0;
    const t0 = performance.now();
    const offer = (i) => {
      const due = t0 + (i * 1000) / OFFERED_RATE;
      maxLagMs = Math.max(maxLagMs, performance.now() - due);
      const domain = `offer-${i}.com`;
      let submitted;
      try {
        submitted = Promise.resolve(host.submit({ operation: 'register', input: registerInput(domain) }));
      } catch (error) {
        submitted = Promise.reject(error); // an engine may refuse synchronously
      }
      inflight.push(
        submitted.then(
          (op) => (op.status === 'done' ? accepted.push(performance.now() - due) : errors.push(new Error(`register ${domain} ended ${op.status}`))),
          (error) => (isOverloaded(error) ? overloaded++ : errors.push(error)),
        ),
      );
    };
    await new Promise((resolve) => {
      const tick = () => {
        const due = Math.min(totalOffers, Math.floor(((performance.now() - t0) * OFFERED_RATE) / 1000) + 1);
        while (started < due) offer(started++);
        if (started >= totalOffers) {
          clearInterval(timer);
          resolve();
        }
      };
      const timer = setInterval(tick, 1);
      tick();
    });
    const offeredMs = performance.now() - t0;
    await Promise.all(inflight);
    const drainedMs = performance.now() - t0;
    if (errors.length > 0) throw new Error(`${errors.length} submits failed other than OVERLOADED, first: ${errors[0]?.code ?? ''} ${errors[0]?.message ?? errors[0]}`);
    return {
      rate: OFFERED_RATE,
      seconds: OFFERED_SECONDS,
      offered: totalOffers,
      offeredOverMs: Math.round(offeredMs),
      maxStartLagMs: Math.round(maxLagMs),
      accepted: accepted.length,
      overloaded,
      acceptedP50Ms: ms2(percentile(accepted, 50)),
      acceptedP99Ms: ms2(percentile(accepted, 99)),
      allSettledAfterMs: Math.round(drainedMs),
    };
  });
}

function coldStart(runs = 7) {
  const script = `
    const t0 = performance.now();
    const { createHost } = await import(${JSON.stringify(hostEntry)});
    const f = (n) => ${JSON.stringify(fixture('/'))} + n;
    const host = await createHost({
      store: { sqlite: ${JSON.stringify(tempFile('cold.sqlite'))} },
      plugins: [
        { name: 'a', package: f('host-fast'), settings: { apiKey: 'bench-key-1234' } },
        { name: 'b', package: f('host-basic'), settings: { apiKey: 'bench-key-1234' } },
        { name: 'c', package: f('host-by-registrar'), settings: { apiKey: 'bench-key-1234' } },
        { name: 'd', package: f('host-fast'), settings: { apiKey: 'bench-key-5678' } },
      ],
      connectors: [{ tld: 'com', plugin: 'a' }, { tld: 'net', plugin: 'b' }, { tld: 'de', plugin: 'c' }, { tld: 'org', plugin: 'd' }],
    });
    if (host.problems().length) throw new Error(JSON.stringify(host.problems()));
    await host.close();
    console.log(JSON.stringify({ inProcessMs: performance.now() - t0 }));
  `;
  const wall = [];
  const inProcess = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    let out;
    try {
      out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: `${root}packages/host`, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const lines = String(error.stderr ?? '').trim().split('\n').filter((l) => /^\w*Error\b/.test(l));
      throw new Error(`the cold-start child exited ${error.status}: ${lines[0] ?? error.message.split('\n')[0]}`);
    }
    wall.push(performance.now() - t);
    inProcess.push(JSON.parse(out.trim().split('\n').at(-1)).inProcessMs);
  }
  return { runs, wallMedianMs: Math.round(median(wall)), inProcessMedianMs: Math.round(median(inProcess)) };
}

// --- report ------------------------------------------------------------------------------------

/** Milliseconds for the table: two decimals below 10 ms, one below 100 ms, whole above. */
const fmtMs = (v) => (typeof v !== 'number' || !Number.isFinite(v) ? '—' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : Math.round(v).toLocaleString('en'));
const failed = (r) => r === undefined || r.error !== undefined;
const pct = (a, b) => (typeof a === 'number' && typeof b === 'number' && b > 0 ? Math.round((a / b) * 100) : undefined);
const failedCell = (r) => `**failed**: ${String(r?.error ?? 'not run').replaceAll('|', '\\|').replaceAll('\n', ' ')}`;

function markdown(r) {
  const { floorSequential: fs, floorBatched: fb, routed: rt, inMemory: im, concurrent: c, offered: o, coldStart: cs } = r;
  const floorSeqCell = failed(fs) ? failedCell(fs) : `${num(fs.perSecond)} ops/s sequential (median ${fs.medianUs} µs per op)`;
  const floorBatCell = failed(fb) ? failedCell(fb) : `${num(fb.perSecond)} ops/s, ${fb.batch} ops per transaction`;
  const rows = [];
  if (failed(rt)) rows.push(`| routed \`register\` through createHost, file-backed SQLite (WAL), one after another | ${failedCell(rt)} | ${floorSeqCell} | ≥ ${TARGET.sequentialShare * 100} % of the floor |`);
  else {
    const share = pct(rt.routedPerSecond, fs?.perSecond);
    rows.push(
      `| routed \`register\` through createHost, file-backed SQLite (WAL), plugin answering at once, one after another | ${num(rt.routedPerSecond)} ops/s (${num(rt.ops)} ops)${share === undefined ? '' : ` = **${share} %** of the floor`} | ${floorSeqCell} | ≥ ${TARGET.sequentialShare * 100} % of the floor: ${share === undefined ? 'unknown (no floor)' : verdict(share >= TARGET.sequentialShare * 100)} |`,
      `| the same plugin called directly | ${num(rt.directPerSecond)} ops/s | | baseline |`,
      `| median latency: routed / direct | ${rt.routedMedianUs} µs / ${rt.directMedianUs} µs | ${failed(fs) ? '' : `${fs.medianUs} µs per op`} | |`,
    );
  }
  if (!failed(im)) rows.push(`| the same, store \`:memory:\` (no file: shows the share of commits and checkpoints) | ${num(im.routedPerSecond)} ops/s, overhead median ${im.overheadMedianUs} µs | | |`);
  else rows.push(`| the same, store \`:memory:\` | ${failedCell(im)} | | |`);
  if (failed(c)) {
    rows.push(`| ${WORKERS} concurrent submitters, one host, distinct domains | ${failedCell(c)} | ${floorBatCell} | ≥ ${num(TARGET.concurrentPerSecond)} ops/s; p99 ≤ ${TARGET.p99Ms} ms |`);
  } else {
    const share = pct(c.perSecond, fb?.perSecond);
    rows.push(
      `| ${c.workers} concurrent submitters (\`Promise.all\`), one host, distinct domains, ${num(c.ops)} ops after ${num(CONCURRENT_WARM)} warm-up | ${num(c.perSecond)} ops/s${share === undefined ? '' : ` = **${share} %** of the floor`} | ${floorBatCell} | ≥ ${num(TARGET.concurrentPerSecond)} ops/s: ${verdict(c.perSecond >= TARGET.concurrentPerSecond)} |`,
      `| latency per submit in that run (first attempt to accepted): p50 / p99 (max) | ${fmtMs(c.p50Ms)} ms / ${fmtMs(c.p99Ms)} ms (${fmtMs(c.maxMs)} ms) | | p99 ≤ ${TARGET.p99Ms} ms: ${verdict(c.p99Ms <= TARGET.p99Ms)} |`,
      `| submits answered \`OVERLOADED\` in that run (retried after 1 ms) / other errors | ${num(c.overloaded)} / ${c.otherErrors} | | other errors: none |`,
    );
  }
  if (failed(rt)) rows.push(`| host overhead per operation (median) | ${failedCell(rt)} | | ≤ ${TARGET.overheadUs} µs |`);
  else rows.push(`| host overhead per operation (median): routed median − direct median | ${rt.overheadMedianUs} µs | | ≤ ${TARGET.overheadUs} µs: ${verdict(rt.overheadMedianUs <= TARGET.overheadUs)} |`);
  if (failed(cs)) rows.push(`| cold start | ${failedCell(cs)} | | ≤ ${TARGET.coldStartMs} ms |`);
  else rows.push(`| cold start: config + 4 fixture plugins loaded and validated, fresh process (median of ${cs.runs}) | ${cs.wallMedianMs} ms wall (${cs.inProcessMedianMs} ms inside the process) | | ≤ ${TARGET.coldStartMs} ms: ${verdict(cs.wallMedianMs <= TARGET.coldStartMs)} |`);
  if (failed(o)) rows.push(`| offered load ${num(OFFERED_RATE)} submits/s for ${OFFERED_SECONDS} s | ${failedCell(o)} | | |`);
  else {
    rows.push(
      `| offered load, open loop: ${num(o.rate)} submits/s for ${o.seconds} s (${num(o.offered)} offers, started over ${num(o.offeredOverMs)} ms) | ${num(o.accepted)} accepted, ${num(o.overloaded)} \`OVERLOADED\`; accepted p50 / p99 ${fmtMs(o.acceptedP50Ms)} ms / ${fmtMs(o.acceptedP99Ms)} ms; all settled after ${num(o.allSettledAfterMs)} ms | ${failed(fb) ? '' : `${num(fb.perSecond)} ops/s batched`} | reported (shows back-pressure) |`,
    );
  }
  const floorNote = failed(fs)
    ? []
    : [
        `The floor is measured in the same run: the rows a routed \`register\` writes (${fs.rows}), written with raw better-sqlite3 prepared statements on a file the host created (same schema and indexes; WAL, synchronous=NORMAL, page_size=${fs.settings.pageSize}). Per operation: transaction 1 inserts the operation (\`submitting\`), upserts the domain and inserts ${fs.logRowsPerPhase[0]} Action Log rows; transaction 2 updates the operation (${fs.operationUpdate.join(', ')}) and the domain (${fs.domainUpdate.join(', ')}) and inserts ${fs.logRowsPerPhase[1]} Action Log rows. Sequential: one operation after another, two commits per operation. Batched: ${FLOOR_BATCH} operations per transaction (phase 1 of all ${FLOOR_BATCH} in one commit, then phase 2 in another), ${num(CONCURRENT_OPS)} operations. The floor does no reads (the host also looks up the idempotency key and the domain) and no validation.`,
        '',
      ];
  return [
    '## Host core (issue 14)',
    '',
    '| what | figure | floor (same run) | target |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    ...floorNote,
    'What a routed operation does: input validation (domain, contacts, TLD rules), connector lookup,',
    'idempotency and domain lookups, a durable `submitting` mark (the operation, the domain and two',
    'Action Log entries) before the plugin call, and a durable outcome after it (the operation, the',
    'domain transition and two more Action Log entries); an engine may group the writes of',
    'concurrent operations into one commit. The sequential figure runs operations one after',
    `another; the concurrent one keeps ${WORKERS} submits in flight; the offered load starts submits on a`,
    'timer whatever the completions (latency counted from the moment each was due).',
  ];
}

/** Each section on its own, for a quick `node -e` while working on the engine. */
export const hostSections = { floorSequential, floorBatched, routed, concurrent, offeredLoad, coldStart };

export async function benchHost() {
  const r = {};
  // Each floor runs right before the figure it is compared with, so a change in the machine's load
  // during the run skews a ratio as little as possible.
  r.floorSequential = await section('host: sequential floor', floorSequential);
  r.routed = await section('host: sequential routed', () => routed());
  // The same run against ':memory:' shows how much of the cost is the durable file (commits, WAL
  // checkpoints) and how much is the host's own work.
  r.inMemory = await section('host: sequential routed, :memory:', () => routed(':memory:'));
  r.floorBatched = await section('host: batched floor', floorBatched);
  r.concurrent = await section('host: 64 concurrent submitters', concurrent);
  r.offered = await section('host: offered load', offeredLoad);
  r.coldStart = await section('host: cold start', () => coldStart());
  const failures = Object.entries(r).filter(([, v]) => failed(v)).map(([k]) => k);
  return { ...r, failures, markdown: markdown(r) };
}
