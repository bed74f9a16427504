import { createHash } from 'node:crypto';
import { settle, type InboundMessage, type MessageResult, type PendingRef } from '@registrar-kit/sdk';
// Mail libraries load on first use: a host that never receives mail does not pay for them at start-up.
import type { AddressObject, ParsedMail } from 'mailparser';
import type { Clock } from '@registrar-kit/sdk';
import type { Engine } from '../engine/engine.js';
import type { PluginInstance } from '../plugin-registry.js';
import type { InboundRecord, OperationRecord, Store } from '../store/store.js';
import { verifyDkim, type DNSResolver } from './dkim.js';
import { checkSender, senderAllowed } from './sender.js';
import { toPendingRef } from '../tracker/pending-tracker.js';

export { senderAllowed };

/** Why a message was not applied. */
export type QuarantineReason = 'SENDER_NOT_ALLOWED' | 'DKIM_FAILED' | 'NO_INSTANCE' | 'UNMATCHED' | 'PLUGIN_REJECTED' | 'NOT_PENDING' | 'UNPARSABLE';

export type DeliveryResult =
  | { status: 'applied'; messageId: string; operation: OperationRecord }
  | { status: 'duplicate'; messageId: string }
  | { status: 'quarantined'; messageId: string; reason: QuarantineReason; detail: string };

export interface DeliveryMeta {
  /** The plugin instance, when the channel already knows it (a webhook URL per instance). */
  instance?: string;
  /** Envelope recipients (SMTP RCPT TO), used to find the instance by its inbound address. */
  recipients?: string[];
  /** Envelope sender (SMTP MAIL FROM). */
  envelopeFrom?: string;
}

export interface InboundOptions {
  /** DNS for DKIM keys; tests pass a resolver that serves a local key. */
  dnsResolver?: DNSResolver;
  newId: () => string;
}

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return list.flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase())).filter((a) => a !== '');
}

/**
 * Registrar mail and webhooks on their way to plugins. Before any plugin sees a message it is
 * kept raw, de-duplicated (Message-ID plus content hash), its sender checked against the
 * instance's allowed senders and, where the instance requires it, its DKIM signature verified.
 * A forged, unknown or unmatched message never moves a domain: it goes to quarantine with the
 * reason, visible in the Action Log.
 */
export class InboundIntake {
  constructor(
    private readonly engine: Engine,
    private readonly store: Store,
    private readonly instances: ReadonlyMap<string, PluginInstance>,
    private readonly clock: Clock,
    private readonly options: InboundOptions,
  ) {}

  /** Delivers a raw RFC 5322 message (from the SMTP listener or a raw-MIME webhook). */
  async deliver(raw: string | Buffer, meta: DeliveryMeta = {}): Promise<DeliveryResult> {
    const buffer = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    const contentHash = createHash('sha256').update(buffer).digest('hex');
    let parsed: ParsedMail;
    try {
      const { simpleParser } = await import('mailparser');
      parsed = await simpleParser(buffer);
    } catch (error) {
      return this.keepUnparsable(buffer.toString('latin1'), contentHash, String(error));
    }
    const messageId = parsed.messageId ?? `<sha256:${contentHash}>`;
    const from = addresses(parsed.from)[0];
    const recipients = [...(meta.recipients ?? []), ...addresses(parsed.to)].map((r) => r.toLowerCase());
    const instance = this.findInstance(meta, recipients, from);
    const record: InboundRecord = {
      id: this.options.newId(),
      messageId,
      contentHash,
      instance: instance?.name,
      receivedAt: this.clock.now(),
      raw: buffer.toString('utf8'),
      status: 'received',
      reason: undefined,
      operationId: undefined,
    };
    const fresh = await this.engine.recordInbound(record, { level: 'info', kind: 'inbound', message: `duplicate message ${messageId} ignored`, ...(instance === undefined ? {} : { pluginInstance: instance.name }) });
    if (!fresh) return { status: 'duplicate', messageId };
    if (instance === undefined) return this.quarantine(record, 'NO_INSTANCE', `no plugin instance takes mail for ${recipients.join(', ') || 'these recipients'} from ${from ?? 'an unknown sender'}`);
    const sender = checkSender(addresses(parsed.from), instance.config.inbound?.allowedSenders);
    if (!sender.allowed) return this.quarantine(record, 'SENDER_NOT_ALLOWED', `${instance.name}: ${sender.detail}`);
    if (instance.config.inbound?.requireDkim === true) {
      const verdict = await this.checkDkim(buffer, from ?? '');
      if (verdict !== undefined) return this.quarantine(record, 'DKIM_FAILED', verdict);
    }
    const message: InboundMessage = {
      kind: 'mail',
      id: messageId,
      receivedAt: record.receivedAt.toISOString(),
      ...(from === undefined ? {} : { from }),
      to: recipients,
      ...(parsed.subject === undefined ? {} : { subject: parsed.subject }),
      ...(typeof parsed.text === 'string' ? { text: parsed.text } : {}),
      ...(typeof parsed.html === 'string' ? { html: parsed.html } : {}),
      headers: Object.fromEntries([...parsed.headers].map(([k, v]) => [k.toLowerCase(), typeof v === 'string' ? v : JSON.stringify(v)])),
    };
    return this.handOver(record, instance, message);
  }

