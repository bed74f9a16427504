import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatReport, runConformance, toJUnit, type ConformanceReport } from '../src/index.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../tests/fixtures/${name}`, import.meta.url));
const goodCassettes = fixture('conformance-good/cassettes');

function failedChecks(report: ConformanceReport): { title: string; check: string; messages: string[] }[] {
  return report.results.filter((r) => r.status === 'failed').map((r) => ({ title: r.title, check: r.check, messages: r.failures.map((f) => `[${f.check}] ${f.message}`) }));
}

describe('the conformance suite on a correct plugin', () => {
  it('passes every check', async () => {
    const report = await runConformance({ pluginDir: fixture('conformance-good') });
    expect(failedChecks(report)).toEqual([]);
    expect(report.passed).toBe(report.results.length);
    const titles = report.results.map((r) => r.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'register: scenario taken replays',
        'transfer: completes as declared (poll)',
        'renew: unsupported, refuses without traffic',
        'info: fault-timeout becomes a registrar error',
        'register: fault-malformed-body becomes a registrar error',
      ]),
    );
    expect(formatReport(report, { register: { mode: 'auto', completion: 'sync' } })).toMatch(/register\s+auto\s+sync\s+\d+\s+0/);
    expect(toJUnit(report)).toContain('failures="0"');
  });
});

