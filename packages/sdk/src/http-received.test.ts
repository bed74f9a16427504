import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { isRegistrarError, type RegistrarError } from './errors.js';
import { createHttpClient } from './http.js';

// Real loopback sockets (no request interception): whether the registrar got the request is
// decided by what happened on the wire.

const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise<void>((resolve) => s.close(() => resolve()));
});

async function listen(onSocket: (socket: Socket) => void): Promise<number> {
  const server = createServer(onSocket);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

async function failure(promise: Promise<unknown>): Promise<RegistrarError> {
  try {
    await promise;
  } catch (error) {
    if (isRegistrarError(error)) return error;
    throw error;
  }
  throw new Error('expected a RegistrarError');
}

const client = createHttpClient({ timeoutMs: 5_000 });

describe('http client: was the request received?', () => {
  it('says the registrar did not get a request whose connection was refused', async () => {
    // A port that was just listened on and closed again: nothing accepts there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));

    const error = await failure(client.request({ url: `http://127.0.0.1:${port}/domain`, body: '{}' }));
    expect(error).toMatchObject({ code: 'TRANSPORT', retryable: true, received: 'no' });
    expect(error.detail).toContain('ECONNREFUSED');
    expect(error.toJSON()).toMatchObject({ received: 'no' });
  });

  it('leaves it unknown when the connection broke after the request was written', async () => {
    let got = '';
    const port = await listen((socket) => {
      socket.on('data', (chunk: Buffer) => {
        got += chunk.toString('latin1');
        if (got.includes('\r\n\r\n')) socket.destroy();
      });
    });
    const error = await failure(client.request({ url: `http://127.0.0.1:${port}/domain`, body: '{}' }));
    expect(got).toMatch(/^POST \/domain HTTP\/1\.1/);
    expect(error).toMatchObject({ code: 'TRANSPORT', retryable: true, received: 'unknown' });
  });
});
