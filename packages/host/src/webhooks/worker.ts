import type { Clock, Logger } from '@registrar-kit/sdk';
import { WEBHOOK_EVENT_TYPES, type WebhookConfig } from '../config.js';
import { HostError } from '../errors.js';
import type { HostEventBus } from '../events.js';
import type { ClaimedDelivery, Store, WebhookAttempt, WebhookDeliveryRecord, WebhookDeliveryStatus, WebhookEndpointState } from '../store/store.js';
import { parseRetryAfter, retryDelayMs } from './backoff.js';
import { signWebhookEvent } from './signing.js';

export const DEFAULT_MAX_ATTEMPTS = 12;
export const DEFAULT_DISABLE_AFTER_FAILURES = 50;
export const DEFAULT_TIMEOUT_MS = 10_000;

export interface WebhookWorkerOptions {
  /** This host's id: the owner of its delivery leases. */
  hostId: string;
  /** The fetch requests go through (default the global fetch). */
  fetch?: typeof fetch;
  /** Jitter source for the backoff. */
  random?: () => number;
  /** Deliveries claimed per pass (default 20). */
  batchSize?: number;
  logger?: Logger;
}

/** An endpoint as configured, with its health as the store keeps it. */
export interface WebhookEndpointView {
  name: string;
  url: string;
  events: string[];
  status: 'enabled' | 'disabled';
  disabledReason: string | undefined;
  disabledAt: Date | undefined;
  consecutiveFailures: number;
  lastError: string | undefined;
  lastAttemptAt: Date | undefined;
  lastSuccessAt: Date | undefined;
}

/** The part of an endpoint's answer kept in the delivery log as its error. */
const BODY_IN_ERROR = 200;

/**
 * Delivers the outbox to the platform's endpoints: claims due deliveries under a lease (hosts
 * sharing the store never send one row twice), POSTs each event signed per Standard Webhooks,
 * and records every attempt. A 2xx answer delivers it; anything else is retried with backoff
 * until the endpoint's `maxAttempts`; an endpoint failing `disableAfterFailures` times in a row
 * is disabled, with the reason, until {@link WebhookWorker.enable}.
 */