describe('the conformance suite fails broken plugins with a message an author can act on', () => {
  it('a plugin that lies in its manifest (transfer declared sync, answers pending)', async () => {
    const report = await runConformance({ pluginDir: fixture('conformance-lies'), cassettes: goodCassettes });
    const failures = failedChecks(report);
    expect(failures.map((f) => f.title)).toContain('transfer: completes as declared (sync)');
    expect(failures.find((f) => f.check === 'completion')?.messages.join()).toMatch(/transfer is declared sync but scenario \S+ (finished through poll|left it pending)/);
  });

  it('a plugin that makes an unrecorded request', async () => {
    const report = await runConformance({ pluginDir: fixture('conformance-unrecorded'), cassettes: goodCassettes });
    const messages = failedChecks(report).flatMap((f) => f.messages);
    expect(messages.some((m) => m.startsWith('[unrecorded-requests]') && m.includes('GET https://api.conf.test/v1/domains/example.com/check'))).toBe(true);
  });

  it('a plugin that swallows a registrar error', async () => {
    const report = await runConformance({ pluginDir: fixture('conformance-swallow'), cassettes: goodCassettes });
    const failures = failedChecks(report);
    expect(failures.map((f) => f.title)).toEqual(['register: scenario taken replays']);
    expect(failures[0]!.messages[0]).toContain('expected failed NOT_AVAILABLE, got done');
  });

  it('a plugin that leaks a secret in an error message', async () => {
    const report = await runConformance({ pluginDir: fixture('conformance-leak'), cassettes: goodCassettes });
    const messages = failedChecks(report).flatMap((f) => f.messages);
    expect(messages.some((m) => m.startsWith('[secrets]') && m.includes('the secret setting "apiKey" appears'))).toBe(true);
    expect(messages.join('\n')).not.toMatch(/SENTINEL-apiKey-[0-9a-f]{12}/);
  });

  it('a plugin that leaks a secret base64-encoded (an HTTP Basic header in its error)', async () => {
    const report = await runConformance({ pluginDir: fixture('conformance-leak64'), cassettes: goodCassettes });
    const messages = failedChecks(report).flatMap((f) => f.messages);
    expect(messages.some((m) => m.startsWith('[secrets]') && m.includes('the secret setting "apiKey" appears (in some encoding)'))).toBe(true);
    expect(messages.join('\n')).not.toMatch(/U0VOVElORUw/);
  });

  it('a plugin whose handler never answers fails as a hang, and the run still ends', async () => {
    const report = await runConformance({ pluginDir: fixture('conformance-hang'), cassettes: goodCassettes, stepTimeoutMs: 200 });
    const failures = failedChecks(report);
    expect(failures.map((f) => f.title)).toEqual(expect.arrayContaining(['info: scenario success replays']));
    expect(failures.flatMap((f) => f.messages).join('\n')).toMatch(/info\(\) did not finish within 200 ms \(a hang\)/);
  });

  it('a plugin whose answer the host would refuse (a BigInt in the result) fails with the host\'s reason', async () => {
    const report = await runConformance({ pluginDir: fixture('conformance-malformed'), cassettes: goodCassettes });
    const messages = failedChecks(report).flatMap((f) => f.messages).join('\n');
    expect(messages).toMatch(/the host would refuse this answer: info\(\) answered something the host refuses: the outcome \/result\/serial is a BigInt/);
  });

  it('a plugin that sends traffic for an unsupported operation', async () => {
    const report = await runConformance({ pluginDir: fixture('conformance-unsupported-traffic'), cassettes: goodCassettes });
    const failures = failedChecks(report);
    expect(failures.map((f) => f.title)).toEqual(['renew: unsupported, refuses without traffic']);
    expect(failures[0]!.messages[0]).toContain('renew is declared unsupported but the plugin sent POST https://api.conf.test/v1/renewals');
  });

  it('a scenario whose recording the plugin does not use up (a skipped step) fails', async () => {
    const { mkdtempSync, cpSync, readFileSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'rk-cassettes-'));
    cpSync(goodCassettes, dir, { recursive: true });
    const file = join(dir, 'info/success.json');
    const cassette = JSON.parse(readFileSync(file, 'utf8'));
    cassette.steps[0].exchanges.push({ http: { request: { method: 'GET', url: 'https://api.conf.test/v1/domains/example.com/lock' }, response: { status: 200, body: {} } } });
    writeFileSync(file, JSON.stringify(cassette));
    const report = await runConformance({ pluginDir: fixture('conformance-good'), cassettes: dir });
    const messages = failedChecks(report).flatMap((f) => f.messages);
    expect(messages).toEqual(['[unused-exchanges] step 1: the plugin skipped a step: 1 recorded exchange(s) were not used (next: GET https://api.conf.test/v1/domains/example.com/lock)']);
  });

  it('an invalid cassette is reported with its file and JSON path', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'rk-cassettes-'));
    mkdirSync(join(dir, 'info'));
    writeFileSync(join(dir, 'info/broken.json'), JSON.stringify({ cassetteVersion: 1, operation: 'info', scenario: 'broken', kind: 'sometimes', steps: [] }));
    const report = await runConformance({ pluginDir: fixture('conformance-good'), cassettes: dir });
    const manifestCheck = report.results.find((r) => r.check === 'manifest');
    expect(manifestCheck?.status).toBe('failed');
    expect(manifestCheck?.failures.map((f) => f.message).join('\n')).toMatch(/info\/broken\.json \/kind: must be one of/);
  });
});

describe('transient faults must be answered as retryable', () => {
  it('a plugin that answers a registrar HTTP 500 as final (retryable false) fails fault-500, and only that', async () => {
    const report = await runConformance({ pluginDir: fixture('conformance-fatal-500'), cassettes: goodCassettes });
    const failures = failedChecks(report);
    expect(failures.map((f) => f.title)).toEqual(['register: fault-500 becomes a registrar error', 'transfer: fault-500 becomes a registrar error', 'info: fault-500 becomes a registrar error']);
    expect(failures[0]!.messages).toEqual(['[fault-500] register: fault-500 gave REMOTE with retryable=false; expected retryable=true (a transient fault: the host must be told to try again)']);
  });
});

