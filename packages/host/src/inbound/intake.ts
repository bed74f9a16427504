import { createHash } from 'node:crypto';
import { parseRegistrarMail, type ParsedRegistrarMail } from '@registrar-kit/runtime';
import type { Clock, InboundMessage, MessageContext, PendingRef } from '@registrar-kit/sdk';
import type { Engine } from '../engine/engine.js';
import type { HostEventBus } from '../events.js';
import { assignRefusal } from '../engine/plan.js';
import { HostError } from '../errors.js';
import type { PluginInstance } from '../plugin-registry.js';
import type { InboundRecord, OperationRecord, Store } from '../store/store.js';
import { verifyDkim, type DNSResolver } from './dkim.js';
import { checkSender, senderAllowed } from './sender.js';
import { acceptsTransport } from './transport.js';
import { DEFAULT_TOLERANCE_SECONDS, DELIVERY_HEADER, header, verifyWebhook, type WebhookVerdict } from './webhook-auth.js';
import { toPendingRef } from '../tracker/pending-tracker.js';

export { senderAllowed };

/** Why a message was kept but not applied. */
export type QuarantineReason =
  | 'SENDER_NOT_ALLOWED'
  | 'DKIM_FAILED'
  | 'NO_INSTANCE'
  | 'TRANSPORT_NOT_ALLOWED'
  | 'UNMATCHED'
  | 'AMBIGUOUS'
  | 'PLUGIN_REJECTED'
  | 'PLUGIN_TIMEOUT'
  | 'NOT_PENDING'
  | 'UNPARSABLE';

/** Why a webhook was turned away without being stored (an Action Log warning says so, without the body). */
export type RefusalReason = 'WEBHOOK_UNAUTHENTICATED' | 'WEBHOOK_STALE' | 'NO_INSTANCE' | 'TRANSPORT_NOT_ALLOWED';

export type DeliveryResult =
  | { status: 'applied'; messageId: string; operation: OperationRecord }
  | { status: 'duplicate'; messageId: string }
  | { status: 'quarantined'; messageId: string; reason: QuarantineReason; detail: string }
  | { status: 'refused'; reason: RefusalReason; detail: string };

export interface DeliveryMeta {
  /** The plugin instance, when the channel already knows it (a webhook URL per instance). */
  instance?: string;
  /** Envelope recipients (SMTP RCPT TO), used to find the instance by its inbound address. */
  recipients?: string[];
  /** Envelope sender (SMTP MAIL FROM). */
  envelopeFrom?: string;
}

/** A webhook request as the platform's HTTP handler received it. */
export interface WebhookDelivery {
  headers?: Readonly<Record<string, string | string[] | undefined>>;
  /**
   * The body exactly as received: a Buffer, or the string the HTTP layer read. The signature is
   * over these bytes, so a parsed object cannot be checked: one is accepted only by an instance
   * configured `inbound.webhook.unauthenticated: true`.
   */
  body: unknown;
  /** The registrar's delivery (transaction) id, when the handler knows it; else the `X-Registrar-Kit-Delivery` header. */
  id?: string;
}

export interface InboundOptions {
  /** DNS for DKIM keys; tests pass a resolver that serves a local key. */
  dnsResolver?: DNSResolver;
  newId: () => string;
  /** Hears every answer (`inbound.result`), for metrics. */
  events?: HostEventBus;
}

const sha256 = (...parts: (string | Buffer)[]): string => parts.reduce((h, p) => h.update(p), createHash('sha256')).digest('hex');

