/**
 * `@registrar-kit/host`: load registrar plugins, route operations per TLD connector, keep durable
 * operations, orders, manual tasks and an Action Log.
 * @packageDocumentation
 */
import 'reflect-metadata';
export { Host, createHost, loadHost, type SubmitRequest, type HostProblem, type Capability } from './host.js';
export { Engine, type EngineOptions, type Unit } from './engine/engine.js';
export type { Applied, Fence, Lease, Plan, Released, RoutedRequest, Submitted, Write, LogDraft, EventDraft, OutcomeMeta } from './engine/plan.js';
export { OutcomeJournal, type JournalEntry } from './engine/journal.js';
export { retryRefusal, retryKey } from './retry.js';
export type { RecoveryReport } from './recovery.js';
export type { CatalogueSyncReport, ImportOptions, ImportReport } from './portfolio/portfolio.js';
export { MAX_BULK_REQUESTS, DEFAULT_BULK_CONCURRENCY, type BulkItem, type BulkOptions } from './bulk.js';
export { runStoreContract, type StoreContractOptions, type ContractRunner } from './store/contract.js';
export { configSchema, checkConfig, loadConfig, resolveConfig, resolveEnvRefs, storePath, journalPath, postgresUrl, type StoreConfig, type HostConfig, type ResolvedConfig, type PluginInstanceConfig, type ConnectorConfig, type ConnectorFlag, type Mode, type EnvRef, type PluginTimeouts, type WebhookConfig, type WebhookEventType, type SyncConfig, type RenewalsConfig, WEBHOOK_EVENT_TYPES, DEFAULT_PLUGIN_TIMEOUTS } from './config.js';
export { buildConnector, connectorFor, FLAG_OPERATIONS, type Connector, type ConnectorProblem } from './connectors.js';
export { HostError, isHostError, type HostErrorCode, type HostIssue } from './errors.js';
export { HostEventBus, type HostEvents, type HostEventName } from './events.js';
export { ActionLog } from './action-log.js';
export {
  DOMAIN_STATUSES,
  OPERATION_STATUSES,
  FINAL_OPERATION_STATUSES,
  canTransitionDomain,
  canTransitionOperation,
  assertDomainTransition,
  assertOperationTransition,
  type DomainStatus,
  type OperationStatus,
} from './lifecycle.js';
export { systemClock, type HostOptions } from './options.js';
export type { PluginInstance, InstanceProblem } from './plugin-registry.js';
export { SqliteStore, openSqliteStore, type SqliteStoreOptions } from './store/sqlite-store.js';
export type * from './store/store.js';
export { TOKENS } from './tokens.js';
export { signWebhookEvent, verifyWebhookEvent, webhookKey, type SignInput, type VerifyInput, type VerifyResult } from './webhooks/signing.js';
export { WebhookWorker, type WebhookWorkerOptions, type WebhookEndpointView } from './webhooks/worker.js';
export type { Dispatcher } from './dispatch.js';
export type { Presence } from './presence.js';
export { PendingTracker, type TrackerOptions, type CycleReport } from './tracker/pending-tracker.js';
export type { DomainLife } from './domain-life.js';
export type { SyncSummary, SyncRunOptions } from './sync/sweeper.js';
export type { SyncResult, Drift } from './sync/plan.js';
export type { RenewalReport } from './renewals/scheduler.js';
export { noScheduledRenewal } from './renewals/plan.js';
export { expiryStatus } from './lifecycle.js';
export { nextPollDelaySeconds, retryDelaySeconds, isOverdue, DEFAULT_POLICY, type PollingPolicy } from './tracker/policy.js';
export { RateLimiter } from './tracker/rate-limiter.js';
export { InboundIntake, senderAllowed, type DeliveryMeta, type DeliveryResult, type QuarantineReason, type RefusalReason, type WebhookDelivery, type InboundOptions } from './inbound/intake.js';
export { signWebhook, SIGNATURE_HEADER, TIMESTAMP_HEADER, DELIVERY_HEADER, type WebhookBody } from './inbound/webhook-auth.js';
export { acceptsTransport, type InboundTransport, type TransportVerdict } from './inbound/transport.js';
export { startSmtpListener, type SmtpListener, type SmtpListenerOptions, type SmtpEnvelope } from './inbound/smtp-listener.js';
export { createSmtpMailSender, type SmtpMailSenderOptions, type SmtpCommonOptions, type MailTransport, type SentMailRecord } from './mail/smtp-sender.js';
