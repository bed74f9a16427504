// What a newcomer runs: `registrar-kit demo --fast --json` as a child process (the built binary,
// as npm would install it), checked against every behaviour the source documents describe.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../../packages/cli/bin/registrar-kit.js', import.meta.url));
const built = fileURLToPath(new URL('../../../packages/cli/dist/main.js', import.meta.url));

interface Report {
  ok: boolean;
  seconds: number;
  scenes: { id: string; ok: boolean; error?: string }[];
  domains: { name: string; status: string; plugin: string; expiresAt: string | null; lastError: { code: string; registrarCode?: string } | null }[];
  log: { kind: string; level: string; message: string; domain: string | null; registrarCode: string | null }[];
  registrarCalls: { registrar: string; kind: string; summary: string }[];
  secretsInLog: string[];
  store: string;
}

let dir: string;
let report: Report;
let exitCode: number;

beforeAll(async () => {
  if (!existsSync(built)) throw new Error('packages/cli is not built: run `pnpm build` (pnpm test does it first)');
  dir = mkdtempSync(join(tmpdir(), 'rk-demo-'));
  const run = promisify(execFile);
  try {
    const { stdout } = await run(process.execPath, [bin, 'demo', '--fast', '--json', '--dir', dir], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
    exitCode = 0;
    report = JSON.parse(stdout) as Report;
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    exitCode = e.code ?? -1;
    if (e.stdout === undefined || e.stdout === '') throw new Error(`the demo printed no report: ${e.stderr ?? String(error)}`);
    report = JSON.parse(e.stdout) as Report;
  }
}, 70_000);
afterAll(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

const domain = (name: string) => report.domains.find((d) => d.name === name);

describe('registrar-kit demo --fast --json', () => {
  it('exits 0 with every step passing', () => {
    expect(report.scenes.filter((s) => !s.ok)).toEqual([]);
    expect(report.scenes.map((s) => s.id)).toEqual([
      'onamae-instant',
      'order-payment',
      'internetx-mail',
      'r01-client-then-domain',
      'soap-batch',
      'manual-renewal',
      'internetx-renewal-refused',
      'failed-registration',
      'sync',
      'epp-queue',
      'soap-account',
    ]);
    expect(report.ok).toBe(true);
    expect(exitCode).toBe(0);
  });

  it('ends with every domain in its documented state', () => {
    expect(Object.fromEntries(report.domains.map((d) => [d.name, `${d.plugin}:${d.status}`]))).toEqual({
      'instant-demo.com': 'onamae:registered',
      'shop-demo.com': 'onamae:registered',
      'mailed-demo.de': 'inx:registered',
      'first-demo.ru': 'r01:registered',
      'second-demo.ru': 'r01:registered',
      'batch-demo.fr': 'netim:registered',
      'moving-demo.fr': 'netim:registered',
      'taken-demo.com': 'onamae:error',
      'leaving-demo.de': 'inx:transferred-away',
      'pending-demo.org': 'registry:registered',
      'moving-demo.org': 'registry:registered',
      'panel-demo.fr': 'netim:registered',
      'lapsed-demo.fr': 'netim:registered',
    });
    expect(domain('taken-demo.com')?.lastError).toMatchObject({ code: 'NOT_AVAILABLE', registrarCode: '2001' });
    expect(domain('instant-demo.com')?.expiresAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    // InterNetX confirms by mail without a date: the host's follow-up info filled it, and the sync a
    // year later read the registrar's own renewal.
    expect(domain('mailed-demo.de')?.expiresAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(report.log.some((e) => e.domain === 'mailed-demo.de' && e.kind === 'sync' && e.message.includes('expiresAt'))).toBe(true);
  });

  it('the Action Log explains each step: the failure, the order, the mail, the manual task, the refusal', () => {
    const failure = report.log.find((e) => e.domain === 'taken-demo.com' && e.kind === 'plugin-call');
    expect(failure).toMatchObject({ level: 'error', registrarCode: '2001' });
    expect(failure?.message).toContain('NOT_AVAILABLE');
    expect(report.log.some((e) => e.kind === 'order' && e.message === 'order order-1001 paid')).toBe(true);
    expect(report.log.filter((e) => e.kind === 'inbound').map((e) => e.domain)).toEqual(expect.arrayContaining(['mailed-demo.de', 'first-demo.ru']));
    expect(report.log.some((e) => e.domain === 'shop-demo.com' && e.kind === 'manual-task')).toBe(true);
    expect(report.log.find((e) => e.domain === 'mailed-demo.de' && e.kind === 'refusal')?.message).toContain('renewed-by-registrar');
  });

  it('the registrars saw exactly the documented traffic', () => {
    const calls = (registrar: string) => report.registrarCalls.filter((c) => c.registrar === registrar).map((c) => c.summary);
    // SOAP: batch polling, never one queryOpe per operation, then the auth-code reset.
    expect(calls('soap').filter((s) => s.startsWith('queryOpePending')).length).toBeGreaterThanOrEqual(1);
    expect(calls('soap').some((s) => s.startsWith('domainAuthID'))).toBe(true);
    // R01: one client for the customer, so NEW PERSON went out once for two registrations.
    const requests = report.registrarCalls.filter((c) => c.registrar === 'r01ru' && c.kind === 'mail-in').map((c) => c.summary);
    expect(requests.filter((s) => s.startsWith('NEW PERSON'))).toHaveLength(1);
    expect(requests.filter((s) => s.startsWith('NEW DOMAIN'))).toHaveLength(2);
    // InterNetX: nothing was sent for the refused renewal (the registrar renewed by itself, a year later in the sync scene).
    expect(report.registrarCalls.filter((c) => c.registrar === 'internetx' && c.kind === 'request').some((c) => /renew/i.test(c.summary))).toBe(false);
    expect(calls('internetx').some((s) => /mailed-demo\.de renewed by the registrar/.test(s))).toBe(true);
    // EPP: the pending registration and transfer were completed from the message queue (poll req, then ack).
    expect(calls('epp')).toEqual(expect.arrayContaining(['domain:create pending-demo.org → 1001', 'domain:transfer op=request moving-demo.org → 1001']));
    expect(calls('epp').filter((s) => /^poll ack \d+ → 1000$/.test(s)).length).toBeGreaterThanOrEqual(2);
    // SOAP account: the portfolio and price list read, a child name server created, a deleted domain restored.
    expect(calls('soap')).toEqual(
      expect.arrayContaining([
        // batch-demo.fr and moving-demo.fr (scene 5), panel-demo.fr and lapsed-demo.fr (the control panel's)
        'queryDomainList → 4 domains',
        expect.stringMatching(/^domainPriceList → \d+ TLDs$/),
        expect.stringMatching(/^hostCreate ns1\.panel-demo\.fr → DONE \d+$/),
        expect.stringMatching(/^domainDelete lapsed-demo\.fr → DONE \d+$/),
        expect.stringMatching(/^domainRestore lapsed-demo\.fr → DONE \d+ \(restored\)$/),
      ]),
    );
  });

  it('keeps every secret out of the Action Log and the registrar journal, and leaves its store for the read commands', () => {
    expect(report.secretsInLog).toEqual([]);
    expect(existsSync(report.store)).toBe(true);
  });

  it('finishes well within 20 s', () => {
    expect(report.seconds).toBeLessThan(20);
  });
});
