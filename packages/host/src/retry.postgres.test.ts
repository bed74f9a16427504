import { RegistrarError } from '@registrar-kit/sdk';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Host } from './host.js';
import { baseConfig, registerInput, startHost } from './test-support/harness.js';
import { closePostgresHelpers, dropSchema, freshSchemaName, postgresUrl } from './test-support/postgres.js';
import { callsFor, releaseGates } from './test-support/races.js';

// Issue 18 on PostgreSQL: staff on two hosts sharing one database press Retry at once.

let hosts: Host[] = [];
const schemas: string[] = [];
afterEach(async () => {
  releaseGates();
  for (const h of hosts.reverse()) await h.close();
  hosts = [];
  for (const s of schemas.splice(0)) await dropSchema(s);
});
afterAll(() => closePostgresHelpers());

type Gate = (operation: string, subject: unknown) => Promise<void> | undefined;

describe('host.operations.retry on PostgreSQL', () => {
  it('two hosts, ten callers retrying one failed registration: one new operation, one more registrar call', async () => {
    const schema = freshSchemaName();
    schemas.push(schema);
    const config = baseConfig({ store: { postgres: postgresUrl(), schema, migrate: true, poolSize: 4 } });
    for (let i = 0; i < 2; i++) hosts.push((await startHost(config, { engine: { maxQueueDelayMs: 30_000 } })).host);
    const [a, b] = hosts as [Host, Host];
    let fail = true;
    (globalThis as { __registrarKitFixtureGate?: Gate }).__registrarKitFixtureGate = (op) => {
      if (op !== 'register' || !fail) return undefined;
      fail = false;
      return Promise.reject(new RegistrarError({ code: 'TRANSPORT', retryable: true, message: 'Could not reach the registrar', detail: 'POST https://api.registrar.test/domain: ECONNREFUSED' }));
    };
    const failed = await a.submit({ operation: 'register', input: registerInput('pg-retry.com') });
    expect(failed.status).toBe('failed');
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? a : b).operations.retry(failed.id, { staff: `staff-${i}` })));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(callsFor('pg-retry.com')).toBe(2);
    expect(await a.listOperations({ domain: 'pg-retry.com' })).toHaveLength(2);
    expect(await a.log({ operationId: failed.id, kind: 'retry' })).toHaveLength(1);
    expect((await b.getDomain('pg-retry.com'))?.status).toBe('registered');
  });
});
