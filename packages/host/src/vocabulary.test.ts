import { afterEach, describe, expect, it } from 'vitest';
import type { Host } from './host.js';
import { baseConfig, calls, fixture, refused, SECRET_KEY, startHost } from './test-support/harness.js';

let host: Host | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

const vocabularyConfig = () =>
  baseConfig({
    plugins: [
      { name: 'main', package: fixture('host-basic'), settings: { apiKey: SECRET_KEY } },
      { name: 'full', package: fixture('host-vocabulary'), settings: { apiKey: SECRET_KEY } },
    ],
    connectors: [
      { tld: 'com', plugin: 'full' },
      { tld: 'aero', plugin: 'full' },
      { tld: 'net', plugin: 'main' },
    ],
  });

/** Puts a domain row in a given state, as an earlier sync or operation would have. */
async function seed(h: Host, name: string, status: 'expired' | 'cancelled' | 'registered', pluginInstance = 'full'): Promise<void> {
  const now = new Date('2026-01-15T10:00:00.000Z');
  await h.store.putDomain({ name, tld: name.slice(name.indexOf('.') + 1), status, connector: name.slice(name.indexOf('.') + 1), pluginInstance, customerId: undefined, locked: false, expiresAt: '2026-01-01T00:00:00.000Z', nameservers: undefined, lastError: undefined, pendingOperation: undefined, version: 0, createdAt: now, updatedAt: now }, undefined);
}

describe('the operations added after sdk 0.1, routed by the host', () => {
  it('a plugin whose manifest predates them shows them unsupported and is never called for them', async () => {
    ({ host } = await startHost(vocabularyConfig()));
    const net = host.capabilities().filter((c) => c.connector === 'net');
    for (const op of ['createHost', 'updateHost', 'deleteHost', 'restore', 'approveTransferOut', 'rejectTransferOut', 'resendTransferConfirmation', 'listDomains', 'listTlds']) {
      expect(net.find((c) => c.operation === op)).toMatchObject({ mode: 'unsupported', reason: 'not declared in the plugin manifest' });
    }
    const before = calls().length;
    const error = await refused(host.submit({ operation: 'restore', input: { domain: 'old.net' } }));
    expect(error.code).toBe('UNSUPPORTED');
    expect(error.detail).toContain('not declared in the plugin manifest');
    await refused(host.submit({ operation: 'createHost', input: { domain: 'old.net', host: 'ns1.old.net', ipv4: ['192.0.2.1'] } }));
    expect(calls().length).toBe(before);
  });

  it('restore brings an expired or deleted domain back to registered with the new expiry', async () => {
    ({ host } = await startHost(vocabularyConfig()));
    await seed(host, 'lapsed.com', 'expired');
    await seed(host, 'deleted.com', 'cancelled');
    for (const name of ['lapsed.com', 'deleted.com']) {
      const op = await host.submit({ operation: 'restore', input: { domain: name } });
      expect(op.status).toBe('done');
      expect(await host.getDomain(name)).toMatchObject({ status: 'registered', expiresAt: '2027-02-01T00:00:00.000Z' });
    }
  });

  it('a refused restore leaves the domain as it was', async () => {
    ({ host } = await startHost(vocabularyConfig()));
    await seed(host, 'gone.com', 'expired');
    const op = await host.submit({ operation: 'restore', input: { domain: 'gone.com' } });
    expect(op).toMatchObject({ status: 'failed', error: { code: 'STATUS_PROHIBITS' } });
    expect((await host.getDomain('gone.com'))?.status).toBe('expired');
  });

  it('an approved transfer-out marks the domain transferred-away; a rejection or a resent mail changes nothing', async () => {
    ({ host } = await startHost(vocabularyConfig()));
    await seed(host, 'leaving.com', 'registered');
    await seed(host, 'staying.com', 'registered');
    expect((await host.submit({ operation: 'rejectTransferOut', input: { domain: 'staying.com', reason: 'not requested by the holder' } })).status).toBe('done');
    expect((await host.submit({ operation: 'resendTransferConfirmation', input: { domain: 'staying.com' } })).status).toBe('done');
    expect((await host.getDomain('staying.com'))?.status).toBe('registered');
    expect((await host.submit({ operation: 'approveTransferOut', input: { domain: 'leaving.com' } })).status).toBe('done');
    expect((await host.getDomain('leaving.com'))?.status).toBe('transferred-away');
  });

  it('child name servers are validated before the plugin and leave the domain row alone', async () => {
    ({ host } = await startHost(vocabularyConfig()));
    await seed(host, 'glue.com', 'registered');
    const before = calls().length;
    const error = await refused(host.submit({ operation: 'createHost', input: { domain: 'glue.com', host: 'ns1.other.com', ipv4: ['192.0.2.1'] } }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(calls().length).toBe(before);
    const created = await host.submit({ operation: 'createHost', input: { domain: 'glue.com', host: 'NS1.glue.com', ipv4: ['192.0.2.1'] } });
    expect(created).toMatchObject({ status: 'done', result: { domain: 'glue.com', host: 'ns1.glue.com', ipv4: ['192.0.2.1'] } });
    expect((await host.submit({ operation: 'createHost', input: { domain: 'glue.com', host: 'taken.glue.com', ipv6: ['2001:db8::53'] } })).error?.code).toBe('OBJECT_EXISTS');
    expect((await host.getDomain('glue.com'))?.status).toBe('registered');
  });

  it('account operations are not submitted per domain', async () => {
    ({ host } = await startHost(vocabularyConfig()));
    const before = calls().length;
    const error = await refused(host.submit({ operation: 'listDomains', input: {} as never }));
    expect(error).toMatchObject({ code: 'UNSUPPORTED' });
    expect(error.detail).toContain('host.portfolio.import');
    expect(calls().length).toBe(before);
  });
});
