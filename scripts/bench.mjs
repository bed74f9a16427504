// `pnpm bench`: runs every benchmark section in one process, one run, and writes BENCHMARKS.md.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { root } from './bench/common.mjs';

const { benchHost } = await import('./bench/host.mjs');
const results = { host: await benchHost() };
const extra = [];
try {
  const { benchTracker } = await import('./bench/tracker.mjs');
  results.tracker = await benchTracker();
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  extra.push('The tracker section (issue 4) is not built yet.');
}

const { benchConformance } = await import('./bench/conformance.mjs');
results.conformance = await benchConformance();

const { benchDemo } = await import('./bench/demo.mjs');
results.demo = await benchDemo();

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const machine = `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
const h = results.host;
const verdict = (ok) => (ok ? 'met' : '**not met**');
const lines = [
  '# Benchmarks',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on: ${machine}.`,
  'Re-run with `pnpm bench` (builds first; one run, every figure from the same run; medians).',
  '',
  '## Host core (issue 3)',
  '',
  '| what | figure | target |',
  '| --- | --- | --- |',
  `| routed \`register\` through createHost, file-backed SQLite (WAL), plugin answering at once | ${h.routed.routedPerSecond.toLocaleString('en')} ops/s (${h.routed.ops} sequential ops) | ≥ 5,000 ops/s: ${verdict(h.routed.routedPerSecond >= 5000)} |`,
  `| the same plugin called directly | ${h.routed.directPerSecond.toLocaleString('en')} ops/s | baseline |`,
  `| median latency: routed / direct | ${h.routed.routedMedianUs} µs / ${h.routed.directMedianUs} µs | |`,
  `| the same, store \`:memory:\` (no file: shows the share of commits and checkpoints) | ${h.inMemory.routedPerSecond.toLocaleString('en')} ops/s, overhead median ${h.inMemory.overheadMedianUs} µs | |`,
  `| host overhead per operation (median) | ${h.routed.overheadMedianUs} µs | ≤ 200 µs: ${verdict(h.routed.overheadMedianUs <= 200)} |`,
  `| cold start: config + 4 fixture plugins loaded and validated, fresh process (median of ${h.coldStart.runs}) | ${h.coldStart.wallMedianMs} ms wall (${h.coldStart.inProcessMedianMs} ms inside the process) | ≤ 300 ms: ${verdict(h.coldStart.wallMedianMs <= 300)} |`,
  '',
  'What a routed operation does: input validation (domain, contacts, TLD rules), connector lookup,',
  'idempotency lookup, one transaction writing the operation (`submitting`), the domain and two',
  'Action Log entries, the plugin call, and a second transaction writing the outcome, the domain',
  'transition and two more Action Log entries. Operations run one after another (the figure is',
  'latency-bound: one connection, two commits per operation).',
  '',
];
if (results.tracker !== undefined) lines.push(...results.tracker.markdown, '');
lines.push(...results.conformance.markdown, '');
lines.push(...results.demo.markdown, '');
lines.push(...extra);
writeFileSync(`${root}BENCHMARKS.md`, `${lines.join('\n')}\n`);
console.log(JSON.stringify(results, null, 2));
