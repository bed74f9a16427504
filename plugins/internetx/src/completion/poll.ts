import { registrarError, type Json, type PendingRef, type PluginContext, type PollUpdate } from '@registrar-kit/sdk';
import { queueCtid } from '../mapping/ctid.js';
import { responseError } from '../mapping/errors.js';
import { jobOutcome } from '../mapping/outcome.js';
import { manifest } from '../manifest.js';
import { pollConfirmTask, pollInfoTask, readQueue, type QueueJob } from '../protocol/message-queue.js';
import { TASK } from '../protocol/tasks.js';
import { secretsOf } from '../operations/context.js';
import { gatewayOf, type InternetXSettings } from '../settings.js';

/**
 * Bounds one poll() call: each message costs two requests (0905 + 0906) and the gateway allows
 * 3 requests per second, so a call reads at most this many messages and the host's tracker
 * (which paces calls by the manifest's rate limit) calls again for the rest.
 */
export const MAX_MESSAGES_PER_POLL = 10;

const parkKey = (ctid: string): string => `queue-result:${ctid}`;

interface Parked {
  kind: 'S' | 'E' | 'N';
  code: string;
  text: string;
  errorCodes: string[];
  nicResponse: string;
}

function kindOf(job: QueueJob): 'S' | 'E' | 'N' {
  const letter = /^[SEN]/.exec(job.status.code)?.[0];
  if (job.status.type === 'success') return 'S';
  if (job.status.type === 'failed' || job.status.type === 'error') return 'E';
  if (job.status.type === 'running') return 'N';
  return (letter as 'S' | 'E' | 'N' | undefined) ?? 'N';
}

/**
 * For accounts that receive job results through the message queue (`completion: 'poll'`):
 * read the oldest message (0905), settle the asked-for operation it names by ctid, acknowledge
 * it (0906), repeat until the queue is empty. A result for a ctid this call was not asked about
 * (an operation not due yet) is parked in the plugin state and answered when that ref is polled,
 * so acknowledging it never loses it; event notifications are logged and acknowledged.
 * With `completion: 'mail'` (the default) the queue is not read at all.
 */
export async function poll(refs: readonly PendingRef[], ctx: PluginContext<InternetXSettings>): Promise<PollUpdate[]> {
  if (ctx.settings.completion !== 'poll') return [];
  const secrets = secretsOf(ctx);
  const wanted = new Map(refs.map((r) => [r.ref, r]));
  const updates = new Map<string, PollUpdate>();
  const settle = (ref: PendingRef, job: Parked, source: string): void => {
    const outcome = jobOutcome(job, ref, 'poll', source, secrets);
    if (outcome.status === 'pending') return;
    updates.set(ref.ref, { ref: ref.ref, outcome });
  };

  for (const ref of refs) {
    const parked = await ctx.state.get<Parked & Record<string, Json>>(parkKey(ref.ref));
    if (parked === undefined) continue;
    settle(ref, parked, `queue message ${parked.code} (read earlier)`);
    await ctx.state.delete(parkKey(ref.ref));
  }

  const gateway = gatewayOf(ctx);
  const ttlSeconds = (manifest.polling?.maxPendingDays ?? 30) * 86_400;
  for (let seq = 0; seq < MAX_MESSAGES_PER_POLL; seq++) {
    const now = ctx.clock.now();
    const r = await gateway.send(pollInfoTask(queueCtid(now, seq, 'info')));
    if (r.status.type === 'error') throw responseError(r, TASK.pollInfo, secrets);
    const { message } = readQueue(r);
    if (message === undefined) break;
    if (message.id === '') throw registrarError('PROTOCOL', 'The registrar sent an answer that could not be read', { detail: 'task 0905: a queued message without an id' });
    if (message.job !== undefined) {
      const job = message.job;
      const parked: Parked = { kind: kindOf(job), code: job.status.code, text: job.status.text, errorCodes: job.errorCodes, nicResponse: job.nicResponse };
      const ref = wanted.get(job.ctid);
      if (ref !== undefined) settle(ref, parked, `queue message ${message.id} ${job.status.code}`);
      else if (parked.kind !== 'N' && job.ctid !== '') await ctx.state.set(parkKey(job.ctid), { ...parked }, { ttlSeconds });
      else ctx.log.info('queue message without a pending operation acknowledged', { id: message.id, ctid: job.ctid, code: job.status.code });
    } else {
      ctx.log.info('event notification acknowledged', { id: message.id, type: message.event?.type ?? 'unknown', object: message.event?.object ?? '' });
    }
    const ack = await gateway.send(pollConfirmTask(queueCtid(now, seq, 'ack'), message.id));
    if (ack.status.type === 'error') throw responseError(ack, TASK.pollConfirm, secrets);
  }
  return [...updates.values()];
}
