#!/usr/bin/env node
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport, toJUnit } from './report.js';
import { recordCassettes, type RecordOptions } from './record.js';
import { runConformance } from './suite.js';

const USAGE = `usage: registrar-conformance [pluginDir] [--cassettes dir] [--reporter text|json|junit] [--output file] [--strict-provenance]
       registrar-conformance [pluginDir] --record --endpoint URL --settings settings.json [--output dir]
       registrar-conformance [pluginDir] --record --epp-endpoint host:port [--epp-ca ca.pem] [--epp-servername name] --settings settings.json [--output dir]

Runs the registrar-kit conformance suite against the plugin package in pluginDir (default: .),
prints the capability report, and exits 1 when any check fails. The report counts the recorded
exchanges that cite a public reference, are modelled, or cite nothing; --strict-provenance also
fails the run on every modelled or unsourced exchange, naming its cassette and step. With --record, plays the
cassettes' steps against a live endpoint (HTTP, or an EPP server with --epp-endpoint) and writes new cassettes with every secret replaced by
its placeholder (refusing any cassette in which a secret still appears).`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        cassettes: { type: 'string' },
        reporter: { type: 'string', default: 'text' },
        output: { type: 'string' },
        settings: { type: 'string' },
        record: { type: 'boolean' },
        endpoint: { type: 'string' },
        'epp-endpoint': { type: 'string' },
        'epp-ca': { type: 'string' },
        'epp-servername': { type: 'string' },
        'strict-provenance': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`registrar-conformance: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!['text', 'json', 'junit'].includes(values.reporter ?? 'text')) {
    process.stderr.write(`registrar-conformance: unknown reporter "${values.reporter}": use text, json or junit\n`);
    return 2;
  }
  const pluginDir = resolve(positionals[0] ?? '.');
  let settings: Record<string, unknown> | undefined;
  if (values.settings !== undefined) settings = JSON.parse(readFileSync(values.settings, 'utf8')) as Record<string, unknown>;
  if (values.record === true) {
    if ((values.endpoint === undefined && values['epp-endpoint'] === undefined) || settings === undefined) {
      process.stderr.write('registrar-conformance: --record needs --endpoint URL (or --epp-endpoint host:port) and --settings file (the real settings, secrets included)\n');
      return 2;
    }
    let epp: RecordOptions['epp'];
    if (values['epp-endpoint'] !== undefined) {
      const m = /^(.+):(\d+)$/.exec(values['epp-endpoint']);
      if (m === null) {
        process.stderr.write('registrar-conformance: --epp-endpoint is host:port (e.g. epp.registry.example:700)\n');
        return 2;
      }
      const tls = {
        ...(values['epp-ca'] === undefined ? {} : { ca: readFileSync(values['epp-ca'], 'utf8') }),
        ...(values['epp-servername'] === undefined ? {} : { servername: values['epp-servername'] }),
      };
      epp = { host: m[1]!.replace(/^\[|\]$/g, ''), port: Number(m[2]), tls };
    }
    const recorded = await recordCassettes({ pluginDir, ...(values.endpoint === undefined ? {} : { endpoint: values.endpoint }), ...(epp === undefined ? {} : { epp }), settings, ...(values.cassettes === undefined ? {} : { cassettes: resolve(values.cassettes) }), ...(values.output === undefined ? {} : { outDir: resolve(values.output) }) });
    for (const file of recorded.written) process.stdout.write(`recorded ${file}\n`);
    for (const r of recorded.refused) process.stdout.write(`refused  ${r.file}: ${r.reason}\n`);
    return recorded.refused.length > 0 ? 1 : 0;
  }
  const report = await runConformance({
    pluginDir,
    ...(values.cassettes === undefined ? {} : { cassettes: resolve(values.cassettes) }),
    ...(settings === undefined ? {} : { settings }),
    ...(values['strict-provenance'] === true ? { strictProvenance: true } : {}),
  });
  let modes: Record<string, { mode: string; completion?: string }> = {};
  try {
    const manifest = JSON.parse(readFileSync(join(pluginDir, 'registrar-plugin.json'), 'utf8')) as { operations?: typeof modes; customOperations?: typeof modes };
    modes = { ...(manifest.operations ?? {}), ...(manifest.customOperations ?? {}) };
  } catch {
    // The manifest check in the report says what is wrong with it.
  }
  process.stdout.write(`${formatReport(report, modes)}\n`);
  if (values.reporter !== 'text') {
    const body = values.reporter === 'junit' ? toJUnit(report) : `${JSON.stringify(report, null, 2)}\n`;
    if (values.output === undefined) process.stdout.write(body);
    else writeFileSync(values.output, body);
  }
  return report.failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`registrar-conformance: ${(error as Error).message}\n`);
    process.exit(2);
  },
);
