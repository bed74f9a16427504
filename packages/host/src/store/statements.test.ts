import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Compilable } from 'kysely';
import { describe, expect, it } from 'vitest';
import * as queries from './queries.js';
import { STATEMENTS } from './sqlite-statements.generated.js';
import * as reference from './statements.js';
import type { ActionLogQuery, DomainQuery, OperationQuery, TaskQuery } from './store.js';

const db = reference.compiler();
const compiled = (q: Compilable): { sql: string; parameters: unknown[] } => {
  const { sql, parameters } = q.compile();
  return { sql, parameters: [...parameters] };
};
function same(q: queries.Query, ref: Compilable): void {
  expect({ sql: q.sql, parameters: q.parameters }).toEqual(compiled(ref));
}

/** Any text, quotes and placeholders included: values are bound, so none may reach the SQL. */
const text = fc.string({ maxLength: 8, unit: fc.constantFrom('a', 'z', "'", '"', '?', '%', '_', '\\', ' ', ';', '-') });
const oneOrMany = fc.oneof(text, fc.array(text, { maxLength: 3 }));
const date = fc.integer({ min: 0, max: 2 ** 42 }).map((t) => new Date(t));
const limit = fc.integer({ min: 0, max: 1000 });
const order = fc.constantFrom<'asc' | 'desc'>('asc', 'desc');