export class WebhookWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = true;
  private tokens = 0;
  private unsubscribe: (() => void)[] = [];
  private readonly byName: ReadonlyMap<string, WebhookConfig>;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly events: HostEventBus,
    private readonly webhooks: readonly WebhookConfig[],
    private readonly options: WebhookWorkerOptions,
  ) {
    this.byName = new Map(webhooks.map((w) => [w.name, w]));
  }

  /** Delivers in the background: a pass every `intervalMs`, and soon after this host commits an event. No-op without endpoints. */
  start(intervalMs = 1_000): void {
    if (this.webhooks.length === 0 || !this.stopped) return;
    this.stopped = false;
    const pass = (): void => {
      this.timer = undefined;
      if (this.stopped) return;
      this.running = this.deliverDue()
        .catch((error: unknown) => this.options.logger?.warn(`webhook delivery pass failed: ${(error as Error).message}`))
        .then((sent) => {
          this.running = undefined;
          // A full batch: more may be due at once.
          if (!this.stopped && this.timer === undefined) this.timer = setTimeout(pass, sent === (this.options.batchSize ?? 20) ? 0 : intervalMs).unref();
        });
    };
    this.wake = () => {
      if (this.stopped || this.running !== undefined) return;
      if (this.timer !== undefined) clearTimeout(this.timer);
      this.timer = setTimeout(pass, 0).unref();
    };
    this.unsubscribe = WEBHOOK_EVENT_TYPES.map((e) => this.events.on(e, () => this.wake()));
    this.timer = setTimeout(pass, 0).unref();
  }

  private wake: () => void = () => undefined;

  /** Stops the background passes and waits for the one in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    for (const off of this.unsubscribe.splice(0)) off();
    await this.running;
  }

  /** One pass: claims the deliveries due now and attempts each. Returns how many were attempted. */
  async deliverDue(): Promise<number> {
    if (this.webhooks.length === 0) return 0;
    const token = `${this.options.hostId}/webhooks/${++this.tokens}`;
    const longest = Math.max(...this.webhooks.map((w) => w.timeoutMs ?? DEFAULT_TIMEOUT_MS));
    // The lease outlives the slowest attempt, so no other host claims a delivery still being sent.
    const claimed = await this.store.claimDeliveries(this.options.hostId, token, this.clock.now(), longest + 60_000, this.options.batchSize ?? 20);
    await Promise.all(claimed.map((d) => this.attempt(d)));
    return claimed.length;
  }

  private async attempt(d: ClaimedDelivery): Promise<void> {
    const endpoint = this.byName.get(d.endpoint);
    const attempt = d.attempts + 1;
    const now = this.clock.now();
    const started = performance.now();
    let statusCode: number | undefined;
    let error: string | undefined;
    let retryAfterMs: number | undefined;
    if (endpoint === undefined) {
      error = `endpoint "${d.endpoint}" is not in this host's configuration`;
    } else {
      const body = JSON.stringify({ type: d.type, timestamp: d.createdAt.toISOString(), data: d.payload });
      const secret = endpoint.secret as string;
      try {
        const response = await (this.options.fetch ?? fetch)(endpoint.url, {
          method: 'POST',
          // A redirect is not followed: the signature was made for this endpoint.
          redirect: 'manual',
          signal: AbortSignal.timeout(endpoint.timeoutMs ?? DEFAULT_TIMEOUT_MS),
          headers: {
            'content-type': 'application/json',
            'user-agent': 'registrar-kit-webhooks',
            'webhook-id': d.outboxId,
            'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
            'webhook-signature': signWebhookEvent({ id: d.outboxId, timestamp: now, body, secret }),
          },
          body,
        });
        statusCode = response.status;
        const text = await response.text().catch(() => '');
        if (statusCode < 200 || statusCode > 299) {
          error = `HTTP ${statusCode}${text === '' ? '' : `: ${text.slice(0, BODY_IN_ERROR)}`}`;
          retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now);
        }
      } catch (thrown) {
        const e = thrown as Error & { cause?: { code?: string; message?: string } };
        error = e.name === 'TimeoutError' ? `no answer within ${endpoint.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms` : (e.cause?.message ?? e.message);
      }
    }
    const maxAttempts = endpoint?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    const outcome = error === undefined ? 'delivered' : attempt >= maxAttempts ? 'failed' : 'retry';
    const state = await this.store.recordWebhookAttempt({
      outboxId: d.outboxId,
      endpoint: d.endpoint,
      attempt,
      at: now,
      statusCode,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      error,
      leaseToken: d.leaseToken,
      outcome,
      ...(outcome === 'retry' ? { nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempt, this.options.random ?? Math.random, retryAfterMs)) } : {}),
      disableAfter: endpoint?.disableAfterFailures ?? DEFAULT_DISABLE_AFTER_FAILURES,
    });
    if (outcome === 'failed') this.options.logger?.warn(`webhook ${d.type} ${d.outboxId} to ${d.endpoint} failed after ${attempt} attempts: ${error}`);
    if (state?.status === 'disabled' && state.disabledAt?.getTime() === now.getTime()) this.options.logger?.error(`webhook endpoint ${d.endpoint} ${state.disabledReason}`);
  }

  /** The configured endpoints with their health: status, the reason one is disabled, the last error. */
  async endpoints(): Promise<WebhookEndpointView[]> {
    const states = new Map((await this.store.listWebhookEndpoints()).map((s) => [s.name, s]));
    return this.webhooks.map((w) => {
      const s: Partial<WebhookEndpointState> = states.get(w.name) ?? {};
      return {
        name: w.name,
        url: w.url,
        events: [...(w.events ?? WEBHOOK_EVENT_TYPES)],
        status: s.status ?? 'enabled',
        disabledReason: s.disabledReason,
        disabledAt: s.disabledAt,
        consecutiveFailures: s.consecutiveFailures ?? 0,
        lastError: s.lastError,
        lastAttemptAt: s.lastAttemptAt,
        lastSuccessAt: s.lastSuccessAt,
      };
    });
  }

  /** Enables a disabled endpoint again (its waiting deliveries go out on the next pass). */
  async enable(name: string): Promise<void> {
    if (!this.byName.has(name)) throw new HostError('NOT_FOUND', `no webhook endpoint "${name}" is configured (${this.webhooks.map((w) => w.name).join(', ') || 'none'})`);
    await this.store.enableWebhookEndpoint(name);
    this.wake();
  }

  /** Deliveries by event, endpoint or status. */
  deliveries(filter?: { outboxId?: string; endpoint?: string; status?: WebhookDeliveryStatus; limit?: number }): Promise<WebhookDeliveryRecord[]> {
    return this.store.listWebhookDeliveries(filter);
  }

  /** The delivery log: every attempt with its status code, duration and error. */
  attempts(filter?: { outboxId?: string; endpoint?: string; limit?: number }): Promise<WebhookAttempt[]> {
    return this.store.listWebhookAttempts(filter);
  }
}
