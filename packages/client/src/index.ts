/**
 * `@registrar-kit/client`: a typed client of `@registrar-kit/server`'s API v1, generated from its
 * OpenAPI document.
 * @packageDocumentation
 */
export {
  createClient,
  RegistrarKitError,
  type ClientOptions,
  type RegistrarKitClient,
  type Operation,
  type OperationDetail,
  type Task,
  type LogEntry,
  type Problem,
  type Domain,
  type Renewal,
  type SyncSummary,
  type SubmitBody,
  type OperationQuery,
  type TaskQuery,
  type LogQuery,
  type CompleteTaskBody,
  type Page,
} from './client.js';
export type { paths, components } from './schema.generated.js';
