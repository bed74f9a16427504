// `pnpm bench`: runs every benchmark section in one process, one run, and writes BENCHMARKS.md.
// A section that throws at run time is reported as failed in BENCHMARKS.md (and the process exits
// 1) instead of taking the other figures with it.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { root, section } from './bench/common.mjs';

const failedSection = (title, result) => [title, '', `**failed**: ${result.error}`];
const results = {};
// Load average before and after: the figures are only as good as the machine was quiet.
const loadBefore = os.loadavg()[0];
const extra = [];

const { benchHost } = await import('./bench/host.mjs');
results.host = await benchHost();

let tracker;
try {
  tracker = await import('./bench/tracker.mjs');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  extra.push('The tracker section (issue 4) is not built yet.');
}
if (tracker !== undefined) {
  results.tracker = await section('tracker', () => tracker.benchTracker());
  if (results.tracker.error !== undefined) results.tracker.markdown = failedSection('## Pending tracker (issue 4; cycle target from issue 14)', results.tracker);
}

const { benchPostgres } = await import('./bench/postgres.mjs');
results.postgres = await section('postgres', () => benchPostgres());
if (results.postgres.error !== undefined) results.postgres.markdown = failedSection('## PostgreSQL store (issue 16)', results.postgres);

const { benchServer } = await import('./bench/server.mjs');
results.server = await section('server', () => benchServer());
if (results.server.error !== undefined) results.server.markdown = failedSection('## HTTP server (issue 17)', results.server);

const { benchConformance } = await import('./bench/conformance.mjs');
results.conformance = await section('conformance', () => benchConformance());
if (results.conformance.error !== undefined) results.conformance.markdown = failedSection('## Conformance suite (issue 5)', results.conformance);

const { benchEpp } = await import('./bench/epp.mjs');
results.epp = await section('epp', () => benchEpp());
if (results.epp.error !== undefined) results.epp.markdown = failedSection('## EPP (issue 22)', results.epp);

const { benchDemo } = await import('./bench/demo.mjs');
results.demo = await section('demo', () => benchDemo());
if (results.demo.error !== undefined) results.demo.markdown = failedSection('## Demo (issue 10)', results.demo);

const loadAfter = os.loadavg()[0];
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const machine = `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
const lines = [
  '# Benchmarks',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on: ${machine}; 1-minute load average ${loadBefore.toFixed(2)} at the start, ${loadAfter.toFixed(2)} at the end (the bench itself accounts for about 1).`,
  'Re-run with `pnpm bench` (builds first; one run, every figure from the same run; medians unless a percentile is named).',
  '',
  ...results.host.markdown,
  '',
];
if (results.tracker !== undefined) lines.push(...results.tracker.markdown, '');
lines.push(...results.postgres.markdown, '');
lines.push(...results.server.markdown, '');
lines.push(...results.conformance.markdown, '');
lines.push(...results.epp.markdown, '');
lines.push(...results.demo.markdown, '');
lines.push(...extra);
writeFileSync(`${root}BENCHMARKS.md`, `${lines.join('\n')}\n`);

const failures = [
  ...results.host.failures.map((name) => `host.${name}`),
  ...['tracker', 'postgres', 'server', 'conformance', 'epp', 'demo'].filter((name) => results[name]?.error !== undefined),
];
console.log(JSON.stringify(results, (key, value) => (key === 'markdown' ? undefined : value), 2));
if (failures.length > 0) {
  console.error(`bench: ${failures.length} section(s) failed: ${failures.join(', ')} (BENCHMARKS.md written with the failures marked)`);
  process.exitCode = 1;
}