describe('a plugin that does not load', () => {
  it('fails the manifest check once, tagged [manifest], and skips the rest with one counted line', async () => {
    const report = await runConformance({ pluginDir: fixture('conformance-noload'), cassettes: goodCassettes });
    expect(report.failed).toBe(1);
    expect(report.passed).toBe(0);
    expect(report.skipped).toBe(report.results.length - 1);
    const manifest = report.results.find((r) => r.check === 'manifest')!;
    expect(manifest.failures.map((f) => f.check)).toEqual(['manifest']);
    expect(manifest.failures[0]!.message).toMatch(/ENTRY_INVALID .*fails to load on purpose/);
    const text = formatReport(report);
    expect(text.match(/did not load/g)).toHaveLength(1);
    expect(text).toContain(`⊘ ${report.skipped} check(s) not run: the plugin did not load (see "manifest and cassettes are valid")`);
    expect(text).not.toContain('[scenarios]');
    expect(text).toMatch(/0 passed, 1 failed, 0 bypassed, \d+ not run/);
    expect(toJUnit(report)).toContain(`skipped="${report.skipped}"`);
  });
});

describe('a request that matches no recording', () => {
  it('is reported once with its diff, and the step says so instead of blaming the network', async () => {
    const report = await runConformance({ pluginDir: fixture('conformance-unrecorded'), cassettes: goodCassettes });
    const messages = failedChecks(report).find((f) => f.title === 'register: scenario success replays')!.messages;
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^\[unrecorded-requests\] the plugin made a request that differs from the recording: GET .*\/check\n--- recorded\nPOST /);
    expect(messages[1]).toBe("[scenarios] step 1: the plugin's request matched no recording (see above)");
    expect(messages.join('\n')).not.toContain('Could not reach the registrar');
  });
});

describe('customer-facing messages never name the registrar', () => {
  it('a plugin answering "ConfReg said: taken" (its manifest name) fails every registrar-error scenario', async () => {
    const report = await runConformance({ pluginDir: fixture('conformance-names-registrar'), cassettes: goodCassettes });
    const failures = failedChecks(report);
    expect(failures.map((f) => f.title)).toEqual(['register: scenario taken replays', 'transfer: scenario bad-auth-code replays', 'info: scenario not-found replays']);
    expect(failures[0]!.messages).toEqual([
      '[scenarios] step 1 (register): the customer-facing message "ConfReg said: taken" names the registrar ("ConfReg"); say what happened without naming it, and put registrar names in the error\'s detail (operator-facing)',
    ]);
  });

  it('matches the name, the id and the allowed hosts case-insensitively, and reads only the message', async () => {
    const { registrarNames, namedInMessage } = await import('../src/customer-message.js');
    const names = registrarNames({ id: 'resellerclub', name: 'ResellerClub (LogicBoxes API)', network: { allowedHosts: ['*.resellerclub.com', 'test.httpapi.com'] } } as never);
    const failedWith = (message: string, detail?: string) => ({ status: 'failed', error: { code: 'REMOTE', message, retryable: false, ...(detail === undefined ? {} : { detail }) } }) as never;
    expect(namedInMessage(failedWith('RESELLERCLUB said: no'), names)).toBe('ResellerClub');
    expect(namedInMessage(failedWith('see test.httpapi.com'), names)).toBe('test.httpapi.com');
    expect(namedInMessage(failedWith('The registrar refused the request', 'ResellerClub said: no'), names)).toBeUndefined();
    expect(namedInMessage({ status: 'done', result: {} } as never, names)).toBeUndefined();
  });
});

describe('the README fault table', () => {
  it('lists the codes and the retryable requirement the suite enforces for each fault', async () => {
    const { readFileSync } = await import('node:fs');
    const { FAULT_EXPECTATIONS } = await import('../src/faults.js');
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const [fault, want] of Object.entries(FAULT_EXPECTATIONS)) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${fault}\` | `))?.split(' | ');
      expect(row, fault).toBeDefined();
      expect(row![2]!.replace(/\(.*\)/, '').split(',').map((c) => c.trim()), fault).toEqual(want.codes);
      expect(row![3], fault).toBe(want.retryable === undefined ? 'either' : `\`${want.retryable}\``);
    }
  });
});
