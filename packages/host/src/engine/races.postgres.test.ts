import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import type { HostConfig } from '../config.js';
import type { Host } from '../host.js';
import { baseConfig, registerInput, startHost, type FakeClock } from '../test-support/harness.js';
import { callsFor, holdRegistrar, releaseGates, settled } from '../test-support/races.js';
import { closePostgresHelpers, dropSchema, freshSchemaName, postgresUrl } from '../test-support/postgres.js';

// The races of races.test.ts with the hosts on PostgreSQL: each test gets a schema of its own,
// and "two hosts" are two Host instances with their own pools on one database (as two processes
// would be: nothing is shared but the database).

let hosts: Host[] = [];
const schemas: string[] = [];
afterEach(async () => {
  releaseGates();
  for (const h of hosts.reverse()) await h.close();
  hosts = [];
  for (const s of schemas.splice(0)) await dropSchema(s);
});
afterAll(() => closePostgresHelpers());

/** A configuration on a fresh PostgreSQL schema (migrated by the first host to open it). */
function pgConfig(extra: Partial<HostConfig> = {}): HostConfig {
  const schema = freshSchemaName();
  schemas.push(schema);
  return baseConfig({ store: { postgres: postgresUrl(), schema, migrate: true, poolSize: 4 }, ...extra });
}

async function open(config: HostConfig, options = {}): Promise<{ host: Host; clock: FakeClock }> {
  // These tests are about races, not admission: a loaded CI machine must not turn them into OVERLOADED.
  const started = await startHost(config, { engine: { maxQueueDelayMs: 30_000 }, ...options });
  hosts.push(started.host);
  return started;
}

describe('engine races on PostgreSQL (one host)', () => {
  it('writes in several lanes: a transaction held open does not stop the other submits', async () => {
    const { host } = await open(pgConfig());
    expect(host.store.writers).toBeGreaterThan(1);
    let release!: () => void;
    const held = host.engine.commit(async () => {
      await new Promise<void>((r) => (release = r));
      return { writes: [], log: [], events: [] };
    });
    await new Promise((r) => setImmediate(r));
    const done = await Promise.all(['lane-a.com', 'lane-b.com'].map((d) => host.submit({ operation: 'register', input: registerInput(d) })));
    expect(done.map((o) => o.status)).toEqual(['done', 'done']);
    release();
    await held;
  });

  it('the same idempotency key five times at once: one operation, one registrar call, five identical answers', async () => {
    const { host } = await open(pgConfig());
    const results = await Promise.all(Array.from({ length: 5 }, () => host.submit({ operation: 'register', input: registerInput('pg-same-key.com'), idempotencyKey: 'k-1' })));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(callsFor('pg-same-key.com')).toBe(1);
    expect(await host.listOperations({ domain: 'pg-same-key.com' })).toHaveLength(1);
  });

  it('two customers racing for one new domain with different keys: one is sent, the others get DOMAIN_BUSY naming it', async () => {
    // Customers whose platform bills before calling the host: their requests go out without an order.
    const { host } = await open(pgConfig({ orders: { requireForCustomers: false } }));
    const hold = holdRegistrar('pg-contested.com');
    const racing = [1, 2, 3, 4].map((n) => host.submit({ operation: 'register', input: registerInput('pg-contested.com'), customerId: `cust-${n}`, idempotencyKey: `key-${n}` }));
    await hold.entered;
    hold.release();
    const { ok, errors } = await settled(racing);
    expect(ok).toHaveLength(1);
    expect(errors.map((e) => e.code)).toEqual(['DOMAIN_BUSY', 'DOMAIN_BUSY', 'DOMAIN_BUSY']);
    expect(new Set(errors.map((e) => e.operationId))).toEqual(new Set([ok[0]!.id]));
    expect(callsFor('pg-contested.com')).toBe(1);
    expect(await host.getDomain('pg-contested.com')).toMatchObject({ status: 'registered', customerId: ok[0]!.customerId, pendingOperation: undefined });
  });

  it('markPaid twice at once sends the registration once and answers both with the same operation', async () => {
    const { host } = await open(pgConfig());
    await host.submit({ operation: 'register', input: registerInput('pg-paid-twice.com'), orderId: 'o1', customerId: 'c1' });
    const [a, b] = await Promise.all([host.orders.markPaid('o1'), host.orders.markPaid('o1')]);
    expect(callsFor('pg-paid-twice.com')).toBe(1);
    expect(a!.map((o) => o.id)).toEqual(b!.map((o) => o.id));
    expect((await host.listOperations({ orderId: 'o1' }))[0]?.status).toBe('done');
    expect((await host.log({ orderId: 'o1', kind: 'order' })).map((e) => e.message)).toEqual(['order o1 paid']);
  });

  it('one owner per manual task: a second claim and a second completion are refused', async () => {
    const { host } = await open(pgConfig({ connectors: [{ tld: 'com', plugin: 'main', modes: { renew: 'manual' } }] }));
    await host.submit({ operation: 'register', input: registerInput('pg-task-race.com') });
    await host.submit({ operation: 'renew', input: { domain: 'pg-task-race.com', period: 1 } });
    const [task] = await host.manualTasks.list({ status: 'open' });
    const claims = await settled([host.manualTasks.claim(task!.id, 'anna'), host.manualTasks.claim(task!.id, 'ben')]);
    expect(claims.ok).toHaveLength(1);
    expect(claims.errors[0]).toMatchObject({ code: 'TASK_STATE' });
  });
});

