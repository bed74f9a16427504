// Issue 22 figures: EPP commands per second one session sustains against the sandbox's EPP
// registry (TLS on loopback, one connection, commands one after another as RFC 5734 requires of a
// session), and one full conformance run of the EPP plugin.
import { median, root } from './common.mjs';

const { startSandbox } = await import(new URL('../../packages/sandbox/dist/index.js', import.meta.url).href);
const { createEppClient, EPP_NS } = await import(new URL('../../packages/sdk/dist/index.js', import.meta.url).href);
const { runConformance } = await import(new URL('../../conformance/dist/index.js', import.meta.url).href);

const check = (name) => ({ verb: 'check', body: { 'domain:check': { '@_xmlns:domain': EPP_NS.domain, 'domain:name': name } } });
const info = (name) => ({ verb: 'info', body: { 'domain:info': { '@_xmlns:domain': EPP_NS.domain, 'domain:name': name } } });

/** Commands per second over `count` sequential commands on one logged-in session. */
async function rate(session, count, make) {
  const t = performance.now();
  for (let i = 0; i < count; i++) await session.command(make(i));
  return (count / (performance.now() - t)) * 1000;
}

export async function benchEpp({ runs = 5, commands = 1000, conformanceRuns = 5 } = {}) {
  const sandbox = await startSandbox({ only: ['epp'], clock: { realNow: () => 0 } });
  const ep = sandbox.endpoints.epp;
  const client = createEppClient();
  const session = client.session({ host: ep.host, port: ep.port, clientId: ep.clientId, password: ep.password, tls: { ca: ep.ca }, maxConnections: 1, keepAliveMs: 0 });
  const checks = [];
  const infos = [];
  let loginMs;
  try {
    const t = performance.now();
    await session.greeting();
    loginMs = performance.now() - t;
    await session.command({ verb: 'create', body: { 'contact:create': { '@_xmlns:contact': EPP_NS.contact, 'contact:id': 'BENCH-1', 'contact:postalInfo': { '@_type': 'int', 'contact:name': 'Bench Mark', 'contact:addr': { 'contact:city': 'Berlin', 'contact:cc': 'DE' } }, 'contact:email': 'bench@example.de', 'contact:authInfo': { 'contact:pw': 'bench-Pw-1' } } } });
    await session.command({ verb: 'create', body: { 'domain:create': { '@_xmlns:domain': EPP_NS.domain, 'domain:name': 'bench.example', 'domain:registrant': 'BENCH-1', 'domain:authInfo': { 'domain:pw': 'bench-Pw-2' } } } });
    await rate(session, 200, (i) => check(`warm-${i}.example`));
    for (let r = 0; r < runs; r++) {
      checks.push(await rate(session, commands, (i) => check(`free-${r}-${i}.example`)));
      infos.push(await rate(session, commands, () => info('bench.example')));
    }
  } finally {
    await client.close();
    await sandbox.close();
  }
  const times = [];
  let report;
  for (let i = 0; i < conformanceRuns; i++) {
    const t = performance.now();
    report = await runConformance({ pluginDir: `${root}plugins/epp` });
    times.push(performance.now() - t);
  }
  const scenarios = report.results.filter((r) => r.scenario !== undefined).length;
  const checkRate = Math.round(median(checks));
  const infoRate = Math.round(median(infos));
  const conformanceMs = Math.round(median(times));
  return {
    checkRate,
    infoRate,
    loginMs: Math.round(loginMs),
    conformanceMs,
    scenarios,
    checks: report.results.length,
    failed: report.failed,
    markdown: [
      '## EPP (issue 22)',
      '',
      '| what | figure |',
      '| --- | --- |',
      `| one EPP session (TLS on loopback, one connection) to the sandbox's EPP registry: \`domain:check\` one after another, ${commands} commands per run, median of ${runs} runs | ${checkRate.toLocaleString('en')} commands/s |`,
      `| the same with \`domain:info\` (a larger answer: statuses, name servers, dates, authInfo) | ${infoRate.toLocaleString('en')} commands/s |`,
      `| connect, TLS handshake, greeting and login of that session | ${Math.round(loginMs)} ms |`,
      `| full conformance suite for plugin-epp: ${scenarios} scenarios, ${report.results.length} checks (incl. the EPP faults per auto operation), median of ${conformanceRuns} runs | ${conformanceMs} ms, ${report.failed} failed |`,
      '',
      'Both ends run in this one process and share its event loop; a session sends one command and waits for its answer, so the rate is a round-trip figure (a registry across a network is bound by its latency instead).',
    ],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchEpp();
  console.log(JSON.stringify(result, (key, value) => (key === 'markdown' ? undefined : value), 2));
  console.log(result.markdown.join('\n'));
}
