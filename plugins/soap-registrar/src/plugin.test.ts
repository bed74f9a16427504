import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, settle, validateManifest, type Json, type OperationContext } from '@registrar-kit/sdk';
import plugin, { type SoapRegistrarSettings } from './plugin.js';
import { buildEnvelope, parseEnvelope, SoapFault } from './protocol/soap.js';

const manifest = JSON.parse(readFileSync(new URL('../registrar-plugin.json', import.meta.url), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const calls: string[] = [];
const server = setupServer(
  http.post('https://oteapi.netim.com/2.0/', async ({ request }) => {
    calls.push(request.headers.get('soapaction') ?? '');
    return HttpResponse.xml('<Envelope><Body><sessionCloseResponse><return/></sessionCloseResponse></Body></Envelope>');
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

function ctx(state: Map<string, Json>): OperationContext<SoapRegistrarSettings> {
  const settings: SoapRegistrarSettings = { endpoint: 'https://oteapi.netim.com/2.0/', resellerId: 'nr1', password: 'pw-secret' };
  return {
    instance: 'soap', settings, http: createHttpClient({ secrets: ['pw-secret'] }), mail: { send: async () => ({ messageId: '' }) },
    state: { get: async <T extends Json>(k: string) => state.get(k) as T | undefined, set: async (k, v) => void state.set(k, v), delete: async (k) => void state.delete(k) },
    clock: { now: () => new Date() }, log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined }, inboundAddress: undefined,
    operation: { id: 'op-1', name: 'register', domain: 'example.fr', customerId: undefined },
  };
}

describe('soap-registrar', () => {
  it('ships a valid manifest with batch polling no more often than every 5 minutes', () => {
    const r = validateManifest(manifest, { packageJson: pkg });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(manifest.polling).toMatchObject({ batch: true, minIntervalSeconds: 300, recommendedIntervalSeconds: 600 });
  });

  it('builds rpc envelopes with ordered arguments and reads faults with their API code', () => {
    const xml = buildEnvelope('domainRenew', [['IDSession', 'S1'], ['domain', 'a&b.fr'], ['duration', 2]]);
    expect(xml).toContain('<ns:domainRenew xmlns:ns="urn:DRS"><IDSession>S1</IDSession><domain>a&amp;b.fr</domain><duration>2</duration></ns:domainRenew>');
    expect(() => parseEnvelope('<Envelope><Body><Fault><faultcode>SOAP-ENV:Server</faultcode><faultstring>E06-M0601 Domain not available</faultstring></Fault></Body></Envelope>', 'domainCreate')).toThrow(SoapFault);
    try {
      parseEnvelope('<Envelope><Body><Fault><faultcode>SOAP-ENV:Server</faultcode><faultstring>E06-M0601 Domain not available</faultstring></Fault></Body></Envelope>', 'domainCreate');
    } catch (error) {
      expect((error as SoapFault).apiCode).toBe('E06-M0601');
    }
  });

  it('refuses contact fields over the StructContact limits before any request', async () => {
    const outcome = await settle(() =>
      plugin.operations.register!(
        { domain: 'example.fr', period: 1, nameservers: [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }], contacts: { registrant: { type: 'person', firstName: 'J'.repeat(31), lastName: 'D', address: ['x'], postalCode: '75002000000', city: 'Paris', country: 'FR', phone: '+33.142000000', email: 'j@example.fr' } } },
        ctx(new Map()),
      ),
    );
    expect(outcome.status === 'failed' && outcome.error.issues.map((i) => i.path)).toEqual(['/contacts/registrant/firstName', '/contacts/registrant/postalCode']);
    expect(calls).toEqual([]);
  });

  it('closes the cached session on dispose', async () => {
    const state = new Map<string, Json>([['session', 'S-123']]);
    await plugin.dispose!(ctx(state));
    expect(calls).toEqual(['sessionClose']);
    expect(state.has('session')).toBe(false);
  });
});
