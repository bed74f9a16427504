/**
 * The typed client: `openapi-fetch` over the types `openapi-typescript` generated from the
 * server's OpenAPI document, plus one method per thing a platform does. A method resolves with
 * the answer's body, or rejects with a {@link RegistrarKitError} carrying the problem details.
 */
import createFetchClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './schema.generated.js';

export type Operation = components['schemas']['Operation'];
/** An operation with its registrar calls and the actions its state allows (`GET /v1/operations/{id}`). */
export type OperationDetail = components['schemas']['OperationDetail'];
export type Task = components['schemas']['Task'];
export type LogEntry = components['schemas']['LogEntry'];
export type Problem = components['schemas']['Problem'];
export type Domain = components['schemas']['Domain'];
/** The renewal scheduler's state for a domain's current expiry. */
export type Renewal = components['schemas']['Renewal'];
/** What one registrar sync run did (`POST /v1/sync`). */
export type SyncSummary = components['schemas']['SyncSummary'];
/** `POST /v1/operations`: the operation's name and input (as the host's `SubmitRequest`), an order, a customer. */
export type SubmitBody = paths['/v1/operations']['post']['requestBody']['content']['application/json'];
export type OperationQuery = NonNullable<paths['/v1/operations']['get']['parameters']['query']>;
export type TaskQuery = NonNullable<paths['/v1/tasks']['get']['parameters']['query']>;
export type LogQuery = NonNullable<paths['/v1/log']['get']['parameters']['query']>;
export type CompleteTaskBody = NonNullable<paths['/v1/tasks/{id}/complete']['post']['requestBody']>['content']['application/json'];

/** A page of a list; pass `nextCursor` as `cursor` for the next one (absent on the last page). */
export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export interface ClientOptions {
  /** Where the server listens, e.g. `http://127.0.0.1:8080`. */
  baseUrl: string;
  /** An API key (`registrar-kit keys create`), sent as `Authorization: Bearer`. */
  apiKey: string;
  /** The fetch to use (default: the global one), e.g. one with a proxy or a timeout. */
  fetch?: (request: Request) => Promise<Response>;
}

/** The server refused a request: `status`, and the host's stable `code` to branch on. */
export class RegistrarKitError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(readonly problem: Problem) {
    super(problem.detail === undefined ? `${problem.status} ${problem.code}` : `${problem.code}: ${problem.detail}`);
    this.name = 'RegistrarKitError';
    this.status = problem.status;
    this.code = problem.code;
  }
}

/** What openapi-fetch answers: the body, or the problem (any other error body is turned into one). */
type Answer<T> = { data?: T; error?: unknown; response: Response };

function unwrap<T>({ data, error, response }: Answer<T>): T {
  if (error === undefined && response.ok) return data as T;
  const body = error as Partial<Problem> | undefined;
  throw new RegistrarKitError(
    typeof body?.code === 'string' ? (body as Problem) : { type: 'about:blank', title: response.statusText, status: response.status, code: 'HTTP_ERROR', detail: `the server answered ${response.status} without problem details` },
  );
}

export interface RegistrarKitClient {
  /** Submits any operation of the vocabulary; 202 (pending, awaiting payment or staff) or 200 (done at once) alike. */
  submit(body: SubmitBody, options?: { idempotencyKey?: string }): Promise<Operation>;
  /** One operation, with each registrar call from the Action Log and the actions its state allows now. */
  getOperation(id: string): Promise<OperationDetail>;
  listOperations(query?: OperationQuery): Promise<Page<Operation>>;
  /** Staff send a failed operation again as a new operation (the failed one stays failed); 409 OPERATION_STATE when a resend cannot help or might pay twice. */
  retryOperation(id: string): Promise<Operation>;
  /** Marks an order paid: its operations go out. */
  markPaid(orderId: string): Promise<{ orderId: string; operations: Operation[] }>;
  cancelOrder(orderId: string): Promise<{ orderId: string; operations: Operation[] }>;
  listTasks(query?: TaskQuery): Promise<Task[]>;
  /** Claims a manual task for the key's holder (recorded in the Action Log). */
  claimTask(id: string): Promise<Task>;
  /** Completes a manual task with the operation's result: the operation is done. */
  completeTask(id: string, body?: CompleteTaskBody): Promise<Operation>;
  /** Rejects a manual task: the operation fails with `reason`. */
  failTask(id: string, reason: string): Promise<Operation>;
  /** The Action Log, filtered and paginated like `registrar-kit log`. */
  log(query?: LogQuery): Promise<Page<LogEntry>>;
  /** Sets the host's renewal policy of a domain (a local setting: nothing is sent to the registrar). */
  setRenewal(domain: string, policy: { autoRenew: boolean }): Promise<Domain>;
  /** Attaches the platform's order to the domain's scheduled renewal: once released, it waits for the payment. */
  attachRenewalOrder(domain: string, orderId: string): Promise<{ domain: string; renewal: Renewal }>;
  /** Runs the registrar sync now: one domain, or every due domain (staff or admin key). */
  sync(options?: { domain?: string }): Promise<SyncSummary>;
  /** The typed openapi-fetch client underneath, for the routes without a method here. */
  readonly raw: Client<paths>;
}

/** A client of one server, acting with one API key. */
export function createClient(options: ClientOptions): RegistrarKitClient {
  const raw = createFetchClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    headers: { authorization: `Bearer ${options.apiKey}` },
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
  const id = (value: string) => ({ path: { id: value } });
  return {
    raw,
    submit: async (body, submitOptions = {}) =>
      unwrap(await raw.POST('/v1/operations', { body, params: { header: submitOptions.idempotencyKey === undefined ? {} : { 'idempotency-key': submitOptions.idempotencyKey } } })),
    getOperation: async (operationId) => unwrap(await raw.GET('/v1/operations/{id}', { params: id(operationId) })),
    listOperations: async (query = {}) => unwrap(await raw.GET('/v1/operations', { params: { query } })),
    retryOperation: async (operationId) => unwrap(await raw.POST('/v1/operations/{id}/retry', { params: id(operationId) })),
    markPaid: async (orderId) => unwrap(await raw.POST('/v1/orders/{id}/paid', { params: id(orderId) })),
    cancelOrder: async (orderId) => unwrap(await raw.POST('/v1/orders/{id}/cancel', { params: id(orderId) })),
    listTasks: async (query = {}) => unwrap(await raw.GET('/v1/tasks', { params: { query } })).items,
    claimTask: async (taskId) => unwrap(await raw.POST('/v1/tasks/{id}/claim', { params: id(taskId) })),
    completeTask: async (taskId, body = {}) => unwrap(await raw.POST('/v1/tasks/{id}/complete', { params: id(taskId), body })),
    failTask: async (taskId, reason) => unwrap(await raw.POST('/v1/tasks/{id}/fail', { params: id(taskId), body: { reason } })),
    log: async (query = {}) => unwrap(await raw.GET('/v1/log', { params: { query } })),
    setRenewal: async (domain, policy) => unwrap(await raw.PUT('/v1/domains/{name}/renewal', { params: { path: { name: domain } }, body: { autoRenew: policy.autoRenew } })),
    attachRenewalOrder: async (domain, orderId) => unwrap(await raw.POST('/v1/domains/{name}/renewal/order', { params: { path: { name: domain } }, body: { orderId } })),
    sync: async (options = {}) => unwrap(await raw.POST('/v1/sync', { body: options.domain === undefined ? {} : { domain: options.domain } })),
  };
}