describe('the SQLite store statements', () => {
  it('sqlite-statements.generated.ts is what statements.ts compiles to (run scripts/generate-sqlite-statements.mjs)', async () => {
    const { generateSqliteStatements } = (await import(new URL('../../scripts/generate-sqlite-statements.mjs', import.meta.url).href)) as {
      generateSqliteStatements(): Promise<string>;
    };
    const committed = readFileSync(new URL('./sqlite-statements.generated.ts', import.meta.url), 'utf8');
    expect(await generateSqliteStatements()).toBe(committed);
    // And the module the store imports holds exactly that.
    expect(Object.fromEntries(Object.entries(STATEMENTS).map(([name, s]) => [name, { sql: s.sql, params: s.params }]))).toEqual(reference.compileFixedStatements());
  });

  it('writes an operation insert and update per column set as Kysely does, refusing a column operations lacks', () => {
    const columns = ['payload_hash', 'operation', 'domain', 'connector', 'plugin_instance', 'order_id', 'customer_id', 'mode', 'status', 'input', 'result', 'error', 'ref', 'await_kind', 'step', 'pending_data', 'next_check_at', 'lease_owner', 'lease_expires_at', 'lease_token', 'holds_domain', 'poll_attempts', 'submitted_at', 'updated_at'];
    fc.assert(
      fc.property(fc.subarray(columns), fc.boolean(), (set, checked) => {
        const names = [...set].sort();
        const insert = ['created_at', 'id', 'idempotency_key', 'version', ...names].sort();
        expect(queries.insertOperation(insert)).toBe(reference.compileStatement(reference.insertOperation(db, insert)).sql);
        const update = reference.compileStatement(reference.updateOperation(db, names, checked));
        expect(queries.updateOperation(names, checked)).toBe(update.sql);
        expect(update.params).toEqual(checked ? [...names, '$id', '$version'] : [...names, '$id']);
      }),
    );
    expect(() => queries.insertOperation(['id', 'name"; drop table operations; --'])).toThrow(/not a column of operations/);
    expect(() => queries.updateOperation(['__proto__'], false)).toThrow(/not a column of operations/);
  });

  it('assembles the paged reads as Kysely compiles them', () => {
    const domainQuery = fc.record({ status: oneOrMany, pluginInstance: text, customerId: text, text, limit }, { requiredKeys: [] }) as fc.Arbitrary<DomainQuery>;
    fc.assert(
      fc.property(domainQuery, fc.option(text, { nil: undefined }), (q, after) => same(queries.pageDomains(q, after), reference.pageDomains(db, q, after))),
    );
    const operationQuery = fc.record({ domain: text, status: oneOrMany, orderId: text, pluginInstance: text, operation: text, customerId: text, since: date, limit, order }, { requiredKeys: [] }) as fc.Arbitrary<OperationQuery>;
    const operationCursor = fc.option(fc.tuple(fc.integer({ min: 0, max: 2 ** 42 }), text), { nil: undefined });
    fc.assert(fc.property(operationQuery, operationCursor, (q, after) => same(queries.pageOperations(q, after), reference.pageOperations(db, q, after))));
    const logQuery = fc.record({ domain: text, operationId: text, orderId: text, kind: text, customerId: text, level: oneOrMany, since: date, until: date, limit, order }, { requiredKeys: [] }) as fc.Arbitrary<ActionLogQuery>;
    fc.assert(fc.property(logQuery, fc.option(fc.nat(), { nil: undefined }), (q, after) => same(queries.pageLog(q, after), reference.pageLog(db, q, after))));
  });

  it('assembles the lists, claims and bulk updates as Kysely compiles them', () => {
    const taskQuery = fc.record({ status: oneOrMany, domain: text, operationId: text, customerId: text }, { requiredKeys: [] }) as fc.Arbitrary<TaskQuery>;
    fc.assert(fc.property(taskQuery, (q) => same(queries.listTasks(q), reference.listTasks(db, q))));
    const inboundQuery = fc.record({ status: fc.constantFrom('received' as const, 'applied' as const, 'quarantined' as const, 'discarded' as const), instance: text }, { requiredKeys: [] });
    fc.assert(fc.property(inboundQuery, (q) => same(queries.listInbound(q), reference.listInbound(db, q))));
    same(queries.listHosts(), reference.listHosts(db));
    const ids = fc.array(text, { minLength: 1, maxLength: 5 });
    const time = fc.integer({ min: 0, max: 2 ** 42 });
    fc.assert(fc.property(time, fc.nat(), (t, n) => same(queries.claimDue(t, n), reference.claimDue(db, t, n))));
    fc.assert(fc.property(text, text, time, ids, (owner, token, expires, chunk) => same(queries.leaseClaimed(owner, token, expires, chunk), reference.leaseClaimed(db, owner, token, expires, chunk))));
    fc.assert(fc.property(ids, text, text, time, time, (chunk, owner, token, next, t) => same(queries.reschedule(chunk, owner, token, next, t), reference.reschedule(db, chunk, owner, token, next, t))));
    const syncClaim = fc.record({ instance: text, t: time, limit: fc.nat(), expiringBefore: fc.option(text, { nil: undefined }), domain: fc.option(text, { nil: undefined }), next: fc.option(time, { nil: undefined }), leaseMs: fc.option(time, { nil: undefined }) });
    fc.assert(fc.property(syncClaim, (c) => same(queries.claimSync(c), reference.claimSync(db, c))));
    fc.assert(fc.property(time, ids, (next, chunk) => same(queries.syncClaimed(next, chunk), reference.syncClaimed(db, next, chunk))));
    const followUpClaim = fc.record({ t: time, limit: fc.nat(), operationId: fc.option(text, { nil: undefined }) });
    fc.assert(fc.property(followUpClaim, (c) => same(queries.claimFollowUps(c), reference.claimFollowUps(db, c))));
    fc.assert(fc.property(time, ids, (next, chunk) => same(queries.followUpsClaimed(next, chunk), reference.followUpsClaimed(db, next, chunk))));
    fc.assert(fc.property(text, time, fc.option(time, { nil: null }), (id, until, due) => same(queries.settleFollowUps(id, until, due), reference.settleFollowUps(db, id, until, due))));
    const nullable = fc.option(text, { nil: null });
    const taskSet = fc.record({ status: text, claimed_by: nullable, result: nullable, updated_at: time }, { requiredKeys: [] });
    fc.assert(fc.property(text, taskSet, fc.option(fc.nat(), { nil: undefined }), (id, set, v) => same(queries.updateTask(id, set, v), reference.updateTask(db, id, set, v))));
    const inboundSet = fc.record({ status: text, reason: nullable, operation_id: nullable, instance: nullable }, { requiredKeys: [] }).filter((s) => Object.keys(s).length > 0);
    const inboundStatus = fc.option(fc.constantFrom('received' as const, 'applied' as const, 'quarantined' as const, 'discarded' as const), { nil: undefined });
    fc.assert(fc.property(text, inboundSet, inboundStatus, (id, set, expected) => same(queries.updateInbound(id, set, expected), reference.updateInbound(db, id, set, expected))));
  });
});
