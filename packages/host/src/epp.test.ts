import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { buildEppXml, encodeEppFrame, EppFrameDecoder, EPP_NS } from '@registrar-kit/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import type { Host } from './host.js';
import { baseConfig, fixture, startHost } from './test-support/harness.js';

const PASSWORD = 'epp-host-secret-9';
let host: Host | undefined;
let server: Server | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
  await new Promise((resolve) => (server === undefined ? resolve(undefined) : server.close(resolve)));
  server = undefined;
});

const tag = (xml: string, name: string): string | undefined => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];

/** A plain-TCP EPP server (the host's `epp.connect` option replaces TLS in this test). */
async function eppServer(frames: string[]): Promise<number> {
  server = createServer((socket: Socket) => {
    const send = (tree: Record<string, unknown>) => socket.write(encodeEppFrame(buildEppXml({ epp: { '@_xmlns': EPP_NS.epp, ...tree } })));
    send({ greeting: { svID: 'test', svcMenu: { version: '1.0', lang: 'en', objURI: EPP_NS.domain } } });
    const decoder = new EppFrameDecoder();
    socket.on('data', (chunk: Buffer) => {
      for (const xml of decoder.push(chunk)) {
        frames.push(xml);
        const trID = { clTRID: tag(xml, 'clTRID'), svTRID: 'SV-1' };
        if (xml.includes('<logout/>')) {
          send({ response: { result: { '@_code': '1500', msg: 'Command completed successfully; ending session' }, trID } });
          socket.end();
        } else if (xml.includes('<login>')) send({ response: { result: { '@_code': '1000', msg: 'Command completed successfully' }, trID } });
        else send({ response: { result: { '@_code': '1000', msg: 'Command completed successfully' }, resData: { 'domain:infData': { '@_xmlns:domain': EPP_NS.domain, 'domain:name': 'example.com' } }, trID } });
      }
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

describe('ctx.epp in the host', () => {
  it('gives each plugin instance an EPP client, and logs its sessions out when the host closes', async () => {
    const frames: string[] = [];
    const port = await eppServer(frames);
    ({ host } = await startHost(
      baseConfig({
        plugins: [{ name: 'registry', package: fixture('host-epp'), settings: { host: 'epp.registry.test', port: 700, clientId: 'ClientX', password: PASSWORD } }],
        connectors: [{ tld: 'com', plugin: 'registry' }],
      }),
      { epp: { connect: () => connect(port, '127.0.0.1') } },
    ));
    const outcome = await host.submit({ operation: 'info', input: { domain: 'example.com' } });
    expect(outcome.status).toBe('done');
    expect(frames.map((f) => (f.includes('<login>') ? 'login' : f.includes('domain:info') ? 'info' : 'other'))).toEqual(['login', 'info']);
    await host.close();
    host = undefined;
    expect(frames.at(-1)).toContain('<logout/>');
  });
});