  /** Delivers a webhook push (a registrar that calls us over HTTP). */
  async deliverWebhook(instanceName: string, webhook: { id?: string; headers?: Record<string, string>; body: unknown }): Promise<DeliveryResult> {
    const text = JSON.stringify(webhook.body);
    const contentHash = createHash('sha256').update(`${instanceName}\u0000${text}`).digest('hex');
    const record: InboundRecord = {
      id: this.options.newId(),
      messageId: webhook.id ?? `<webhook:${contentHash}>`,
      contentHash,
      instance: instanceName,
      receivedAt: this.clock.now(),
      raw: text,
      status: 'received',
      reason: undefined,
      operationId: undefined,
    };
    if (!(await this.engine.recordInbound(record, undefined))) return { status: 'duplicate', messageId: record.messageId };
    const instance = this.instances.get(instanceName);
    if (instance === undefined) return this.quarantine(record, 'NO_INSTANCE', `no plugin instance named ${instanceName}`);
    return this.handOver(record, instance, {
      kind: 'webhook',
      id: record.messageId,
      receivedAt: record.receivedAt.toISOString(),
      headers: Object.fromEntries(Object.entries(webhook.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
      body: webhook.body,
    });
  }

  /** Messages held back, with their reasons. */
  quarantined(): Promise<InboundRecord[]> {
    return this.store.listInbound({ status: 'quarantined' });
  }

  private findInstance(meta: DeliveryMeta, recipients: string[], from: string | undefined): PluginInstance | undefined {
    const plugins = [...this.instances.values()];
    if (meta.instance !== undefined) return this.instances.get(meta.instance);
    const byAddress = plugins.find((p) => p.config.inbound?.address !== undefined && recipients.includes(p.config.inbound.address.toLowerCase()));
    if (byAddress !== undefined) return byAddress;
    const bySender = plugins.filter((p) => senderAllowed(from, p.config.inbound?.allowedSenders));
    return bySender.length === 1 ? bySender[0] : undefined;
  }

  private async checkDkim(raw: Buffer, from: string): Promise<string | undefined> {
    const verdict = await verifyDkim(raw, from, this.options.dnsResolver === undefined ? {} : { resolver: this.options.dnsResolver });
    return verdict.pass ? undefined : verdict.detail;
  }

  private async handOver(record: InboundRecord, instance: PluginInstance, message: InboundMessage): Promise<DeliveryResult> {
    const handle = instance.plugin.handleMessage;
    if (typeof handle !== 'function') return this.quarantine(record, 'PLUGIN_REJECTED', `plugin instance ${instance.name} does not read registrar messages`);
    const store = this.store;
    const ctx = {
      ...instance.context,
      findPending: async (q: { ref?: string; domain?: string; operation?: string }): Promise<PendingRef[]> => {
        const ops =
          q.ref !== undefined
            ? [await store.findPendingByRef(instance.name, q.ref)].filter((o): o is OperationRecord => o !== undefined)
            : await store.listOperations({ pluginInstance: instance.name, status: 'pending', ...(q.domain === undefined ? {} : { domain: q.domain }), ...(q.operation === undefined ? {} : { operation: q.operation }) });
        return ops
          .filter((o) => (q.domain === undefined || o.domain === q.domain) && (q.operation === undefined || o.operation === q.operation))
          .map(toPendingRef);
      },
    };
    let result: MessageResult;
    try {
      result = await handle.call(instance.plugin, message, ctx);
    } catch (error) {
      const outcome = await settle(() => Promise.reject(error));
      return this.quarantine(record, 'PLUGIN_REJECTED', outcome.status === 'failed' ? `${outcome.error.code}: ${outcome.error.message}` : String(error));
    }
    if (!result.matched) return this.quarantine(record, 'UNMATCHED', result.reason);
    const applied = await this.engine.applyMessage(record, instance.name, result.ref, result.outcome);
    if ('notPending' in applied) return this.quarantine(record, 'NOT_PENDING', `no pending operation of ${instance.name} has ref ${result.ref}`);
    return { status: 'applied', messageId: record.messageId, operation: applied.applied.record };
  }

  private async keepUnparsable(raw: string, contentHash: string, detail: string): Promise<DeliveryResult> {
    const messageId = '(unparsable)';
    const record: InboundRecord = { id: this.options.newId(), messageId, contentHash, instance: undefined, receivedAt: this.clock.now(), raw, status: 'received', reason: undefined, operationId: undefined };
    if (!(await this.engine.recordInbound(record, undefined))) return { status: 'duplicate', messageId };
    return this.quarantine(record, 'UNPARSABLE', detail);
  }

  private async quarantine(record: InboundRecord, reason: QuarantineReason, detail: string): Promise<DeliveryResult> {
    await this.engine.quarantine(record, reason, {
      level: 'warn',
      kind: 'inbound',
      message: `message ${record.messageId} quarantined (${reason}): ${detail}`,
      ...(record.instance === undefined ? {} : { pluginInstance: record.instance }),
      data: { inboundId: record.id, reason },
    });
    return { status: 'quarantined', messageId: record.messageId, reason, detail };
  }
}
