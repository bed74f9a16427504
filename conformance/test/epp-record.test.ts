import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEppXml, EPP_NS } from '@registrar-kit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordCassettes, runConformance, type Cassette } from '../src/index.js';
import { EPP_REPLAY_SERVER_NAME, EppReplayServer } from '../src/epp-server.js';
import { classifyFrame, DEFAULT_GREETING, eppResult, eppSession } from '../src/epp-session.js';

const pluginDir = fileURLToPath(new URL('./fixtures/epp-good', import.meta.url));
const REAL_PW = 'live-epp-Pw/42';
let echoPassword = false;
let live: EppReplayServer;
let logins = 0;

// A stand-in for a registry's EPP test system, on loopback with its own certificate.
beforeAll(async () => {
  live = await EppReplayServer.start();
  live.use(
    eppSession({
      greeting: DEFAULT_GREETING,
      checkLogin: (clID, pw) => {
        logins++;
        return clID === 'ClientX' && pw === REAL_PW ? undefined : 'bad credentials';
      },
      command: (xml, conn) => {
        const frame = classifyFrame(xml);
        const clTRID = frame.kind === 'command' ? frame.clTRID : undefined;
        if (!xml.includes('>example.com<')) return conn.send(eppResult(2303, 'Object does not exist', clTRID));
        conn.send(
          buildEppXml({
            epp: {
              '@_xmlns': EPP_NS.epp,
              response: {
                result: { '@_code': '1000', msg: 'Command completed successfully' },
                resData: {
                  'domain:infData': {
                    '@_xmlns:domain': EPP_NS.domain,
                    'domain:name': 'example.com',
                    'domain:roid': 'EXAMPLE1-REP',
                    'domain:status': { '@_s': 'ok' },
                    'domain:exDate': '2005-04-03T22:00:00.0Z',
                    ...(echoPassword ? { 'domain:authInfo': { 'domain:pw': REAL_PW } } : {}),
                  },
                },
                trID: { clTRID, svTRID: 'LIVE-1' },
              },
            },
          }),
        );
      },
    }),
  );
});
afterAll(() => live.close());

const target = (): { host: string; port: number; tls: { ca: string; servername: string } } => ({ host: '127.0.0.1', port: live.port, tls: { ca: live.ca, servername: EPP_REPLAY_SERVER_NAME } });

describe('record mode for EPP plugins', () => {
  it('records command frames with {{clTRID}}, never the login, and the recording replays green', async () => {
    echoPassword = false;
    logins = 0;
    const outDir = mkdtempSync(join(tmpdir(), 'rk-epp-record-'));
    const result = await recordCassettes({ pluginDir, epp: target(), settings: { host: 'epp.registry.test', clientId: 'ClientX', password: REAL_PW }, outDir });
    expect(result.refused).toEqual([]);
    expect(logins).toBeGreaterThan(0);
    const text = readFileSync(join(outDir, 'info', 'success.json'), 'utf8');
    expect(text).not.toContain(REAL_PW);
    expect(text).not.toContain('<login>');
    const cassette = JSON.parse(text) as Cassette;
    const exchange = cassette.steps[0]!.exchanges![0]!;
    if (!('epp' in exchange)) throw new Error('expected an epp exchange');
    expect(exchange.epp.request).toContain('<clTRID>{{clTRID}}</clTRID>');
    expect(exchange.epp.response).toContain('<svTRID>LIVE-1</svTRID>');
    expect(exchange.epp.response).toContain('<clTRID>{{clTRID}}</clTRID>');
    expect(exchange.source).toMatchObject({ url: 'https://www.rfc-editor.org/rfc/rfc5731' });
    expect(cassette.epp?.greeting).toContain('<greeting>');
    expect(cassette.settings).toMatchObject({ password: '{{secret:password}}' });
    expect(cassette.description).toMatch(/recorded against EPP 127\.0\.0\.1:\d+/);
    const report = await runConformance({ pluginDir, cassettes: outDir });
    expect(report.results.filter((r) => r.status === 'failed').map((r) => ({ title: r.title, failures: r.failures }))).toEqual([]);
  }, 30_000);

  it('refuses a cassette in which the server echoes the password', async () => {
    echoPassword = true;
    const outDir = mkdtempSync(join(tmpdir(), 'rk-epp-record-'));
    const result = await recordCassettes({ pluginDir, epp: target(), settings: { host: 'epp.registry.test', clientId: 'ClientX', password: REAL_PW }, outDir });
    expect(result.written).toEqual([]);
    expect(result.refused).toContainEqual({ file: join('info', 'success.json'), reason: expect.stringContaining('the secret setting "password" is echoed in the EPP server\'s answer (step 1 exchange 1)') as string });
  }, 30_000);
});
