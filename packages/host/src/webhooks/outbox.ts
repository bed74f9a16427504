import { WEBHOOK_EVENT_TYPES, type WebhookConfig } from '../config.js';
import type { EventDraft } from '../engine/plan.js';
import type { OutboxEvent } from '../store/store.js';

/**
 * The engine's outbox writer for the configured endpoints: each event of a committed plan becomes
 * one outbox row (a fresh time-ordered id: the `webhook-id`) with a delivery per endpoint
 * subscribed to its type. Undefined when no webhook is configured, so the engine writes nothing.
 */
export function outboxWriter(webhooks: readonly WebhookConfig[], newId: () => string): ((events: readonly EventDraft[], now: Date) => OutboxEvent[]) | undefined {
  if (webhooks.length === 0) return undefined;
  const byType = new Map<string, string[]>();
  for (const w of webhooks) {
    for (const type of w.events ?? WEBHOOK_EVENT_TYPES) {
      byType.set(type, [...(byType.get(type) ?? []), w.name]);
    }
  }
  return (events, now) =>
    events.flatMap((e) => {
      const endpoints = byType.get(e.name);
      return endpoints === undefined ? [] : [{ id: newId(), type: e.name, payload: e.payload, createdAt: now, endpoints }];
    });
}
