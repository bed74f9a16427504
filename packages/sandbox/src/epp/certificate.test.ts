// TLS client authentication on the sandbox's EPP server, driven by raw node:tls clients: the
// certificate it issued opens a session, no certificate or one from another CA does not.
import { connect } from 'node:tls';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EppFrameDecoder } from '@registrar-kit/sdk';
import { startSandbox, type Sandbox } from '../sandbox.js';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ only: ['epp'], epp: { requireClientCertificate: true } });
});
afterAll(async () => {
  await sandbox?.close();
});

/** Connects and resolves with the first frame (the greeting), or with the error that ended the connection. */
function firstFrame(identity: { cert?: string; key?: string }): Promise<{ frame?: string; error?: string }> {
  const ep = sandbox.endpoints.epp!;
  return new Promise((resolve) => {
    const socket = connect({ host: ep.host, port: ep.port, ca: ep.ca, ...identity });
    const decoder = new EppFrameDecoder();
    socket.on('data', (chunk: Buffer) => {
      const [frame] = decoder.push(chunk);
      if (frame === undefined) return;
      socket.destroy();
      resolve({ frame });
    });
    socket.on('error', (error: Error & { code?: string }) => resolve({ error: error.code ?? error.message }));
    socket.on('close', () => resolve({ error: 'closed' }));
  });
}

const refusals = (): string[] => sandbox.journal.filter((e) => e.summary.startsWith('TLS handshake refused')).map((e) => e.summary);

describe('sandbox EPP server with requireClientCertificate', () => {
  it('greets a client presenting the certificate it issued', async () => {
    const ep = sandbox.endpoints.epp!;
    const result = await firstFrame({ cert: ep.cert!, key: ep.key! });
    expect(result.frame).toContain('<greeting>');
  });

  it('refuses a client without a certificate during the handshake, before any greeting, and journals it', async () => {
    const before = refusals().length;
    const result = await firstFrame({});
    expect(result.frame).toBeUndefined();
    expect(result.error).toBe('ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED');
    await expect.poll(() => refusals().length).toBe(before + 1);
  });

  it('refuses a self-signed client certificate its CA did not issue: closed before any greeting', async () => {
    const stranger = await generate([{ name: 'commonName', value: 'registrar-kit' }], { keyType: 'ec', algorithm: 'sha256', extensions: [{ name: 'extKeyUsage', clientAuth: true }] });
    const before = refusals().length;
    const result = await firstFrame({ cert: stranger.cert, key: stranger.private });
    expect(result.frame).toBeUndefined();
    await expect.poll(() => refusals().slice(before)).toEqual([expect.stringMatching(/^TLS handshake refused: .*(self.signed|unable to verify|issuer)/i)]);
  });

  it('issues nothing when client certificates are not required', async () => {
    const plain = await startSandbox({ only: ['epp'] });
    try {
      expect(plain.endpoints.epp).not.toHaveProperty('cert');
      expect(plain.endpoints.epp).not.toHaveProperty('key');
    } finally {
      await plain.close();
    }
  });
});
