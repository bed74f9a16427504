import { formatCounts, formatEntry } from './provenance.js';
import type { ConformanceReport } from './suite.js';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The capability report: one row per operation with its mode and how many checks passed,
 * failed or were bypassed (with the reasons), then every failure with its message, then the
 * cassettes' provenance counts, with a warning naming each exchange that cites no source.
 */
export function formatReport(report: ConformanceReport, modes: Record<string, { mode: string; completion?: string }> = {}): string {
  const lines = [`registrar conformance: ${report.plugin.name ?? report.plugin.id ?? report.plugin.dir} ${report.plugin.version ?? ''}`.trim(), ''];
  const ops = new Map<string, { passed: number; failed: number; bypassed: string[]; skipped: number }>();
  for (const r of report.results) {
    const key = r.operation ?? '(plugin)';
    const row = ops.get(key) ?? { passed: 0, failed: 0, bypassed: [], skipped: 0 };
    if (r.status === 'passed') row.passed++;
    else if (r.status === 'failed') row.failed++;
    else if (r.status === 'skipped') row.skipped++;
    else row.bypassed.push(`${r.check}: ${r.bypass ?? ''}`);
    ops.set(key, row);
  }
  const header = ['operation', 'mode', 'completion', 'passed', 'failed', 'bypassed'];
  const rows = [...ops].map(([op, r]) => [op, modes[op]?.mode ?? '', modes[op]?.completion ?? '', String(r.passed), String(r.failed), [...r.bypassed, ...(r.skipped === 0 ? [] : [`${r.skipped} not run`])].join('; ')]);
  for (const [op, spec] of Object.entries(modes)) if (!ops.has(op)) rows.push([op, spec.mode, '', '', '', spec.mode === 'manual' ? 'never called (manual)' : '']);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  lines.push(fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt), '');
  for (const r of report.results.filter((x) => x.status === 'failed')) {
    lines.push(`✗ ${r.title}`);
    for (const f of r.failures) lines.push(`    [${f.check}] ${f.message.split('\n').join('\n    ')}`);
  }
  // Checks that could not run are counted under their reason, not listed one by one.
  const notRun = new Map<string, number>();
  for (const r of report.results) if (r.status === 'skipped') notRun.set(r.skipped ?? '', (notRun.get(r.skipped ?? '') ?? 0) + 1);
  for (const [reason, n] of notRun) lines.push(`⊘ ${n} check(s) ${reason}`);
  lines.push(formatCounts(report.provenance.counts));
  const { unsourced } = report.provenance;
  if (unsourced.length > 0) {
    // A warning, not a failure: --strict-provenance turns it (and every modelled exchange) into one.
    lines.push(`⚠ ${unsourced.length} exchange(s) cite no source (add "source" to each; see CASSETTES.md, "Provenance"):`);
    for (const e of unsourced.slice(0, 20)) lines.push(`    ${formatEntry(e)}`);
    if (unsourced.length > 20) lines.push(`    … and ${unsourced.length - 20} more (the JSON report lists them all)`);
  }
  lines.push(`${report.passed} passed, ${report.failed} failed, ${report.bypassed} bypassed${report.skipped > 0 ? `, ${report.skipped} not run` : ''} (${report.durationMs} ms)`);
  return lines.join('\n');
}

/** JUnit XML for CI systems. */
export function toJUnit(report: ConformanceReport): string {
  const name = esc(`registrar conformance: ${report.plugin.id ?? report.plugin.dir}`);
  const cases = report.results.map((r) => {
    const attrs = `name="${esc(r.title)}" classname="${esc(r.operation ?? 'plugin')}" time="${(r.durationMs / 1000).toFixed(3)}"`;
    if (r.status === 'bypassed') return `    <testcase ${attrs}><skipped message="${esc(`bypassed: ${r.bypass ?? ''}`)}"/></testcase>`;
    if (r.status === 'skipped') return `    <testcase ${attrs}><skipped message="${esc(r.skipped ?? 'not run')}"/></testcase>`;
    if (r.status === 'failed') return `    <testcase ${attrs}><failure message="${esc(r.failures[0]?.message.split('\n')[0] ?? 'failed')}">${esc(r.failures.map((f) => `[${f.check}] ${f.message}`).join('\n'))}</failure></testcase>`;
    return `    <testcase ${attrs}/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites tests="${report.results.length}" failures="${report.failed}" skipped="${report.bypassed + report.skipped}" time="${(report.durationMs / 1000).toFixed(3)}">`,
    `  <testsuite name="${name}" tests="${report.results.length}" failures="${report.failed}" skipped="${report.bypassed + report.skipped}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
