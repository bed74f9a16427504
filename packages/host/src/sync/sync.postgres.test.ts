import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Host } from '../host.js';
import { baseConfig, calls, fixture, registerInput, SECRET_KEY, startHost } from '../test-support/harness.js';
import { closePostgresHelpers, dropSchema, freshSchemaName, postgresUrl } from '../test-support/postgres.js';
import { syncOneDomainFromTwoHosts } from '../test-support/sync-race.js';

// sync.test.ts's single-domain race with the hosts on one PostgreSQL schema, each with its own pool.

let hosts: Host[] = [];
const schemas: string[] = [];
beforeEach(() => {
  calls().length = 0;
});
afterEach(async () => {
  for (const h of hosts.reverse()) await h.close();
  hosts = [];
  for (const s of schemas.splice(0)) await dropSchema(s);
});
afterAll(() => closePostgresHelpers());

describe('sync on PostgreSQL', () => {
  it('two hosts syncing one domain at once ask the registrar once; the other says it is being synced elsewhere', async () => {
    const schema = freshSchemaName();
    schemas.push(schema);
    const config = baseConfig({
      store: { postgres: postgresUrl(), schema, migrate: true, poolSize: 4 },
      plugins: [{ name: 'life', package: fixture('host-life'), settings: { apiKey: SECRET_KEY } }],
      connectors: [{ tld: 'com', plugin: 'life' }],
    });
    const a = (await startHost(config)).host;
    hosts.push(a);
    const b = (await startHost(config)).host;
    hosts.push(b);
    await a.submit({ operation: 'register', input: registerInput('pg-one.com') });
    expect(await syncOneDomainFromTwoHosts(a, b, 'pg-one.com')).toEqual([
      { result: 'unchanged', reason: undefined },
      { result: 'skipped', reason: 'being synced elsewhere' },
    ]);
  });
});
