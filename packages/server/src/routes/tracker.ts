/** `/v1/tracker`: the pending operations the tracker carries, per plugin instance, with its polling policy. */
import { DEFAULT_POLICY, type Host, type OperationRecord } from '@registrar-kit/host';
import type { FastifyInstance } from 'fastify';
import { tenantOf } from '../auth.js';
import { json, problems } from '../schemas.js';
import { compact } from './operations.js';

/** Escalations due within this horizon are listed (overdue ones too). */
export const ESCALATION_HORIZON_MS = 24 * 3_600_000;
/** Most pending operations read for the view; past it, `truncated` says the counts are lower bounds. */
const MAX_PENDING = 5_000;
const DAY_MS = 86_400_000;

const dateTime = { type: 'string', format: 'date-time' } as const;

const instanceSchema = {
  type: 'object',
  required: ['instance', 'pending', 'nextPollAt', 'minIntervalSeconds', 'recommendedIntervalSeconds', 'rateLimitPerSecond', 'batch', 'maxPendingDays', 'escalationsDue'],
  properties: {
    instance: { type: 'string' },
    plugin: { type: 'string', description: 'The plugin id of the instance.' },
    pending: { type: 'integer', description: 'Operations waiting for the registrar (polled or awaiting a message).' },
    awaitingPoll: { type: 'integer' },
    awaitingMessage: { type: 'integer' },
    nextPollAt: { anyOf: [dateTime, { type: 'null' }], description: 'The earliest next check of a pending operation of this instance.' },
    minIntervalSeconds: { type: 'integer' },
    recommendedIntervalSeconds: { type: 'integer' },
    rateLimitPerSecond: { type: ['number', 'null'] },
    batch: { type: 'boolean' },
    maxPendingDays: { type: 'number' },
    escalationsDue: {
      type: 'array',
      description: 'Operations whose wait reaches `maxPendingDays` within 24 hours (or already has): the tracker hands them to staff as manual tasks.',
      items: { type: 'object', required: ['operationId', 'domain', 'operation', 'dueAt'], properties: { operationId: { type: 'string' }, domain: { type: 'string' }, operation: { type: 'string' }, dueAt: dateTime } },
    },
    lastPollError: { type: 'object', required: ['at', 'message'], properties: { at: dateTime, message: { type: 'string' } }, description: 'The latest failed poll of this instance in the Action Log.' },
  },
} as const;

export function trackerRoutes(app: FastifyInstance, host: Host): void {
  app.get(
    '/v1/tracker',
    {
      config: { scopes: ['read', 'staff'] },
      schema: {
        summary: 'Pending operations per plugin instance',
        description: 'What the pending tracker carries: per instance the pending count, the next check, the polling policy of its manifest, escalations due within 24 hours and the latest failed poll. A tenant-bound key counts its tenant’s operations only.',
        tags: ['tracker'],
        response: {
          200: json('The tracker', { type: 'object', required: ['instances', 'truncated'], properties: { instances: { type: 'array', items: instanceSchema }, truncated: { type: 'boolean' } } }),
          ...problems(401, 403, 500, 503),
        },
      },
    },
    async (request) => {
      const tenant = tenantOf(request);
      const pending: OperationRecord[] = [];
      let cursor: string | undefined;
      do {
        const page = await host.pageOperations(compact({ status: 'pending' as const, customerId: tenant, limit: 500, order: 'asc' as const, cursor }));
        pending.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor !== undefined && pending.length < MAX_PENDING);
      const errors = await host.pageLog(compact({ kind: 'poll', level: ['warn', 'error'] as ('warn' | 'error')[], order: 'desc' as const, limit: 200, customerId: tenant }));
      const now = host.clock.now().getTime();

      const instances = [...host.plugins().values()].sort((a, b) => a.name.localeCompare(b.name)).map((instance) => {
        const policy = { ...DEFAULT_POLICY, ...instance.manifest.polling };
        const mine = pending.filter((op) => op.pluginInstance === instance.name);
        const checks = mine.filter((op) => op.await === 'poll').map((op) => op.nextCheckAt?.getTime()).filter((t): t is number => t !== undefined);
        const maxPendingDays = policy.maxPendingDays ?? DEFAULT_POLICY.maxPendingDays!;
        const escalationsDue = mine
          .map((op) => ({ operationId: op.id, domain: op.domain, operation: op.operation, due: (op.submittedAt ?? op.createdAt).getTime() + maxPendingDays * DAY_MS }))
          .filter((e) => e.due <= now + ESCALATION_HORIZON_MS)
          .sort((a, b) => a.due - b.due)
          .slice(0, 100)
          .map(({ due, ...e }) => ({ ...e, dueAt: new Date(due).toISOString() }));
        const lastError = errors.items.find((e) => e.pluginInstance === instance.name);
        return compact({
          instance: instance.name,
          plugin: instance.manifest.id,
          pending: mine.length,
          awaitingPoll: mine.filter((op) => op.await === 'poll').length,
          awaitingMessage: mine.filter((op) => op.await === 'message').length,
          nextPollAt: checks.length === 0 ? null : new Date(Math.min(...checks)).toISOString(),
          minIntervalSeconds: policy.minIntervalSeconds,
          recommendedIntervalSeconds: policy.recommendedIntervalSeconds,
          rateLimitPerSecond: policy.rateLimitPerSecond ?? null,
          batch: policy.batch ?? false,
          maxPendingDays,
          escalationsDue,
          lastPollError: lastError === undefined ? undefined : { at: lastError.at.toISOString(), message: lastError.message },
        });
      });
      return { instances, truncated: cursor !== undefined };
    },
  );
}
