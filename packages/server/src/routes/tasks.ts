/** `/v1/tasks`: manual work for staff. The acting key's id is the staff name in the Action Log. */
import type { Host, ManualTask, ManualTaskStatus } from '@registrar-kit/host';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { tenantOf, visible } from '../auth.js';
import { HttpProblem } from '../problem.js';
import { json, problems, ref, TASK_STATUSES } from '../schemas.js';
import { operationView, taskView } from '../views.js';
import { compact } from './operations.js';

const params = { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1, maxLength: 255 } } } as const;

/** The staff name recorded for a key: its id (names are optional and not unique). */
const staffOf = (request: FastifyRequest): string => request.apiKey!.id;

/** The task, when the request may act on it: a tenant sees tasks of its own operations only. */
async function ownTask(host: Host, request: FastifyRequest, id: string): Promise<ManualTask> {
  const task = await host.manualTasks.get(id);
  const owner = task === undefined || tenantOf(request) === undefined ? undefined : (await host.getOperation(task.operationId))?.customerId;
  if (task === undefined || (tenantOf(request) !== undefined && !visible(request, owner))) throw new HttpProblem('NOT_FOUND', `manual task ${id} does not exist`);
  return task;
}

export function taskRoutes(app: FastifyInstance, host: Host): void {
  app.get<{ Querystring: { status?: ManualTaskStatus[]; domain?: string } }>(
    '/v1/tasks',
    {
      config: { scopes: ['read', 'staff'] },
      schema: {
        summary: 'List manual tasks',
        tags: ['tasks'],
        querystring: { type: 'object', additionalProperties: false, properties: { status: { type: 'array', items: { type: 'string', enum: [...TASK_STATUSES] } }, domain: { type: 'string' } } },
        response: { 200: json('The tasks', { type: 'object', required: ['items'], properties: { items: { type: 'array', items: ref('Task') } } }), ...problems(400, 401, 403, 500, 503) },
      },
    },
    async (request) => {
      // A tenant-bound key: the store keeps the tasks whose operation is the tenant's.
      const tenant = tenantOf(request);
      const tasks = await host.manualTasks.list(compact({ status: request.query.status, domain: request.query.domain, customerId: tenant }));
      return { items: tasks.map(taskView) };
    },
  );

  app.post<{ Params: { id: string } }>(
    '/v1/tasks/:id/claim',
    {
      config: { scopes: ['staff'] },
      schema: {
        summary: 'Claim a task',
        description: 'One owner per task: claimed by another key → 409 TASK_STATE. Claiming again with the same key is a no-op.',
        tags: ['tasks'],
        params,
        response: { 200: json('The claimed task', ref('Task')), ...problems(400, 401, 403, 404, 409, 500, 503) },
      },
    },
    async (request) => {
      await ownTask(host, request, request.params.id);
      return taskView(await host.manualTasks.claim(request.params.id, staffOf(request)));
    },
  );

  app.post<{ Params: { id: string }; Body: { result?: unknown; note?: string } | undefined }>(
    '/v1/tasks/:id/complete',
    {
      config: { scopes: ['staff'] },
      schema: {
        summary: 'Complete a task',
        description: 'Staff did the work: the operation is done with `result`. A task claimed by another key → 409 TASK_STATE.',
        tags: ['tasks'],
        params,
        body: { type: 'object', additionalProperties: false, properties: { result: { description: 'The operation’s result (e.g. `{ "expiresAt": "…" }`).' }, note: { type: 'string', maxLength: 2000 } } },
        response: { 200: json('The operation, now done', ref('Operation')), ...problems(400, 401, 403, 404, 409, 500, 503) },
      },
    },
    async (request) => {
      const task = await ownTask(host, request, request.params.id);
      const staff = staffOf(request);
      const record = await host.manualTasks.complete(request.params.id, request.body?.result ?? {}, { staff });
      await logNote(host, task, staff, request.body?.note);
      return operationView(record);
    },
  );

  app.post<{ Params: { id: string }; Body: { reason: string } }>(
    '/v1/tasks/:id/fail',
    {
      config: { scopes: ['staff'] },
      schema: {
        summary: 'Fail a task',
        description: 'Staff refuse: the operation fails (POLICY) with the reason.',
        tags: ['tasks'],
        params,
        body: { type: 'object', required: ['reason'], additionalProperties: false, properties: { reason: { type: 'string', minLength: 1, maxLength: 2000 } } },
        response: { 200: json('The operation, now failed', ref('Operation')), ...problems(400, 401, 403, 404, 409, 500, 503) },
      },
    },
    async (request) => {
      await ownTask(host, request, request.params.id);
      return operationView(await host.manualTasks.reject(request.params.id, request.body.reason, { staff: staffOf(request) }));
    },
  );
}

/** A completion note goes to the Action Log beside the completion the host logged. */
async function logNote(host: Host, task: ManualTask, staff: string, note: string | undefined): Promise<void> {
  if (note === undefined || note === '') return;
  await host.engine.log({ level: 'info', kind: 'manual-task', message: `note by ${staff} on the ${task.operation} ${task.domain} task: ${note}`, domain: task.domain, operationId: task.operationId, data: { taskId: task.id, staff, note } });
}
