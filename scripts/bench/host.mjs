// Issue 3 figures: routed operations per second through createHost with a file-backed SQLite
// store, against calling the plugin directly; and the host's cold start in a fresh process.
import { execFileSync } from 'node:child_process';
import { fixture, hostEntry, median, registerInput, root, tempFile } from './common.mjs';

const { createHost } = await import(hostEntry);

const OPS = 5000;

async function routed(sqlite = tempFile('routed.sqlite')) {
  const host = await createHost({
    store: { sqlite },
    plugins: [{ name: 'fast', package: fixture('host-fast'), settings: { apiKey: 'bench-key-1234' } }],
    connectors: [{ tld: 'com', plugin: 'fast' }],
  });
  const plugin = host.plugins().get('fast');
  // Warm up both paths (JIT, prepared statements).
  for (let i = 0; i < 200; i++) await host.submit({ operation: 'register', input: registerInput(`warm-${i}.com`) });
  const direct = [];
  const ctx = { ...plugin.context, operation: { id: 'x', name: 'register', domain: 'x.com', customerId: undefined } };
  const directStart = performance.now();
  for (let i = 0; i < OPS; i++) {
    const t = performance.now();
    await plugin.plugin.operations.register(registerInput(`direct-${i}.com`), ctx);
    direct.push(performance.now() - t);
  }
  const directTotal = performance.now() - directStart;
  const routedTimes = [];
  const routedStart = performance.now();
  for (let i = 0; i < OPS; i++) {
    const t = performance.now();
    const op = await host.submit({ operation: 'register', input: registerInput(`bench-${i}.com`) });
    if (op.status !== 'done') throw new Error(`unexpected ${op.status}`);
    routedTimes.push(performance.now() - t);
  }
  const routedTotal = performance.now() - routedStart;
  await host.close();
  return {
    ops: OPS,
    routedPerSecond: Math.round(OPS / (routedTotal / 1000)),
    directPerSecond: Math.round(OPS / (directTotal / 1000)),
    routedMedianUs: Math.round(median(routedTimes) * 1000),
    directMedianUs: Math.round(median(direct) * 1000 * 10) / 10,
    overheadMedianUs: Math.round((median(routedTimes) - median(direct)) * 1000),
  };
}

function coldStart(runs = 7) {
  const script = `
    const t0 = performance.now();
    const { createHost } = await import(${JSON.stringify(hostEntry)});
    const f = (n) => ${JSON.stringify(fixture("/"))} + n;
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
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: `${root}packages/host`, encoding: 'utf8' });
    wall.push(performance.now() - t);
    inProcess.push(JSON.parse(out.trim().split('\n').at(-1)).inProcessMs);
  }
  return { runs, wallMedianMs: Math.round(median(wall)), inProcessMedianMs: Math.round(median(inProcess)) };
}

export async function benchHost() {
  const durable = await routed();
  // The same run against ':memory:' shows how much of the cost is the durable file (commits, WAL
  // checkpoints) and how much is the host's own work.
  const inMemory = await routed(':memory:');
  return { routed: durable, inMemory, coldStart: coldStart() };
}