/** A webhook body parsed for the plugin: JSON when it is JSON, else the text. */
function parseBody(raw: Buffer): unknown {
  const text = raw.toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Registrar mail and webhooks on their way to plugins. A webhook is authenticated first (HMAC
 * signature with the instance's secret, replay window) and refused unstored when it is not. Before
 * any plugin sees a message it is kept byte for byte and de-duplicated (content hash, and Message-ID
 * or delivery id per instance), its transport, sender and — where the instance requires it — DKIM
 * signature checked. Messages of one instance reach its plugin one at a time. A forged, unknown,
 * unmatched or ambiguous message never moves a domain: it goes to quarantine with the reason,
 * visible in the Action Log.
 */
export class InboundIntake {
  /** The tail of each instance's queue of messages handed to its plugin. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly engine: Engine,
    private readonly store: Store,
    private readonly instances: ReadonlyMap<string, PluginInstance>,
    private readonly clock: Clock,
    private readonly options: InboundOptions,
  ) {}

  /** Delivers a raw RFC 5322 message (from the SMTP listener or a raw-MIME webhook). */
  async deliver(raw: string | Buffer, meta: DeliveryMeta = {}): Promise<DeliveryResult> {
    return this.reported('mail', await this.receiveMail(raw, meta));
  }

  private async receiveMail(raw: string | Buffer, meta: DeliveryMeta): Promise<DeliveryResult> {
    const buffer = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    const contentHash = sha256(buffer);
    let parsed: ParsedRegistrarMail;
    try {
      // The runtime's parser: what conformance hands a plugin is exactly what the host hands it.
      parsed = await parseRegistrarMail(buffer, { receivedAt: this.clock.now(), recipients: meta.recipients ?? [], fallbackId: `<sha256:${contentHash}>` });
    } catch (error) {
      return this.keepUnparsable(buffer, contentHash, String(error));
    }
    const messageId = parsed.message.id;
    const fromAll = parsed.from;
    const from = fromAll[0];
    const recipients = parsed.recipients;
    const instance = this.findInstance(meta, recipients, from);
    const record = this.newRecord(messageId, contentHash, instance?.name, buffer);
    const fresh = await this.engine.recordInbound(record, { level: 'info', kind: 'inbound', message: `duplicate message ${messageId} ignored`, ...(instance === undefined ? {} : { pluginInstance: instance.name }) });
    if (!fresh) return { status: 'duplicate', messageId };
    if (instance === undefined) return this.quarantine(record, 'NO_INSTANCE', `no plugin instance takes mail for ${recipients.join(', ') || 'these recipients'} from ${from ?? 'an unknown sender'}`);
    const transport = acceptsTransport(instance, 'mail');
    if (!transport.accepted) return this.quarantine(record, 'TRANSPORT_NOT_ALLOWED', transport.detail);
    const sender = checkSender(fromAll, instance.config.inbound?.allowedSenders, parsed.fromHeaders);
    if (!sender.allowed) return this.quarantine(record, 'SENDER_NOT_ALLOWED', `${instance.name}: ${sender.detail}`);
    if (instance.config.inbound?.requireDkim === true) {
      const verdict = await this.checkDkim(buffer, from ?? '');
      if (verdict !== undefined) return this.quarantine(record, 'DKIM_FAILED', verdict);
    }
    const message: InboundMessage = { ...parsed.message, receivedAt: record.receivedAt.toISOString() };
    return this.handOver(record, instance, message);
  }

  /**
   * Delivers a webhook push (a registrar that calls us over HTTP) for the instance named in its
   * URL. Refused, and not stored, unless the instance takes webhooks and the request carries a
   * valid signature made within the replay window (or the instance has no secret and is
   * configured `inbound.webhook.unauthenticated: true`).
   */
  async deliverWebhook(instanceName: string, webhook: WebhookDelivery): Promise<DeliveryResult> {
    return this.reported('webhook', await this.receiveWebhook(instanceName, webhook));
  }

  private reported(kind: 'mail' | 'webhook', result: DeliveryResult): DeliveryResult {
    this.options.events?.emit('inbound.result', { kind, status: result.status });
    return result;
  }

  private async receiveWebhook(instanceName: string, webhook: WebhookDelivery): Promise<DeliveryResult> {
    const instance = this.instances.get(instanceName);
    if (instance === undefined) return this.refuse(undefined, 'NO_INSTANCE', `no plugin instance named ${instanceName}`);
    const transport = acceptsTransport(instance, 'webhook');
    if (!transport.accepted) return this.refuse(instance, 'TRANSPORT_NOT_ALLOWED', transport.detail);
    const headers = webhook.headers ?? {};
    const raw = typeof webhook.body === 'string' ? Buffer.from(webhook.body, 'utf8') : Buffer.isBuffer(webhook.body) ? webhook.body : undefined;
    const auth = this.authenticate(instance, headers, raw);
    if (!auth.ok) return this.refuse(instance, auth.reason, auth.detail);
    // Checked: only now is the body read. An object body (unauthenticated mode only) is kept as its JSON.
    const bytes = raw ?? Buffer.from(JSON.stringify(webhook.body) ?? 'null', 'utf8');
    const contentHash = sha256(instance.name, '\u0000', bytes);
    const messageId = header(headers, DELIVERY_HEADER)?.trim() || webhook.id || `<webhook:${contentHash}>`;
    const record = this.newRecord(messageId, contentHash, instance.name, bytes);
    if (!(await this.engine.recordInbound(record, { level: 'info', kind: 'inbound', message: `duplicate webhook ${messageId} ignored`, pluginInstance: instance.name }))) {
      return { status: 'duplicate', messageId };
    }
    return this.handOver(record, instance, {
      kind: 'webhook',
      id: messageId,
      receivedAt: record.receivedAt.toISOString(),
      headers: Object.fromEntries(Object.entries(headers).flatMap(([k, v]) => (v === undefined ? [] : [[k.toLowerCase(), Array.isArray(v) ? v.join(', ') : v]]))),
      body: raw === undefined ? webhook.body : parseBody(raw),
    });
  }

  /**
   * Writes an Action Log warning for each instance that accepts unsigned webhooks; the host calls
   * it when it starts. Returns those instances' names.
   */
  async warnUnauthenticatedWebhooks(): Promise<string[]> {
    const open = [...this.instances.values()].filter((i) => acceptsTransport(i, 'webhook').accepted && webhookSecret(i) === undefined && i.config.inbound?.webhook?.unauthenticated === true && i.config.inbound.requireDkim !== true);
    await this.engine.log(
      ...open.map((i) => ({
        level: 'warn' as const,
        kind: 'inbound',
        message: `${i.name} accepts unauthenticated webhooks (inbound.webhook.unauthenticated: true): anyone who can reach its webhook URL can complete its operations; configure inbound.webhook.secret`,
        pluginInstance: i.name,
      })),
    );
    return open.map((i) => i.name);
  }

  /** Messages held back, with their reasons. */
  quarantined(): Promise<InboundRecord[]> {
    return this.store.listInbound({ status: 'quarantined' });
  }

  /** One kept message by id, whatever became of it. */
  get(inboundId: string): Promise<InboundRecord | undefined> {
    return this.store.getInbound(inboundId);
  }

  /**
   * Staff judge a quarantined message worthless: it becomes `discarded` — still stored, never
   * applied — with who and why in the Action Log. Anything but a quarantined message is refused
   * (`INBOUND_STATE`; unknown: `NOT_FOUND`); of two staff discarding or assigning it at once, one wins.
   */
  discard(inboundId: string, by: { staff: string; reason: string }): Promise<InboundRecord> {
    return this.engine.discardInbound(inboundId, by.staff, by.reason);
  }

  /**
   * Staff say a quarantined message concerns a pending operation. The message — parsed again from
   * its stored bytes (mail) or its stored body (webhook) — goes to the operation's plugin with a
   * `findPending` that knows only that operation; when the plugin matches it to the operation's
   * ref, it is applied exactly like a delivered message and marked applied. Staff vouch for the
   * message (a sender or signature check it failed is overridden), not for its content: a plugin
   * that still does not match it refuses the assignment (`INBOUND_UNMATCHED`) and the message stays
   * quarantined. Refusals: `NOT_FOUND`, `INBOUND_STATE` (not quarantined), `OPERATION_STATE` (not pending).
   */
  async assign(inboundId: string, operationId: string, by: { staff: string }): Promise<OperationRecord> {
    const [record, operation] = await Promise.all([this.store.getInbound(inboundId), this.store.getOperation(operationId)]);
    const refused = assignRefusal(inboundId, record, operationId, operation);
    if (refused !== undefined) throw refused;
    const op = operation!;
    const instance = op.pluginInstance === undefined ? undefined : this.instances.get(op.pluginInstance);
    if (instance === undefined) throw new HostError('INBOUND_UNMATCHED', `${op.operation} ${op.domain} has no loaded plugin instance to read the message`, [], { operationId });
    return this.inTurn(instance.name, () => this.assignNow(record!, op, instance, by.staff));
  }

  private async assignNow(record: InboundRecord, op: OperationRecord, instance: PluginInstance, staff: string): Promise<OperationRecord> {
    const unmatched = async (detail: string): Promise<never> => {
      await this.engine.log({ level: 'warn', kind: 'inbound', message: `${staff} assigned message ${record.messageId} to ${op.operation} ${op.domain}; not applied: ${detail}`, domain: op.domain, operationId: op.id, pluginInstance: instance.name, data: { inboundId: record.id, staff } });
      throw new HostError('INBOUND_UNMATCHED', `${detail}; the message stays quarantined`, [], { operationId: op.id });
    };
    if (typeof instance.plugin.handleMessage !== 'function') return unmatched(`plugin instance ${instance.name} does not read registrar messages`);
    const message = await this.storedMessage(record, instance);
    if (typeof message === 'string') return unmatched(message);
    const ctx: MessageContext<unknown> = {
      ...instance.context,
      // Only the assigned operation, whatever ref the message names (staff vouch for the link); a
      // domain or operation filter it does not satisfy still finds nothing.
      findPending: async (q) => {
        const current = await this.store.getOperation(op.id);
        if (current?.status !== 'pending' || (q.domain !== undefined && q.domain !== current.domain) || (q.operation !== undefined && q.operation !== current.operation)) return [];
        return [toPendingRef(current)];
      },
    };
    const answer = await instance.runtime.handleMessage(message, ctx);
    if (!answer.ok) return unmatched(answer.problem.kind === 'threw' ? `${answer.error.code}: ${answer.error.message}` : answer.problem.kind === 'timeout' ? `handleMessage did not answer within ${answer.problem.ms} ms` : answer.problem.detail);
    if (!answer.value.matched) return unmatched(`${instance.name} did not match it: ${answer.value.reason}`);
    if (answer.value.ref !== op.ref) return unmatched(`${instance.name} matched it to ref ${answer.value.ref}, not to the operation's ${op.ref ?? '(none)'}`);
    const applied = await this.engine.assignInbound(record.id, op.id, { ref: answer.value.ref, outcome: answer.value.outcome }, staff);
    return applied.record;
  }

  /**
   * The message as the plugin was (or would have been) handed it. Mail and webhooks are told apart
   * by their content hash: a webhook's covers its instance name too (see {@link deliverWebhook}).
   * A webhook's headers are not stored, so it comes back with its body only; mail with no envelope
   * recipients. A string: why it cannot be read.
   */
  private async storedMessage(record: InboundRecord, instance: PluginInstance): Promise<InboundMessage | string> {
    const receivedAt = record.receivedAt.toISOString();
    if (record.contentHash === sha256(instance.name, '\u0000', record.rawBytes)) return { kind: 'webhook', id: record.messageId, receivedAt, headers: {}, body: parseBody(record.rawBytes) };
    try {
      const parsed = await parseRegistrarMail(record.rawBytes, { receivedAt: record.receivedAt, recipients: [], fallbackId: `<sha256:${record.contentHash}>` });
      return { ...parsed.message, receivedAt };
    } catch (error) {
      return `the stored message cannot be parsed: ${String(error)}`;
    }
  }

  private newRecord(messageId: string, contentHash: string, instance: string | undefined, bytes: Buffer): InboundRecord {
    return { id: this.options.newId(), messageId, contentHash, instance, receivedAt: this.clock.now(), raw: bytes.toString('utf8'), rawBytes: bytes, status: 'received', reason: undefined, operationId: undefined };
  }

  private authenticate(instance: PluginInstance, headers: Readonly<Record<string, string | string[] | undefined>>, raw: Buffer | undefined): WebhookVerdict {
    const settings = instance.config.inbound?.webhook;
    const secret = webhookSecret(instance);
    if (secret !== undefined) {
      if (raw === undefined) return { ok: false, reason: 'WEBHOOK_UNAUTHENTICATED', detail: 'a signed webhook must be delivered with its body as received (a string or Buffer), not a parsed object' };
      return verifyWebhook(secret, { headers, body: raw }, this.clock.now(), settings?.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS);
    }
    if (settings?.unauthenticated !== true) return { ok: false, reason: 'WEBHOOK_UNAUTHENTICATED', detail: `${instance.name} has no inbound.webhook.secret, and unsigned webhooks are refused unless inbound.webhook.unauthenticated is true` };
    // requireDkim asks for proof of the sender's origin; for a webhook that proof is the signature.
    if (instance.config.inbound?.requireDkim === true) return { ok: false, reason: 'WEBHOOK_UNAUTHENTICATED', detail: `${instance.name} requires proof of origin (inbound.requireDkim): an unsigned webhook is refused even with inbound.webhook.unauthenticated` };
    return { ok: true };
  }

  private findInstance(meta: DeliveryMeta, recipients: string[], from: string | undefined): PluginInstance | undefined {
    const plugins = [...this.instances.values()];
    if (meta.instance !== undefined) return this.instances.get(meta.instance);
    const byAddress = plugins.find((p) => p.config.inbound?.address !== undefined && recipients.includes(p.config.inbound.address.toLowerCase()));
    if (byAddress !== undefined) return byAddress;
    const bySender = plugins.filter((p) => acceptsTransport(p, 'mail').accepted && senderAllowed(from, p.config.inbound?.allowedSenders));
    return bySender.length === 1 ? bySender[0] : undefined;
  }

  private async checkDkim(raw: Buffer, from: string): Promise<string | undefined> {
    const verdict = await verifyDkim(raw, from, this.options.dnsResolver === undefined ? {} : { resolver: this.options.dnsResolver });
    return verdict.pass ? undefined : verdict.detail;
  }

  /**
   * Messages of one instance reach its plugin one at a time: two replies to the same pending
   * request cannot both find it pending and both make the plugin send the next request — the
   * second sees what the first applied.
   */
  private handOver(record: InboundRecord, instance: PluginInstance, message: InboundMessage): Promise<DeliveryResult> {
    return this.inTurn(instance.name, () => this.handOverNow(record, instance, message));
  }

  /** Runs `work` when the instance's earlier messages have reached its plugin. */
  private inTurn<T>(instance: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(instance) ?? Promise.resolve();
    const turn = previous.then(work);
    const tail = turn.catch(() => undefined);
    this.queues.set(instance, tail);
    void tail.then(() => {
      if (this.queues.get(instance) === tail) this.queues.delete(instance);
    });
    return turn;
  }

  private async handOverNow(record: InboundRecord, instance: PluginInstance, message: InboundMessage): Promise<DeliveryResult> {
    if (typeof instance.plugin.handleMessage !== 'function') return this.quarantine(record, 'PLUGIN_REJECTED', `plugin instance ${instance.name} does not read registrar messages`);
    // Refs a filtered lookup found on more than one pending operation: a match on one is a guess.
    const ambiguous = new Set<string>();
    const ctx: MessageContext<unknown> = {
      ...instance.context,
      findPending: async (q) => {
        const found = await this.findPending(instance.name, q);
        if (found.length > 1 && (q.ref !== undefined || q.domain !== undefined)) for (const p of found) ambiguous.add(p.ref);
        return found;
      },
    };
    // Through the runtime: deadline (messageMs), checked and scrubbed answer.
    const answer = await instance.runtime.handleMessage(message, ctx);
    if (!answer.ok) {
      if (answer.problem.kind === 'timeout') return this.quarantine(record, 'PLUGIN_TIMEOUT', `${instance.name}: handleMessage did not answer within ${answer.problem.ms} ms; the message is kept for staff`);
      return this.quarantine(record, 'PLUGIN_REJECTED', answer.problem.kind === 'threw' ? `${answer.error.code}: ${answer.error.message}` : `${instance.name}: ${answer.problem.detail}`);
    }
    if (!answer.value.matched) return this.quarantine(record, 'UNMATCHED', answer.value.reason);
    const { ref, outcome } = answer.value;
    if (ambiguous.has(ref)) return this.quarantine(record, 'AMBIGUOUS', `${instance.name}: the message matched ${ref}, but the plugin's lookup found several pending operations; applied to none`);
    const applied = await this.engine.applyMessage(record, instance.name, ref, outcome);
    if ('notPending' in applied) return this.quarantine(record, 'NOT_PENDING', `no pending operation of ${instance.name} has ref ${ref}`);
    if ('ambiguous' in applied) return this.quarantine(record, 'AMBIGUOUS', `ref ${ref} of ${instance.name} is carried by several pending operations (${applied.ambiguous.join(', ')}); applied to none`);
    return { status: 'applied', messageId: record.messageId, operation: applied.applied.record };
  }

  private async findPending(instance: string, q: { ref?: string; domain?: string; operation?: string }): Promise<PendingRef[]> {
    const ops =
      q.ref !== undefined
        ? await this.store.pendingByRef(instance, q.ref)
        : await this.store.listOperations({ pluginInstance: instance, status: 'pending', ...(q.domain === undefined ? {} : { domain: q.domain }), ...(q.operation === undefined ? {} : { operation: q.operation }) });
    return ops.filter((o) => (q.domain === undefined || o.domain === q.domain) && (q.operation === undefined || o.operation === q.operation)).map(toPendingRef);
  }

  private async keepUnparsable(raw: Buffer, contentHash: string, detail: string): Promise<DeliveryResult> {
    const record = this.newRecord('(unparsable)', contentHash, undefined, raw);
    if (!(await this.engine.recordInbound(record, undefined))) return { status: 'duplicate', messageId: record.messageId };
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
    this.options.events?.emit('inbound.quarantined', { id: record.id, messageId: record.messageId, reason, ...(record.instance === undefined ? {} : { instance: record.instance }) });
    return { status: 'quarantined', messageId: record.messageId, reason, detail };
  }

  /** A webhook turned away: an Action Log warning with the reason, never the body or headers. */
  private async refuse(instance: PluginInstance | undefined, reason: RefusalReason, detail: string): Promise<DeliveryResult> {
    await this.engine.log({ level: 'warn', kind: 'inbound', message: `webhook refused (${reason}): ${detail}`, ...(instance === undefined ? {} : { pluginInstance: instance.name }), data: { reason } });
    return { status: 'refused', reason, detail };
  }
}

function webhookSecret(instance: PluginInstance): string | undefined {
  const secret = instance.config.inbound?.webhook?.secret;
  return typeof secret === 'string' && secret !== '' ? secret : undefined;
}
