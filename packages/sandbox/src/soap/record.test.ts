// The SOAP registrar plugin's own cassettes recorded against the simulated Netim API and replayed:
// if the simulator and the cassettes drift apart (a reply part renamed on one side only, say), the
// recording no longer replays green.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordCassettes, runConformance } from '@registrar-kit/conformance';
import { startSandbox, type Sandbox } from '../sandbox.js';
import { createSoapSimulator } from './simulator.js';

const pluginDir = fileURLToPath(new URL('../../../../plugins/soap-registrar', import.meta.url));
const PASSWORD = 'sandbox-record-pass-55';
const SCENARIOS = ['checkAvailability/available.json', 'register/success.json'];
let sandbox: Sandbox;
let work: string;

beforeAll(async () => {
  sandbox = await startSandbox({ only: ['soap'], simulators: { soap: createSoapSimulator }, clock: { start: Date.parse('2026-05-01T08:00:00Z'), realNow: () => 0 } });
  work = mkdtempSync(join(tmpdir(), 'rk-record-soap-'));
  for (const file of SCENARIOS) {
    mkdirSync(join(work, 'source', file.split('/')[0]!), { recursive: true });
    cpSync(join(pluginDir, 'cassettes', file), join(work, 'source', file));
  }
});
afterAll(async () => {
  await sandbox?.close();
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe('the SOAP registrar cassettes recorded against the sandbox', () => {
  it('records the reply parts the simulator names per function, and never the password', async () => {
    const result = await recordCassettes({
      pluginDir,
      cassettes: join(work, 'source'),
      endpoint: sandbox.httpUrl,
      settings: { endpoint: 'https://api.netim.com/2.0/', resellerId: 'NR1234', password: PASSWORD, useResellerContactId: true, resellerContactId: 'NR1234-RC' },
      outDir: join(work, 'recorded'),
    });
    expect(result.refused).toEqual([]);
    expect(result.written).toHaveLength(SCENARIOS.length);
    const register = readFileSync(join(work, 'recorded', 'register', 'success.json'), 'utf8');
    expect(register).not.toContain(PASSWORD);
    expect(register).toContain('{{secret:password}}');
    expect(register).toContain('"soapaction": "https://api.netim.com/2.0/#domainCreate"');
    expect(register).toMatch(/<IDSession>[0-9a-f]{32}<\/IDSession><\/ns1:sessionOpenResponse>/);
    expect(register).toMatch(/<idContact>JD\d{3}<\/idContact>/);
    const check = readFileSync(join(work, 'recorded', 'checkAvailability', 'available.json'), 'utf8');
    // The cassette's cached session is unknown to the simulator: E02, a new session, the call resent.
    expect(check).toContain('<faultcode>E02</faultcode>');
    expect(check).toContain('<domainCheckResponseReturn SOAP-ENC:arrayType=\\"ns1:StructDomainCheckResponse[1]\\"');
  });

  it('the recorded cassettes replay green through the suite', async () => {
    const report = await runConformance({ pluginDir, cassettes: join(work, 'recorded') });
    const replayed = report.results.filter((r) => r.check === 'scenarios' && !r.title.includes('registrar-error scenario'));
    expect(replayed.length).toBeGreaterThanOrEqual(SCENARIOS.length);
    expect(replayed.filter((r) => r.status !== 'passed')).toEqual([]);
  });
});
