import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEppClient, createHttpClient, settle, validateManifest, type OperationContext } from '@registrar-kit/sdk';
import plugin, { type OnamaeSettings } from './plugin.js';

const manifest = JSON.parse(readFileSync(new URL('../registrar-plugin.json', import.meta.url), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const requests: string[] = [];
const server = setupServer(
  http.post('https://reseller.onamae.com/api/v1/*', async ({ request }) => {
    requests.push(`${new URL(request.url).pathname} ${await request.text()}`);
    return HttpResponse.json({ result: { code: '0000', message: 'OK' }, data: { status: 'rejected', reason: 'losing registrar refused' } });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  requests.length = 0;
});
afterAll(() => server.close());

const settings: OnamaeSettings = { endpoint: 'https://reseller.onamae.com/api/v1', resellerId: 'R-1', apiKey: 'key-123456789' };
const ctx = (): OperationContext<OnamaeSettings> => ({
  instance: 'onamae',
  settings,
  http: createHttpClient({ secrets: [settings.apiKey] }),
  epp: createEppClient({ secrets: [settings.apiKey] }),
  mail: { send: async () => ({ messageId: 'x' }) },
  state: { get: async () => undefined, set: async () => undefined, delete: async () => undefined },
  clock: { now: () => new Date('2026-01-15T10:00:00Z') },
  log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
  inboundAddress: undefined,
  operation: { id: 'op-1', name: 'register', domain: 'example.com', customerId: undefined },
});

describe('onamae plugin', () => {
  it('ships a manifest that validates without errors or warnings and matches package.json', () => {
    const result = validateManifest(manifest, { packageJson: pkg });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('refuses non-Latin contact data for a .com before anything is sent, naming the field', async () => {
    const outcome = await settle(() =>
      plugin.operations.register!(
        {
          domain: 'example.com',
          period: 1,
          nameservers: [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }],
          contacts: { registrant: { type: 'person', firstName: '太郎', lastName: 'Yamada', address: ['渋谷1-2-3'], postalCode: '150-0002', city: 'Tokyo', country: 'JP', phone: '+81.312345678', email: 't@example.jp' } },
        },
        ctx(),
      ),
    );
    expect(outcome.status === 'failed' && [outcome.error.code, outcome.error.issues.map((i) => i.path)]).toEqual(['INVALID_INPUT', ['/contacts/registrant/firstName', '/contacts/registrant/address/0']]);
    expect(requests).toEqual([]);
  });

  it('accepts Japanese contact data for .jp', async () => {
    const outcome = await settle(() =>
      plugin.operations.register!(
        { domain: 'example.jp', period: 1, nameservers: [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }], contacts: { registrant: { type: 'person', firstName: '太郎', lastName: '山田', address: ['渋谷1-2-3'], postalCode: '150-0002', city: '東京', country: 'JP', phone: '+81.312345678', email: 't@example.jp' } } },
        ctx(),
      ),
    );
    expect(outcome.status).toBe('done');
    expect(requests[0]).toContain('/api/v1/domain/create');
  });

  it('turns a rejected transfer into an error with the reason', async () => {
    const updates = await plugin.poll!([{ ref: 'TR-1', operationId: 'op-1', operation: 'transfer', domain: 'example.com', submittedAt: '2026-01-15T10:00:00Z' }], ctx());
    expect(updates).toHaveLength(1);
    const outcome = updates[0]!.outcome;
    expect(outcome.status === 'failed' && [outcome.error.code, outcome.error.detail]).toEqual(['STATUS_PROHIBITS', 'domain/transfer-status: rejected (losing registrar refused)']);
    expect(outcome.status === 'failed' && outcome.error.message).not.toMatch(/onamae/i);
  });
});
