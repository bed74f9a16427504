// The HTTP server (issue 17): submits/s with their p99, and reads/s, over keep-alive connections.
// The server runs in its own process (the built @registrar-kit/server over the built host, an
// SQLite file, the host-fast fixture plugin answering at once), autocannon in this one: on a
// 2-core machine each gets a core, as a platform calling the service from another process would.
// Every submit registers a new domain under a new Idempotency-Key (no request is a replay).
// `node scripts/bench/server.mjs` runs this section alone and prints its figures.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { fixture, hostEntry, num, registerInput, tempFile, verdict } from './common.mjs';

const serverDist = (file) => new URL(`../../packages/server/dist/${file}`, import.meta.url).href;
const CONNECTIONS = 64;
const SECONDS = 10;
const GOAL = { submits: 5_000, p99Ms: 50, reads: 15_000 };

// The server process: prints `{ url, key }` once it listens, runs until its stdin closes.
const serverMain = `
  const { createHost } = await import(${JSON.stringify(hostEntry)});
  const server = await import(${JSON.stringify(serverDist('index.js'))});
  const host = await createHost({
    store: { sqlite: process.env.RK_BENCH_DB },
    plugins: [{ name: 'fast', package: process.env.RK_BENCH_PLUGIN, settings: { apiKey: 'bench-key-1234' } }],
    connectors: [{ tld: 'com', plugin: 'fast' }],
  });
  const keys = server.hostApiKeys(host);
  // The rate limit is on, with a ceiling this run never reaches: its cost is measured, not its refusals.
  const rateLimit = { max: Number.MAX_SAFE_INTEGER, timeWindow: 60_000 };
  const app = await server.createServer({ host, keys, rateLimit });
  // createServer adds the rate limit and /metrics itself: the figures are of the whole stack.
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { key } = await keys.create({ scopes: ['submit', 'read'] });
  console.log(JSON.stringify({ url: 'http://127.0.0.1:' + app.server.address().port, key }));
  process.stdin.resume();
  process.stdin.on('end', async () => { await app.close(); await host.close(); process.exit(0); });
`;

async function startServer() {
  const child = spawn(process.execPath, [...(process.env.RK_BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []), '--input-type=module', '-e', serverMain], {
    env: { ...process.env, RK_BENCH_DB: tempFile('server.db'), RK_BENCH_PLUGIN: fixture('host-fast') },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const [line] = await Promise.race([
    once(createInterface({ input: child.stdout }), 'line'),
    once(child, 'exit').then(([code]) => Promise.reject(new Error(`the server process exited ${code} before listening`))),
  ]);
  const { url, key } = JSON.parse(line);
  return { url, key, stop: () => (child.stdin.end(), once(child, 'exit')) };
}

function run(options) {
  return new Promise((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, pipelining: 1, duration: SECONDS, ...options }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** Throws when any request failed: a figure made of refusals is no figure. */
function checked(what, result) {
  const bad = result.errors + result.timeouts + result.non2xx;
  if (bad > 0) throw new Error(`${what}: ${bad} of ${result.requests.total} requests failed (errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})`);
  return result;
}

let seq = 0;
const submitRequests = (key) => [
  {
    method: 'POST',
    path: '/v1/operations',
    setupRequest: (request) => {
      const n = ++seq;
      return {
        ...request,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': `bench-${process.pid}-${n}` },
        body: JSON.stringify({ operation: 'register', input: registerInput(`http-bench-${n}.com`) }),
      };
    },
  },
];

/** Ids of operations the submits made, read through the API a page at a time. */
async function someIds(url, key, count) {
  const ids = [];
  let cursor;
  while (ids.length < count) {
    const response = await fetch(`${url}/v1/operations?limit=100${cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`}`, { headers: { authorization: `Bearer ${key}` } });
    if (!response.ok) throw new Error(`GET /v1/operations answered ${response.status}: ${await response.text()}`);
    const page = await response.json();
    ids.push(...page.items.map((o) => o.id));
    cursor = page.nextCursor;
    if (cursor === undefined) break;
  }
  return ids;
}

export async function benchServer() {
  const server = await startServer();
  try {
    const { url, key } = server;
    // Warm-up (JIT, SQLite page cache), not counted.
    checked('warm-up', await run({ url, duration: 2, requests: submitRequests(key) }));
    const submits = checked('submits', await run({ url, requests: submitRequests(key) }));

    const ids = await someIds(url, key, 1_000);
    let i = 0;
    const reads = checked(
      'reads',
      await run({ url, headers: { authorization: `Bearer ${key}` }, requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `/v1/operations/${ids[i++ % ids.length]}` }) }] }),
    );

    // The ceiling of this machine and server: a route that reads nothing and writes nothing.
    const health = checked('healthz', await run({ url, requests: [{ method: 'GET', path: '/healthz' }] }));

    const r = {
      submitsPerSecond: Math.round(submits.requests.average),
      submitP50Ms: submits.latency.p50,
      submitP99Ms: submits.latency.p99,
      submitsTotal: submits.requests.total,
      readsPerSecond: Math.round(reads.requests.average),
      readP99Ms: reads.latency.p99,
      healthPerSecond: Math.round(health.requests.average),
    };
    return { ...r, markdown: markdown(r) };
  } finally {
    await server.stop();
  }
}

function markdown(r) {
  return [
    '## HTTP server (issue 17)',
    '',
    `The built \`@registrar-kit/server\` in its own process (SQLite file store, a plugin that answers at once, rate limiting and metrics on), autocannon in the bench process: ${CONNECTIONS} keep-alive connections, ${SECONDS} s per figure after a 2 s warm-up; every submit registers a new domain under a new \`Idempotency-Key\`. Averages per second; latencies from autocannon's histogram.`,
    '',
    '| what | figure | target |',
    '| --- | --- | --- |',
    `| \`POST /v1/operations\` (register, answered 200 at once) | ${num(r.submitsPerSecond)} submits/s (${num(r.submitsTotal)} in ${SECONDS} s) | ≥ ${num(GOAL.submits)}/s: ${verdict(r.submitsPerSecond >= GOAL.submits)} |`,
    `| its latency | p50 ${num(r.submitP50Ms)} ms, p99 ${num(r.submitP99Ms)} ms | p99 ≤ ${GOAL.p99Ms} ms: ${verdict(r.submitP99Ms <= GOAL.p99Ms)} |`,
    `| \`GET /v1/operations/{id}\` | ${num(r.readsPerSecond)} reads/s (p99 ${num(r.readP99Ms)} ms) | ≥ ${num(GOAL.reads)}/s: ${verdict(r.readsPerSecond >= GOAL.reads)} |`,
    `| \`GET /healthz\` (no key, no store): the ceiling of this machine's loopback HTTP with this client | ${num(r.healthPerSecond)} req/s | context |`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchServer();
  console.log(result.markdown.join('\n'));
}
