// Issue 5 figure: the full conformance suite for one plugin, run programmatically, in this process.
import { median, root } from './common.mjs';

const { runConformance } = await import(new URL('../../conformance/dist/index.js', import.meta.url).href);

export async function benchConformance(runs = 5) {
  const times = [];
  let report;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    report = await runConformance({ pluginDir: `${root}plugins/soap-registrar` });
    times.push(performance.now() - t);
  }
  const scenarios = report.results.filter((r) => r.scenario !== undefined).length;
  const ms = Math.round(median(times));
  return {
    ms,
    scenarios,
    checks: report.results.length,
    failed: report.failed,
    markdown: [
      '## Conformance suite (issue 5)',
      '',
      '| what | figure | target |',
      '| --- | --- | --- |',
      `| full suite for plugin-soap-registrar: ${scenarios} scenarios, ${report.results.length} checks (incl. 6 fault injections per auto operation), median of ${runs} runs | ${ms} ms, ${report.failed} failed | ≤ 5 s for ~30 scenarios: ${ms <= 5000 ? 'met' : '**not met**'} |`,
      '',
      'Each fault-timeout check waits for the 100 ms HTTP timeout it injects; they are most of the time.',
    ],
  };
}
