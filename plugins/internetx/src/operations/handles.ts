/**
 * Contacts as AutoDNS handles. A contact is created once (0301) and its handle id remembered in
 * the plugin state under a hash of the normalized contact; an identical contact of the same
 * customer reuses it. Every 0301 carries `force_handle_create`, so the gateway never answers with
 * an identical handle of another customer. The state also records which domains use a handle, so that an update can
 * change a handle in place (0302) only when no other domain shares it.
 */
import { failed, type Contact, type FailedOutcome } from '@registrar-kit/sdk';
import { handleCtid } from '../mapping/ctid.js';
import { handleAlias, handleKey, handleOf } from '../mapping/contact.js';
import { responseError } from '../mapping/errors.js';
import type { Gateway } from '../protocol/gateway.js';
import type { GatewayResponse } from '../protocol/response.js';
import { TASK } from '../protocol/tasks.js';
import { child, textOf } from '../protocol/xml.js';
import { secretsOf, type Ctx } from './context.js';

const useKey = (id: string): string => `handle-use:${id}`;
const reverseKey = (id: string): string => `handle-key:${id}`;

/** The id of a created handle: the status object (documented) or `data/handle/id` (seen in clients). */
function createdId(r: GatewayResponse): string {
  if (r.status.object !== undefined && r.status.object.value !== '' && /handle/i.test(r.status.object.type || 'handle')) return r.status.object.value;
  return textOf(child(r.data, 'handle')?.id);
}

export async function ensureHandle(ctx: Ctx, gateway: Gateway, contact: Contact, role: string): Promise<{ id: string } | { error: FailedOutcome }> {
  const handle = handleOf(contact);
  const key = handleKey(handle, ctx.operation.customerId);
  const known = await ctx.state.get<string>(key);
  if (known !== undefined) return { id: known };
  const r = await gateway.send({ code: TASK.handleCreate, ctid: handleCtid(ctx.operation.id, 'create', role), key: 'force_handle_create', handle: { alias: handleAlias(key), ...handle } });
  if (r.status.type === 'error') return { error: failed(responseError(r, TASK.handleCreate, secretsOf(ctx))) };
  const id = createdId(r);
  if (id === '') {
    return { error: failed('PROTOCOL', 'The registrar sent an answer that could not be read', { detail: `task 0301: ${r.status.code} without a handle id` }) };
  }
  await ctx.state.set(key, id);
  await ctx.state.set(reverseKey(id), key);
  return { id };
}

/** Changes a handle in place (0302) and moves its state key to the new contact's hash. */
export async function updateHandle(ctx: Ctx, gateway: Gateway, id: string, contact: Contact, role: string): Promise<FailedOutcome | undefined> {
  const handle = handleOf(contact);
  const r = await gateway.send({ code: TASK.handleUpdate, ctid: handleCtid(ctx.operation.id, 'update', role), handle: { id, ...handle } });
  if (r.status.type === 'error') return failed(responseError(r, TASK.handleUpdate, secretsOf(ctx)));
  const oldKey = await ctx.state.get<string>(reverseKey(id));
  if (oldKey !== undefined) await ctx.state.delete(oldKey);
  const key = handleKey(handle, ctx.operation.customerId);
  await ctx.state.set(key, id);
  await ctx.state.set(reverseKey(id), key);
  return undefined;
}

export async function recordUse(ctx: Ctx, ids: readonly string[], domain: string): Promise<void> {
  for (const id of new Set(ids)) {
    const used = (await ctx.state.get<string[]>(useKey(id))) ?? [];
    if (!used.includes(domain)) await ctx.state.set(useKey(id), [...used, domain]);
  }
}

/** True when the state knows the handle and knows it is used by this domain only. */
export async function exclusiveTo(ctx: Ctx, id: string, domain: string): Promise<boolean> {
  const used = await ctx.state.get<string[]>(useKey(id));
  return used !== undefined && used.length === 1 && used[0] === domain;
}

/**
 * Forgets remembered handles the gateway no longer knows (an error whose message names a handle,
 * e.g. one deleted in the registrar's UI), so that a retry of the operation creates fresh ones.
 */
export async function forgetStaleHandles(ctx: Ctx, r: GatewayResponse): Promise<void> {
  if (r.status.type !== 'error') return;
  for (const m of r.msgs) {
    if (m.object?.type.toLowerCase() !== 'handle' || m.object.value === '') continue;
    const key = await ctx.state.get<string>(reverseKey(m.object.value));
    if (key !== undefined) await ctx.state.delete(key);
    await ctx.state.delete(reverseKey(m.object.value));
    await ctx.state.delete(useKey(m.object.value));
  }
}
