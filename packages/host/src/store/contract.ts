import { isHostError } from '../errors.js';
import type { DomainRecord, InboundRecord, ManualTask, OperationRecord, Store, StoredApiKey } from './store.js';

/** The parts of a test runner the suite uses (vitest, jest and node:test adapters fit). */
export interface ContractRunner {
  describe: (name: string, fn: () => void) => void;
  it: (name: string, fn: () => Promise<void>) => void;
  /** Throws when `actual` is not deeply equal to `expected`. */
  equal: (actual: unknown, expected: unknown, message?: string) => void;
}

export interface StoreContractOptions {
  /** Opens an empty store. */
  open: () => Promise<Store>;
  /** Name shown in the suite title. */
  name: string;
}

const T0 = new Date('2026-01-15T10:00:00.000Z');
const at = (seconds: number): Date => new Date(T0.getTime() + seconds * 1000);

/** A pending transfer: the shape most contract cases need. */
export function contractOperation(id: string, patch: Partial<OperationRecord> = {}): OperationRecord {
  return {
    id,
    idempotencyKey: `key-${id}`,
    payloadHash: 'hash',
    operation: 'transfer',
    domain: `${id}.com`,
    connector: 'com',
    pluginInstance: 'main',
    orderId: undefined,
    customerId: undefined,
    mode: 'auto',
    status: 'pending',
    input: { domain: `${id}.com`, authCode: 'x' },
    result: undefined,
    error: undefined,
    ref: `REF-${id}`,
    await: 'poll',
    step: undefined,
    pendingData: undefined,
    nextCheckAt: at(300),
    leaseOwner: undefined,
    leaseExpiresAt: undefined,
    leaseToken: undefined,
    holdsDomain: false,
    pollAttempts: 0,
    submittedAt: T0,
    version: 0,
    createdAt: T0,
    updatedAt: T0,
    ...patch,
  };
}

function inbound(id: string, patch: Partial<InboundRecord> = {}): InboundRecord {
  const rawBytes = patch.rawBytes ?? Buffer.from(`Message ${id}`);
  return { id, messageId: `<${id}@r>`, contentHash: `hash-${id}`, instance: 'main', receivedAt: T0, raw: rawBytes.toString('utf8'), rawBytes, status: 'received', reason: undefined, operationId: undefined, ...patch };
}

function domain(name: string, patch: Partial<DomainRecord> = {}): DomainRecord {
  return {
    name,
    tld: 'com',
    status: 'registered',
    connector: 'com',
    pluginInstance: 'main',
    customerId: undefined,
    locked: false,
    expiresAt: undefined,
    nameservers: undefined,
    lastError: undefined,
    pendingOperation: undefined,
    version: 0,
    createdAt: T0,
    updatedAt: T0,
    ...patch,
  };
}

function task(id: string, operationId: string): ManualTask {
  return { id, operationId, domain: `${operationId}.com`, operation: 'transfer', status: 'open', reason: 'r', claimedBy: undefined, result: undefined, version: 0, createdAt: T0, updatedAt: T0 };
}

function apiKey(id: string, patch: Partial<StoredApiKey> = {}): StoredApiKey {
  return { id, name: undefined, scopes: ['read'], tenant: undefined, secretHash: 'a'.repeat(64), createdAt: T0, revokedAt: undefined, lastUsedAt: undefined, ...patch };
}

async function code(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return isHostError(error) ? error.code : `not a HostError: ${String(error)}`;
  }
}

/**
 * The contract every {@link Store} implementation passes (SQLite today, PostgreSQL next): atomic
 * transactions and savepoints, unique keys as coded CONFLICTs, compare-and-set on row versions
 * (one winner among concurrent writers), one operation in flight per domain, leases with fencing
 * tokens, cursor pagination that neither skips nor repeats. In the spirit of abstract-level's
 * and keyv's shared suites, the runner is injected.
 */
