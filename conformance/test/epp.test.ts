import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runConformance, type ConformanceReport } from '../src/index.js';

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const goodCassettes = fixture('epp-good/cassettes');

function failed(report: ConformanceReport): { title: string; messages: string[] }[] {
  return report.results.filter((r) => r.status === 'failed').map((r) => ({ title: r.title, messages: r.failures.map((f) => `[${f.check}] ${f.message}`) }));
}

describe('conformance for EPP plugins', () => {
  it('passes a correct EPP plugin: replay over TLS, login checked, EPP faults', async () => {
    const report = await runConformance({ pluginDir: fixture('epp-good') });
    expect(failed(report)).toEqual([]);
    const titles = report.results.map((r) => r.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'info: scenario success replays',
        'info: scenario not-found replays',
        'info: fault-reset (EPP connection reset mid-frame) becomes a registrar error',
        'info: fault-timeout (EPP greeting timeout) becomes a registrar error',
        'info: fault-503 (EPP 2502 session limit) becomes a registrar error',
        'info: fault-500 (EPP 2400 then a closed connection) becomes a registrar error',
      ]),
    );
    expect(titles.some((t) => t.includes('fault-empty-body'))).toBe(false);
    expect(report.provenance.counts).toMatchObject({ documented: 2, unsourced: 0 });
  }, 30_000);

  it('fails a plugin that sends a different frame, with a line diff', async () => {
    const report = await runConformance({ pluginDir: fixture('epp-wrong-frame'), cassettes: goodCassettes });
    const messages = failed(report).flatMap((f) => f.messages).join('\n');
    expect(messages).toContain('[unrecorded-requests] the plugin sent an EPP command that differs from the recording: EPP info domain:info');
    expect(messages).toMatch(/- +<\{urn:ietf:params:xml:ns:domain-1\.0\}name hosts="all">example\.com/);
    expect(messages).toMatch(/\+ +<\{urn:ietf:params:xml:ns:domain-1\.0\}name hosts="del">example\.com/);
  }, 30_000);

  it('fails a plugin that leaves a recorded EPP exchange unused', async () => {
    const report = await runConformance({ pluginDir: fixture('epp-skip'), cassettes: goodCassettes });
    const messages = failed(report).flatMap((f) => f.messages).join('\n');
    expect(messages).toContain('[unused-exchanges] step 1: the plugin skipped a step: 1 recorded exchange(s) were not used (next: EPP info domain:info)');
  }, 30_000);

  it('fails a plugin that leaks its EPP password, without printing it', async () => {
    const report = await runConformance({ pluginDir: fixture('epp-leak'), cassettes: goodCassettes });
    const messages = failed(report).flatMap((f) => f.messages);
    expect(messages.some((m) => m.startsWith('[secrets]') && m.includes('the secret setting "password" appears'))).toBe(true);
    expect(messages.join('\n')).not.toMatch(/SENTINEL-password-[0-9a-f]{12}/);
  }, 30_000);

  it('fails a plugin that reports the EPP faults as final errors, fault by fault', async () => {
    const report = await runConformance({ pluginDir: fixture('epp-final'), cassettes: goodCassettes });
    const failures = failed(report);
    expect(failures.map((f) => f.title).sort()).toEqual([
      'info: fault-500 (EPP 2400 then a closed connection) becomes a registrar error',
      'info: fault-503 (EPP 2502 session limit) becomes a registrar error',
      'info: fault-reset (EPP connection reset mid-frame) becomes a registrar error',
      'info: fault-timeout (EPP greeting timeout) becomes a registrar error',
    ]);
    const messages = failures.flatMap((f) => f.messages).join('\n');
    expect(messages).toContain('info: fault-reset (EPP connection reset mid-frame) gave TRANSPORT with retryable=false; expected retryable=true');
    expect(messages).toContain('info: fault-503 (EPP 2502 session limit) gave REMOTE with retryable=false');
  }, 30_000);

  it('fails a plugin that logs in as someone else', async () => {
    const report = await runConformance({ pluginDir: fixture('epp-bad-login'), cassettes: goodCassettes });
    const messages = failed(report).flatMap((f) => f.messages).join('\n');
    expect(messages).toContain('the plugin logged in to EPP as "intruder"; the recording expects "ClientX"');
  }, 30_000);
});