describe('engine races on PostgreSQL (hosts sharing one database)', () => {
  it('two hosts submitting the same keys and domains at once: each intent sent once', async () => {
    const config = pgConfig();
    const { host: a } = await open(config);
    const { host: b } = await open(config);
    const domains = Array.from({ length: 30 }, (_, i) => `pg-shared-${i}.com`);
    const submits = domains.flatMap((d, i) => [
      a.submit({ operation: 'register', input: registerInput(d), idempotencyKey: `k-${i}` }),
      b.submit({ operation: 'register', input: registerInput(d), idempotencyKey: `k-${i}` }),
      // A different key for the same domain: never sent while the first is in flight or after it registered.
      b.submit({ operation: 'register', input: registerInput(d), idempotencyKey: `other-${i}` }),
    ]);
    const { ok, errors } = await settled(submits);
    for (const d of domains) expect(callsFor(d)).toBe(1);
    expect(errors.every((e) => e.code === 'DOMAIN_BUSY' || e.code === 'STATUS_PROHIBITS')).toBe(true);
    expect(errors.length).toBe(domains.length);
    expect(ok.length).toBe(domains.length * 2);
    expect((await a.listOperations({ status: 'done' })).length).toBe(domains.length);
  });

  it('three hosts: the same key from each at once is one operation; markPaid from each at once sends once', async () => {
    const config = pgConfig();
    const trio = [await open(config), await open(config), await open(config)].map((h) => h.host);
    const same = await Promise.all(trio.map((h) => h.submit({ operation: 'register', input: registerInput('pg-trio.com'), idempotencyKey: 'trio' })));
    expect(new Set(same.map((r) => r.id)).size).toBe(1);
    expect(callsFor('pg-trio.com')).toBe(1);
    await trio[0]!.submit({ operation: 'register', input: registerInput('pg-trio-paid.com'), orderId: 'o-trio' });
    const released = await settled(trio.map((h) => h.orders.markPaid('o-trio')));
    expect(released.errors).toEqual([]);
    expect(callsFor('pg-trio-paid.com')).toBe(1);
  });

  it('the same key committed by another host between the key lookup and the domain read is still the same operation (READ COMMITTED)', async () => {
    const config = pgConfig();
    const [a, b] = [(await open(config)).host, (await open(config)).host];
    // Host b's transaction reads the key (not there yet), then waits before its in-flight read
    // until host a has submitted, sent and finished the registration under that same key.
    let aDone!: () => void;
    const gate = new Promise<void>((resolve) => (aDone = resolve));
    let entered!: () => void;
    const bWaiting = new Promise<void>((resolve) => (entered = resolve));
    const original = PostgresStore.prototype.getInFlight;
    let first = true;
    const spy = vi.spyOn(PostgresStore.prototype, 'getInFlight').mockImplementation(async function (this: PostgresStore, domain: string) {
      if (domain === 'pg-late-key.com' && first) {
        first = false;
        entered();
        await gate;
      }
      return original.call(this, domain);
    });
    try {
      const late = b.submit({ operation: 'register', input: registerInput('pg-late-key.com'), idempotencyKey: 'late-key' });
      await bWaiting;
      const sent = await a.submit({ operation: 'register', input: registerInput('pg-late-key.com'), idempotencyKey: 'late-key' });
      expect(sent.status).toBe('done');
      aDone();
      expect((await late).id).toBe(sent.id);
      expect(callsFor('pg-late-key.com')).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('a second host starting while the first has a request in flight leaves it alone; the answer is applied once', async () => {
    const config = pgConfig();
    const { host: first } = await open(config);
    const hold = holdRegistrar('pg-inflight.com');
    const sending = first.submit({ operation: 'register', input: registerInput('pg-inflight.com'), idempotencyKey: 'ka' });
    await hold.entered;
    const { host: second } = await open(config);
    const { recovered } = await second.start({ trackerIntervalMs: 3_600_000 });
    expect(recovered).toMatchObject({ reconciled: 0, resent: 0, escalated: 0, skipped: 1 });
    hold.release();
    expect((await sending).status).toBe('done');
    expect(callsFor('pg-inflight.com')).toBe(1);
    expect(await second.manualTasks.list()).toEqual([]);
  });
});