export function runStoreContract(t: ContractRunner, options: StoreContractOptions): void {
  const { describe, it, equal } = t;
  const withStore = (fn: (store: Store) => Promise<void>) => async () => {
    const store = await options.open();
    try {
      await fn(store);
    } finally {
      await store.close();
    }
  };

  describe(`Store contract: ${options.name}`, () => {
    it(
      'rolls a failed transaction back whole, and a failed savepoint back alone',
      withStore(async (store) => {
        const boom = await store
          .transaction(async (tx) => {
            await tx.insertOperation(contractOperation('a'));
            throw new Error('boom');
          })
          .catch((e: Error) => e.message);
        equal(boom, 'boom');
        equal(await store.getOperation('a'), undefined);
        await store.transaction(async (tx) => {
          await tx.insertOperation(contractOperation('b'));
          await tx
            .transaction(async (sp) => {
              await sp.insertOperation(contractOperation('c'));
              throw new Error('inner');
            })
            .catch(() => undefined);
        });
        equal((await store.getOperation('b'))?.id, 'b');
        equal(await store.getOperation('c'), undefined, 'the savepoint was rolled back');
      }),
    );

    it(
      'answers a duplicate idempotency key, domain or in-flight claim with CONFLICT',
      withStore(async (store) => {
        await store.insertOperation(contractOperation('a', { holdsDomain: true, domain: 'busy.com' }));
        equal(await code(store.insertOperation(contractOperation('b', { idempotencyKey: 'key-a' }))), 'CONFLICT');
        equal(await code(store.insertOperation(contractOperation('c', { holdsDomain: true, domain: 'busy.com' }))), 'CONFLICT', 'two operations in flight on one domain');
        equal((await store.getInFlight('busy.com'))?.id, 'a');
        await store.insertOperation(contractOperation('d', { holdsDomain: false, domain: 'busy.com' }));
        await store.putDomain(domain('x.com'), undefined);
        equal(await code(store.putDomain(domain('x.com'), undefined)), 'CONFLICT');
      }),
    );

    it(
      'lets exactly one of many concurrent writers of one version win (compare-and-set)',
      withStore(async (store) => {
        await store.insertOperation(contractOperation('a'));
        await store.putDomain(domain('cas.com'), undefined);
        await store.putOrder({ id: 'o1', customerId: undefined, status: 'unpaid', version: 0, createdAt: T0, updatedAt: T0 }, undefined);
        await store.insertTask({ id: 't1', operationId: 'a', domain: 'a.com', operation: 'transfer', status: 'open', reason: 'r', claimedBy: undefined, result: undefined, version: 0, createdAt: T0, updatedAt: T0 } satisfies ManualTask);
        const ops = await Promise.all(Array.from({ length: 8 }, (_, i) => store.transaction((tx) => tx.updateOperation('a', { step: `s${i}` }, 0))));
        const domains = await Promise.all(Array.from({ length: 8 }, (_, i) => store.transaction((tx) => tx.putDomain(domain('cas.com', { expiresAt: `2030-0${i + 1}-01` }), 0))));
        const orders = await Promise.all(Array.from({ length: 8 }, () => store.putOrder({ id: 'o1', customerId: undefined, status: 'paid', version: 1, createdAt: T0, updatedAt: T0 }, 0)));
        const tasks = await Promise.all(Array.from({ length: 8 }, (_, i) => store.updateTask('t1', { status: 'claimed', claimedBy: `staff-${i}` }, 0)));
        equal([ops, domains, orders, tasks].map((r) => r.filter(Boolean).length), [1, 1, 1, 1]);
        equal((await store.getOperation('a'))?.version, 1);
        equal((await store.getDomain('cas.com'))?.version, 1);
        equal((await store.getOrder('o1'))?.status, 'paid');
        equal((await store.listTasks({ operationId: 'a', status: 'claimed' })).length, 1);
      }),
    );

    it(
      'leases due operations to one owner, fenced by the claim token',
      withStore(async (store) => {
        await store.insertOperation(contractOperation('due'));
        await store.insertOperation(contractOperation('later', { nextCheckAt: at(900) }));
        equal(await store.claimDuePending('h1', 'h1/1', at(299), 60_000, 10), []);
        const [claimed, other] = await Promise.all([store.claimDuePending('h1', 'h1/2', at(300), 60_000, 10), store.claimDuePending('h2', 'h2/1', at(300), 60_000, 10)]);
        equal([...claimed!, ...other!].map((c) => c.id), ['due'], 'two concurrent claims never get the same row');
        const winner = claimed!.length === 1 ? { owner: 'h1', token: 'h1/2' } : { owner: 'h2', token: 'h2/1' };
        equal(await store.extendLeases(winner.owner, 'wrong-token', at(1000)), 0);
        equal(await store.extendLeases(winner.owner, winner.token, at(1000)), 1);
        equal(await store.claimDuePending('h3', 'h3/1', at(900), 60_000, 10).then((r) => r.map((c) => c.id)), ['later'], 'the extended lease holds past its first expiry');
        await store.reschedule(['due'], winner.owner, 'stale-token', at(5000), at(901));
        equal((await store.getOperation('due'))?.pollAttempts, 0, 'a stale token reschedules nothing');
        await store.reschedule(['due'], winner.owner, winner.token, at(5000), at(901));
        equal(await store.getOperation('due').then((o) => [o?.pollAttempts, o?.leaseOwner, o?.nextCheckAt?.toISOString()]), [1, undefined, at(5000).toISOString()]);
        equal((await store.claimDuePending('h4', 'h4/1', at(1001), 60_000, 10)).map((c) => c.id), ['later'], 'an expired lease is free again');
      }),
    );

    it(
      "keeps a domain's life (renewal policy, cancellation at expiry, registry view, renewal state) and claims sync sweeps once",
      withStore(async (store) => {
        const life = { autoRenew: true, cancelAt: '2027-01-01T00:00:00.000Z', registry: { statuses: ['ok'], whoisPrivacy: true, contacts: { registrant: { name: 'A' } } }, syncedAt: at(5), renewal: { expiry: '2027-01-01T00:00:00.000Z', orderId: 'o-1' } };
        await store.putDomain(domain('life.com', life), undefined);
        const read = await store.getDomain('life.com');
        equal([read?.autoRenew, read?.cancelAt, read?.registry, read?.syncedAt?.toISOString(), read?.renewal], [life.autoRenew, life.cancelAt, life.registry, at(5).toISOString(), life.renewal]);
        await store.putDomain({ ...read!, autoRenew: false, renewal: undefined }, read!.version);
        const changed = await store.getDomain('life.com');
        equal([changed?.autoRenew, changed?.renewal], [false, undefined]);
        await store.putDomain(domain('plain.com'), undefined);
        equal((await store.getDomain('plain.com'))?.autoRenew, undefined, 'a policy never set reads as absent');
        for (const name of ['s1.com', 's2.com', 's3.com']) await store.putDomain(domain(name, { expiresAt: name === 's3.com' ? '2030-01-01' : '2026-03-01' }), undefined);
        await store.putDomain(domain('busy.com', { pendingOperation: 'op-x' }), undefined);
        await store.putDomain(domain('gone.com', { status: 'transferred-away' }), undefined);
        await store.putDomain(domain('other.com', { pluginInstance: 'other' }), undefined);
        const claim = (owner: number) => store.claimSync({ pluginInstance: 'main', now: at(10), nextDueAt: at(3600 + owner), limit: 100 });
        const [a, b] = await Promise.all([claim(1), claim(2)]);
        const names = [...a!, ...b!].map((d) => d.name).sort();
        equal(names, ['life.com', 'plain.com', 's1.com', 's2.com', 's3.com'], 'two sweeps at once: every live, idle domain of the instance exactly once');
        equal((await claim(3)).length, 0, 'claimed domains are not due again before their next due time');
        equal((await store.claimSync({ pluginInstance: 'main', now: at(10), nextDueAt: at(7200), limit: 100, domain: 's1.com' })).map((d) => d.name), ['s1.com'], 'one domain is claimed on demand, due or not');
        const windowed = await store.claimSync({ pluginInstance: 'main', now: at(4000), nextDueAt: at(9000), limit: 100, expiringBefore: '2026-06-01' });
        equal(windowed.map((d) => d.name).sort(), ['life.com', 'plain.com', 's2.com'], 'the expiry window leaves out domains expiring later (unknown expiry is included)');
        // A single-domain claim with a lease: not while another claim of the last `leaseMs` is not written back.
        await store.putDomain(domain('lease.com'), undefined);
        const one = (s: number) => store.claimSync({ pluginInstance: 'main', now: at(s), nextDueAt: at(s + 3600), limit: 1, domain: 'lease.com', leaseMs: 300_000 });
        const [x, y] = await Promise.all([one(5000), one(5000)]);
        equal([...x!, ...y!].map((d) => d.name), ['lease.com'], 'two single-domain claims at once: one gets it');
        equal((await one(5010)).length, 0, 'held by a claim made within the lease and not synced since');
        equal((await one(5301)).map((d) => d.name), ['lease.com'], 'a claim older than the lease holds it no more');
        const row = await store.getDomain('lease.com');
        await store.putDomain({ ...row!, syncedAt: at(5302) }, row!.version);
        equal((await one(5303)).map((d) => d.name), ['lease.com'], 'a claim written back (synced since) holds it no more');
      }),
    );

    it(
      'claims the follow-ups of completed registers, transfers and renewals once across sweeps at once, and settles them only under the claim',
      withStore(async (store) => {
        const done = (id: string, operation: string, status: OperationRecord['status'] = 'done') => contractOperation(id, { operation, status, ref: undefined, await: undefined, nextCheckAt: undefined, leaseOwner: undefined, leaseExpiresAt: undefined, leaseToken: undefined });
        for (const [id, operation] of [['f-reg', 'register'], ['f-tr', 'transfer'], ['f-ren', 'renew'], ['f-ns', 'updateNameservers']] as const) await store.insertOperation(done(id, operation));
        await store.insertOperation(done('f-failed', 'register', 'failed'));
        await store.insertOperation(done('f-later', 'register', 'pending'));
        const claim = (owner: number, operationId?: string) => store.claimFollowUps({ now: at(10), nextDueAt: at(600 + owner), limit: 100, ...(operationId === undefined ? {} : { operationId }) });
        const [a, b] = await Promise.all([claim(1), claim(2)]);
        equal([...a!, ...b!].map((o) => o.id).sort(), ['f-reg', 'f-ren', 'f-tr'], 'two sweeps at once: every completed register, transfer and renew exactly once; nothing else');
        equal((await claim(3)).length, 0, 'claimed rows are not due again before the lease ends');
        const holder = a!.length > 0 ? 1 : 2;
        const first = (a!.length > 0 ? a! : b!)[0]!;
        equal(await store.settleFollowUps(first.id, at(600 + 3 - holder), undefined), false, 'a settle under another claim changes nothing');
        equal(await store.settleFollowUps(first.id, at(600 + holder), undefined), true);
        equal((await store.claimFollowUps({ now: at(5000), nextDueAt: at(6000), limit: 100 })).map((o) => o.id).sort(), ['f-reg', 'f-ren', 'f-tr'].filter((id) => id !== first.id).sort(), 'a settled row is never due again; the others are, once their lease ended');
        await store.updateOperation('f-later', { status: 'done' });
        equal((await claim(4, 'f-later')).map((o) => o.id), ['f-later'], 'a row that completes later is due from then on, and can be claimed alone');
        equal(await store.settleFollowUps('f-later', at(604), at(900)), true);
        equal((await claim(5, 'f-later')).length, 0, 'a retry is not due before its time');
        equal((await store.claimFollowUps({ now: at(900), nextDueAt: at(1500), limit: 100, operationId: 'f-later' })).map((o) => o.id), ['f-later']);
      }),
    );

    it(
      'pages operations, domains and the Action Log with cursors: every row once, in order',
      withStore(async (store) => {
        for (let i = 0; i < 25; i++) {
          await store.insertOperation(contractOperation(`op${String(i).padStart(2, '0')}`, { createdAt: at(Math.floor(i / 3)), status: i % 2 === 0 ? 'done' : 'pending' }));
          await store.putDomain(domain(`d${String(i).padStart(2, '0')}.com`, { status: i % 2 === 0 ? 'registered' : 'error' }), undefined);
          await store.appendLog({ at: at(i), level: 'info', kind: 'k', message: `m${i}`, domain: i % 2 === 0 ? 'even.com' : 'odd.com' });
        }
        const all = async <T>(next: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | undefined }>): Promise<T[]> => {
          const out: T[] = [];
          let cursor: string | undefined;
          do {
            const page = await next(cursor);
            out.push(...page.items);
            cursor = page.nextCursor;
          } while (cursor !== undefined);
          return out;
        };
        const ops = await all((cursor) => store.pageOperations({ limit: 4, ...(cursor === undefined ? {} : { cursor }) }));
        equal(ops.map((o) => o.id), Array.from({ length: 25 }, (_, i) => `op${String(i).padStart(2, '0')}`));
        const newest = await all((cursor) => store.pageOperations({ limit: 7, order: 'desc', status: 'pending', ...(cursor === undefined ? {} : { cursor }) }));
        equal(newest.map((o) => o.id), ops.filter((o) => o.status === 'pending').map((o) => o.id).reverse());
        const domains = await all((cursor) => store.pageDomains({ limit: 5, status: 'error', ...(cursor === undefined ? {} : { cursor }) }));
        equal(domains.length, 12);
        equal((await store.pageDomains({ text: '1' })).items.map((d) => d.name), ['d01.com', ...Array.from({ length: 10 }, (_, i) => `d1${i}.com`), 'd21.com']);
        equal((await store.pageDomains({ text: '_' })).items, [], 'search text is literal, not a pattern');
        const log = await all((cursor) => store.pageLog({ limit: 3, domain: 'odd.com', ...(cursor === undefined ? {} : { cursor }) }));
        equal(log.map((e) => e.message), Array.from({ length: 12 }, (_, i) => `m${i * 2 + 1}`));
        equal((await store.pageLog({ limit: 2, order: 'desc' })).items.map((e) => e.message), ['m24', 'm23']);
        equal(await code(store.pageOperations({ cursor: 'not-a-cursor' })), 'INVALID_CURSOR');
      }),
    );

    it(
      'filters operations, manual tasks, domains and the Action Log by customer (tenant)',
      withStore(async (store) => {
        for (const [customerId, n] of [['acme', 'a'], ['bolt', 'b']] as const) {
          await store.putDomain(domain(`${n}1.com`, { customerId }), undefined);
          await store.putOrder({ id: `order-${n}`, customerId, status: 'unpaid', version: 0, createdAt: T0, updatedAt: T0 }, undefined);
          await store.insertOperation(contractOperation(`${n}1`, { customerId, orderId: `order-${n}` }));
          await store.insertOperation(contractOperation(`${n}2`, { customerId, createdAt: at(1) }));
          await store.insertTask(task(`task-${n}`, `${n}2`));
          await store.appendLog({ at: at(1), level: 'info', kind: 'transition', message: `${n}: by operation`, operationId: `${n}1`, domain: `${n}1.com` });
          await store.appendLog({ at: at(2), level: 'info', kind: 'order', message: `${n}: by order`, orderId: `order-${n}` });
          await store.appendLog({ at: at(3), level: 'warn', kind: 'refusal', message: `${n}: by domain`, domain: `${n}1.com` });
        }
        await store.insertOperation(contractOperation('nobody'));
        await store.insertTask(task('task-nobody', 'nobody'));
        // A's operation on B's domain (a transfer away): the operation decides, not the domain.
        await store.appendLog({ at: at(4), level: 'info', kind: 'transition', message: 'a: on b1.com', operationId: 'a2', domain: 'b1.com' });
        await store.appendLog({ at: at(5), level: 'info', kind: 'plugin-log', message: 'no tenant', pluginInstance: 'main' });
        equal((await store.pageOperations({ customerId: 'acme' })).items.map((o) => o.id), ['a1', 'a2']);
        equal((await store.listOperations({ customerId: 'bolt', order: 'desc', limit: 1 })).map((o) => o.id), ['b2']);
        equal((await store.listOperations({ customerId: 'nobody-at-all' })).length, 0);
        equal((await store.listTasks({ customerId: 'acme' })).map((t) => t.id), ['task-a']);
        equal((await store.listTasks({ customerId: 'bolt', status: 'open' })).map((t) => t.id), ['task-b']);
        equal((await store.pageDomains({ customerId: 'bolt' })).items.map((d) => d.name), ['b1.com']);
        equal((await store.pageLog({ customerId: 'acme' })).items.map((e) => e.message), ['a: by operation', 'a: by order', 'a: by domain', 'a: on b1.com']);
        equal((await store.pageLog({ customerId: 'bolt' })).items.map((e) => e.message), ['b: by operation', 'b: by order', 'b: by domain']);
        equal((await store.pageLog({ customerId: 'bolt', domain: 'b1.com' })).items.map((e) => e.message), ['b: by operation', 'b: by domain'], 'with other filters');
        const paged = await store.pageLog({ customerId: 'acme', limit: 2, order: 'desc' });
        equal(paged.items.map((e) => e.message), ['a: on b1.com', 'a: by domain']);
        equal((await store.pageLog({ customerId: 'acme', limit: 2, order: 'desc', cursor: paged.nextCursor! })).items.map((e) => e.message), ['a: by order', 'a: by operation']);
      }),
    );

    it(
      'keeps API keys by id with the hash of their secret, revokes them once, and records use at most once per interval',
      withStore(async (store) => {
        await store.putApiKey(apiKey('k1', { name: 'billing', scopes: ['read', 'submit'], tenant: 'acme', secretHash: 'b'.repeat(64) }));
        await store.putApiKey(apiKey('k2', { createdAt: at(1) }));
        equal(await code(store.putApiKey(apiKey('k1'))), 'CONFLICT');
        equal(await store.getApiKey('k1'), apiKey('k1', { name: 'billing', scopes: ['read', 'submit'], tenant: 'acme', secretHash: 'b'.repeat(64) }));
        equal(await store.getApiKey('nope'), undefined);
        equal((await store.listApiKeys()).map((k) => k.id), ['k1', 'k2']);
        equal(await store.revokeApiKey('nope', at(5)), false);
        equal(await store.revokeApiKey('k2', at(5)), true);
        equal(await store.revokeApiKey('k2', at(9)), true, 'revoking again is not an error');
        equal((await store.getApiKey('k2'))?.revokedAt?.toISOString(), at(5).toISOString(), 'the first revocation time stays');
        equal((await store.getApiKey('k1'))?.revokedAt, undefined);
        await store.touchApiKey('k1', at(10), at(-50));
        await store.touchApiKey('k1', at(30), at(-30));
        equal((await store.getApiKey('k1'))?.lastUsedAt?.toISOString(), at(10).toISOString(), 'a use within the interval is not written');
        await store.touchApiKey('k1', at(75), at(15));
        equal((await store.getApiKey('k1'))?.lastUsedAt?.toISOString(), at(75).toISOString());
        const touches = await Promise.all(Array.from({ length: 5 }, (_, i) => store.touchApiKey('k2', at(100 + i), at(40 + i))));
        equal(touches.length, 5);
        equal((await store.getApiKey('k2'))?.lastUsedAt !== undefined, true);
      }),
    );

    it(
      'keeps console sessions by the hash of their token, per key, touched at most once per interval, ended and pruned',
      withStore(async (store) => {
        const session = (id: string, keyId: string, createdAt: Date) => ({ id, keyId, csrfToken: `csrf-${id}`, createdAt, lastSeenAt: createdAt });
        await store.putSession(session('s1', 'k1', at(0)));
        await store.putSession(session('s2', 'k1', at(10)));
        await store.putSession(session('s3', 'k2', at(5)));
        equal(await code(store.putSession(session('s1', 'k9', at(0)))), 'CONFLICT');
        equal(await store.getSession('s1'), session('s1', 'k1', at(0)));
        equal(await store.getSession('nope'), undefined);
        equal((await store.listSessions('k1')).map((s) => s.id), ['s1', 's2']);
        await store.touchSession('s1', at(70), at(10));
        await store.touchSession('s1', at(80), at(20));
        equal((await store.getSession('s1'))?.lastSeenAt.toISOString(), at(70).toISOString(), 'a use within the interval is not written');
        await store.deleteSession('s2');
        await store.deleteSession('s2');
        equal((await store.listSessions('k1')).map((s) => s.id), ['s1']);
        // s3 idle since 5, s1 seen at 70: idle before 10 ends s3 only; created before 1 ends s1.
        equal(await store.pruneSessions(at(10), at(-100)), 1);
        equal(await store.getSession('s3'), undefined);
        equal(await store.pruneSessions(at(-100), at(1)), 1);
        equal(await store.getSession('s1'), undefined);
      }),
    );

    it(
      'replaces one instance TLD catalogue at a time and lists it by TLD',
      withStore(async (store) => {
        const entry = (pluginInstance: string, tld: string, amount: string) => ({ pluginInstance, tld, registerPeriods: [1, 2], renewPeriods: undefined, prices: [{ currency: 'EUR', action: 'register' as const, amount }], syncedAt: at(1) });
        await store.transaction((tx) => tx.replaceCatalogue('a', [entry('a', 'com', '9.90'), entry('a', 'fr', '7.50')]));
        await store.transaction((tx) => tx.replaceCatalogue('b', [entry('b', 'com', '8.00')]));
        await store.transaction((tx) => tx.replaceCatalogue('a', [entry('a', 'com', '10.90')]));
        equal((await store.listCatalogue()).map((e) => [e.tld, e.pluginInstance, e.prices[0]?.amount]), [
          ['com', 'a', '10.90'],
          ['com', 'b', '8.00'],
        ]);
        equal(await store.listCatalogue({ pluginInstance: 'b', tld: 'com' }), [entry('b', 'com', '8.00')]);
        equal(await store.listCatalogue({ tld: 'fr' }), []);
      }),
    );

    it(
      'keeps host heartbeats, one row per host',
      withStore(async (store) => {
        await store.putHost({ id: 'h1', hostname: 'a', pid: 1, startedAt: T0, heartbeatAt: T0, stoppedAt: undefined });
        await store.putHost({ id: 'h1', hostname: 'a', pid: 1, startedAt: T0, heartbeatAt: at(10), stoppedAt: undefined });
        await store.putHost({ id: 'h2', hostname: 'b', pid: 2, startedAt: at(1), heartbeatAt: at(1), stoppedAt: at(5) });
        const hosts = await store.listHosts();
        equal(hosts.map((h) => [h.id, h.heartbeatAt.toISOString(), h.stoppedAt?.toISOString()]), [
          ['h1', at(10).toISOString(), undefined],
          ['h2', at(1).toISOString(), at(5).toISOString()],
        ]);
      }),
    );

    it(
      'stores an inbound message once, however often it arrives',
      withStore(async (store) => {
        const message = inbound('m1', { messageId: '<a@b>', contentHash: 'h' });
        const results = await Promise.all([store.insertInbound(message), store.insertInbound({ ...message, id: 'm2' }), store.insertInbound({ ...message, id: 'm3' })]);
        equal(results.filter(Boolean).length, 1);
        equal((await store.listInbound()).length, 1);
      }),
    );

    it(
      'stores one message per instance and Message-ID (or delivery id), whatever else differs',
      withStore(async (store) => {
        // Copies that differ only in a Received header: another content hash, the same Message-ID.
        const copies = await Promise.all(['h1', 'h2', 'h3'].map((h, i) => store.insertInbound(inbound(`c${i}`, { messageId: '<reply@r>', contentHash: h }))));
        equal(copies.filter(Boolean).length, 1, 'one copy is stored');
        equal(await store.insertInbound(inbound('other', { messageId: '<reply@r>', contentHash: 'h4', instance: 'second' })), true, 'another instance has its own Message-IDs');
        equal(await store.insertInbound(inbound('n1', { messageId: '(unparsable)', contentHash: 'h5', instance: undefined })), true);
        equal(await store.insertInbound(inbound('n2', { messageId: '(unparsable)', contentHash: 'h6', instance: undefined })), true, 'messages of no instance are told apart by content only');
        equal((await store.listInbound()).length, 4);
      }),
    );

    it(
      'keeps the raw message byte for byte',
      withStore(async (store) => {
        // Every byte value, as an 8-bit (koi8-r) mail carries them: not valid UTF-8.
        const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
        await store.insertInbound(inbound('b1', { rawBytes: bytes }));
        const [stored] = await store.listInbound();
        equal(Buffer.isBuffer(stored?.rawBytes), true);
        equal(stored?.rawBytes.equals(bytes), true, 'the stored bytes are the received bytes');
        equal(stored?.raw, bytes.toString('utf8'));
      }),
    );

    it(
      'reads one kept message by id, and changes its status only while it has the expected one',
      withStore(async (store) => {
        await store.insertInbound(inbound('q1', { status: 'quarantined', reason: 'UNMATCHED' }));
        equal(await store.getInbound('nope'), undefined);
        equal((await store.getInbound('q1'))?.reason, 'UNMATCHED');
        // Two staff acting at once: the first compare-and-set wins, the second changes nothing.
        equal(await store.updateInbound('q1', { status: 'discarded' }, 'quarantined'), true);
        equal(await store.updateInbound('q1', { status: 'applied', operationId: 'op' }, 'quarantined'), false);
        const stored = await store.getInbound('q1');
        equal([stored?.status, stored?.operationId, stored?.rawBytes.toString('utf8')], ['discarded', undefined, 'Message q1']);
      }),
    );

    it(
      'finds the pending operations carrying a ref, two at most, so an ambiguous ref is seen',
      withStore(async (store) => {
        for (const id of ['a', 'b', 'c']) await store.insertOperation(contractOperation(id, { ref: 'SHARED' }));
        await store.insertOperation(contractOperation('d'));
        equal((await store.pendingByRef('main', 'SHARED')).map((o) => o.id), ['a', 'b']);
        equal((await store.pendingByRef('main', 'REF-d')).map((o) => o.id), ['d']);
        equal(await store.pendingByRef('other', 'REF-d'), []);
      }),
    );

    it(
      'prunes Action Log entries and inbound messages older than a date, and nothing else',
      withStore(async (store) => {
        await store.insertOperation(contractOperation('old', { createdAt: at(0), updatedAt: at(0) }));
        await store.putDomain(domain('old.com', { createdAt: at(0), updatedAt: at(0) }), undefined);
        for (let i = 0; i < 10; i++) await store.appendLog({ at: at(i * 60), level: 'info', kind: 'k', message: `m${i}`, operationId: 'old' });
        for (let i = 0; i < 4; i++) {
          await store.insertInbound(inbound(`in${i}`, { messageId: `<${i}@r>`, contentHash: `h${i}`, receivedAt: at(i * 120), status: 'applied', operationId: 'old' }));
        }
        equal(await store.prune(at(0)), { actionLog: 0, inbound: 0 }, 'nothing is older than the oldest row');
        // Strictly older: the entry at exactly the cut-off stays.
        equal(await store.prune(at(300)), { actionLog: 5, inbound: 3 });
        equal((await store.queryLog()).map((e) => e.message), ['m5', 'm6', 'm7', 'm8', 'm9']);
        equal((await store.listInbound()).map((m) => m.id), ['in3']);
        equal(await store.prune(at(300)), { actionLog: 0, inbound: 0 }, 'pruning again deletes nothing');
        equal((await store.getOperation('old'))?.id, 'old', 'operations are never pruned');
        equal((await store.getDomain('old.com'))?.name, 'old.com', 'domains are never pruned');
        equal(await store.transaction((tx) => tx.prune(at(100_000))), { actionLog: 5, inbound: 1 }, 'inside a transaction too');
        equal(await store.queryLog(), []);
      }),
    );

    it(
      'webhook outbox: concurrent claims never share a delivery; attempts are fenced by the claim; an endpoint is disabled at its threshold',
      withStore(async (store) => {
        const events = Array.from({ length: 12 }, (_, i) => ({ id: `ev-${String(i).padStart(2, '0')}`, type: 'operation.status', payload: { n: i }, createdAt: at(0), endpoints: ['crm', 'erp'] }));
        await store.transaction((tx) => tx.insertOutbox(events, at(0)));
        equal((await store.listWebhookDeliveries({ status: 'pending' })).length, 24);
        equal(await store.claimDeliveries('h1', 'early', at(-1), 60_000, 100), [], 'nothing is due before its time');
        const claims = await Promise.all([1, 2, 3, 4].map((n) => store.claimDeliveries(`h${n}`, `t${n}`, at(1), 60_000, 10)));
        const keys = claims.flat().map((c) => `${c.outboxId}/${c.endpoint}`);
        equal(keys.length, 24, 'every delivery claimed');
        equal(new Set(keys).size, 24, 'no delivery claimed twice');
        const first = claims.flat().find((c) => c.outboxId === 'ev-03' && c.endpoint === 'crm')!;
        equal(first.payload, { n: 3 });
        equal(await store.claimDeliveries('h5', 't5', at(2), 60_000, 100), [], 'leased rows are not claimed again');
        const failed = { outboxId: first.outboxId, endpoint: 'crm', attempt: 1, at: at(2), statusCode: 500, durationMs: 3, error: 'HTTP 500', outcome: 'retry' as const, nextAttemptAt: at(10), disableAfter: 2 };
        equal(await store.recordWebhookAttempt({ ...failed, leaseToken: 'not-the-claim' }), undefined, 'a lost claim writes nothing');
        const state = await store.recordWebhookAttempt({ ...failed, leaseToken: first.leaseToken });
        equal([state?.status, state?.consecutiveFailures], ['enabled', 1]);
        equal((await store.listWebhookAttempts({ outboxId: first.outboxId })).map((a) => [a.attempt, a.statusCode, a.error]), [[1, 500, 'HTTP 500']]);
        const again = (await store.claimDeliveries('h6', 't6', at(10), 60_000, 100)).filter((c) => c.endpoint === 'crm');
        equal(again.map((c) => [c.outboxId, c.attempts]), [['ev-03', 1]], 'due again at its next attempt time');
        const disabled = await store.recordWebhookAttempt({ ...failed, attempt: 2, at: at(11), leaseToken: 't6', nextAttemptAt: at(40) });
        equal(disabled?.status, 'disabled');
        equal(disabled?.disabledReason?.includes('2 consecutive failed deliveries'), true);
        equal(await store.claimDeliveries('h7', 't7', at(100_000), 60_000, 100).then((c) => c.filter((d) => d.endpoint === 'crm')), [], 'a disabled endpoint gets nothing');
        await store.enableWebhookEndpoint('crm');
        const endpoints = await store.listWebhookEndpoints();
        equal(endpoints.map((e) => [e.name, e.status, e.consecutiveFailures, e.disabledReason]), [['crm', 'enabled', 0, undefined]]);
        equal((await store.claimDeliveries('h8', 't8', at(100_000), 60_000, 100)).filter((d) => d.endpoint === 'crm').length, 12, 'enabled again: its deliveries go out');
      }),
    );
  });
}
