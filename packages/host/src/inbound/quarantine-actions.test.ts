// Staff acting on the quarantine (issue 17: "the quarantine: … assign to an operation, discard"):
// a held-back message is either tied by staff to the pending operation it concerns — and then
// applied exactly like a delivered message, if the plugin agrees — or discarded, kept for audit.
import { afterEach, describe, expect, it } from 'vitest';
import { isHostError } from '../errors.js';
import type { Host } from '../host.js';
import { baseConfig, fixture, nameservers, registrant, SECRET_KEY, startHost, type FakeClock } from '../test-support/harness.js';
import { signWebhook } from './webhook-auth.js';

const REGISTRAR = 'robot@registrar.example';
const WEBHOOK_SECRET = 'whsec-quarantine-5d21';

const hosts: Host[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

async function start(): Promise<{ host: Host; clock: FakeClock }> {
  const started = await startHost(
    baseConfig({
      plugins: [{ name: 'inx', package: fixture('host-inbound'), settings: { apiKey: SECRET_KEY }, inbound: { address: 'inx@platform.example', allowedSenders: [REGISTRAR], webhook: { secret: WEBHOOK_SECRET } } }],
      connectors: [{ tld: 'com', plugin: 'inx' }],
    }),
  );
  hosts.push(started.host);
  return started;
}

async function pending(host: Host, domain: string) {
  const op = await host.submit({ operation: 'register', input: { domain, period: 1, contacts: { registrant }, nameservers } });
  expect(op).toMatchObject({ status: 'pending', ref: expect.any(String) });
  return op as typeof op & { ref: string };
}

function mail(subject: string, from = REGISTRAR): string {
  return [`From: Registrar <${from}>`, 'To: inx@platform.example', `Subject: ${subject}`, `Message-ID: <${subject.replaceAll(' ', '.')}@registrar.example>`, 'Date: Thu, 15 Jan 2026 10:05:00 +0000', '', 'status: done', ''].join('\r\n');
}

/** Delivers a message the host must quarantine and answers its stored id. */
async function quarantined(host: Host, deliver: () => Promise<unknown>, reason: string): Promise<string> {
  expect(await deliver()).toMatchObject({ status: 'quarantined', reason });
  const held = (await host.inbound.quarantined()).at(-1);
  expect(held?.reason).toBe(reason);
  return held!.id;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isHostError(error), `expected a HostError, got ${String(error)}`).toBe(true);
  return (error as { code: string }).code;
}

describe('discarding a quarantined message', () => {
  it('keeps it as discarded, with who and why in the Action Log, and refuses a second discard', async () => {
    const { host } = await start();
    const id = await quarantined(host, () => host.inbound.deliver(mail('ctid-unknown OK')), 'UNMATCHED');
    const discarded = await host.inbound.discard(id, { staff: 'alice', reason: 'test mail from the registrar' });
    expect(discarded).toMatchObject({ id, status: 'discarded' });
    expect(await host.inbound.quarantined()).toEqual([]);
    const stored = await host.inbound.get(id);
    expect(stored?.status).toBe('discarded');
    expect(stored?.raw).toContain('Subject: ctid-unknown OK');
    const [entry] = await host.log({ kind: 'inbound', order: 'desc' });
    expect(entry?.message).toBe('message <ctid-unknown.OK@registrar.example> discarded by alice: test mail from the registrar');
    expect(await codeOf(host.inbound.discard(id, { staff: 'bob', reason: 'again' }))).toBe('INBOUND_STATE');
    expect(await codeOf(host.inbound.discard('no-such-message', { staff: 'bob', reason: 'x' }))).toBe('NOT_FOUND');
  });

  it('two staff discarding at once: one wins, the other is told the message is no longer quarantined', async () => {
    const { host } = await start();
    const id = await quarantined(host, () => host.inbound.deliver(mail('ctid-unknown OK')), 'UNMATCHED');
    const results = await Promise.allSettled([host.inbound.discard(id, { staff: 'alice', reason: 'a' }), host.inbound.discard(id, { staff: 'bob', reason: 'b' })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [lost] = results.filter((r) => r.status === 'rejected');
    expect((lost as PromiseRejectedResult).reason).toMatchObject({ code: 'INBOUND_STATE' });
    expect((await host.log({ kind: 'inbound' })).filter((e) => e.message.includes('discarded by'))).toHaveLength(1);
  });
});

describe('assigning a quarantined message to an operation', () => {
  it('applies an ambiguous webhook to the operation staff name, and only to it', async () => {
    const { host, clock } = await start();
    const a = await pending(host, 'twin-a.com');
    const b = await pending(host, 'twin-b.com');
    const body = JSON.stringify({ ref: 'ctid-twin', verdict: 'OK' });
    const id = await quarantined(host, () => host.inbound.deliverWebhook('inx', { headers: { 'Content-Type': 'application/json', ...signWebhook(WEBHOOK_SECRET, body, clock.now()) }, body }), 'AMBIGUOUS');

    const done = await host.inbound.assign(id, b.id, { staff: 'alice' });
    expect(done).toMatchObject({ id: b.id, status: 'done' });
    expect((await host.getDomain('twin-b.com'))?.status).toBe('registered');
    expect((await host.getOperation(a.id))?.status).toBe('pending');
    expect(await host.inbound.get(id)).toMatchObject({ status: 'applied', operationId: b.id });
    const logged = (await host.log({ operationId: b.id, kind: 'inbound' })).map((e) => e.message);
    expect(logged).toEqual([expect.stringMatching(/^message <webhook:[0-9a-f]+> assigned by alice to register twin-b\.com: done/)]);
    expect(await codeOf(host.inbound.assign(id, a.id, { staff: 'bob' }))).toBe('INBOUND_STATE');
  });

  it('applies mail from a sender staff vouch for, parsed again from its stored bytes', async () => {
    const { host } = await start();
    const op = await pending(host, 'moved.com');
    // The registrar began sending from a new address the configuration does not list yet.
    const id = await quarantined(host, () => host.inbound.deliver(mail(`${op.ref} OK`, 'robot@new.registrar.example')), 'SENDER_NOT_ALLOWED');
    expect((await host.inbound.assign(id, op.id, { staff: 'alice' })).status).toBe('done');
    expect((await host.getDomain('moved.com'))?.status).toBe('registered');
  });

  it('refuses when the plugin still does not match it: the message stays quarantined and the operation pending', async () => {
    const { host } = await start();
    const op = await pending(host, 'other.com');
    const id = await quarantined(host, () => host.inbound.deliver(mail('ctid-unknown OK')), 'UNMATCHED');
    expect(await codeOf(host.inbound.assign(id, op.id, { staff: 'alice' }))).toBe('INBOUND_UNMATCHED');
    expect((await host.inbound.get(id))?.status).toBe('quarantined');
    expect((await host.getOperation(op.id))?.status).toBe('pending');
    const [entry] = await host.log({ operationId: op.id, kind: 'inbound' });
    expect(entry).toMatchObject({ level: 'warn', message: expect.stringContaining('alice assigned message') });
    expect(entry?.message).toContain('not to the operation');
  });

  it('refuses an operation that is not pending, and an unknown one', async () => {
    const { host } = await start();
    const op = await pending(host, 'settled.com');
    expect((await host.inbound.deliver(mail(`${op.ref} OK`))).status).toBe('applied');
    const id = await quarantined(host, () => host.inbound.deliver(mail(`${op.ref} FAILED`)), 'UNMATCHED');
    expect(await codeOf(host.inbound.assign(id, op.id, { staff: 'alice' }))).toBe('OPERATION_STATE');
    expect(await codeOf(host.inbound.assign(id, 'no-such-operation', { staff: 'alice' }))).toBe('NOT_FOUND');
    expect((await host.inbound.get(id))?.status).toBe('quarantined');
    expect((await host.getDomain('settled.com'))?.status).toBe('registered');
  });

  it('assigning and discarding at once: exactly one happens', async () => {
    const { host } = await start();
    const op = await pending(host, 'race.com');
    const id = await quarantined(host, () => host.inbound.deliver(mail(`${op.ref} OK`, 'robot@new.registrar.example')), 'SENDER_NOT_ALLOWED');
    const [assigned, discarded] = await Promise.allSettled([host.inbound.assign(id, op.id, { staff: 'alice' }), host.inbound.discard(id, { staff: 'bob', reason: 'looks forged' })]);
    expect([assigned.status, discarded.status].filter((s) => s === 'fulfilled')).toHaveLength(1);
    const after = { message: (await host.inbound.get(id))?.status, operation: (await host.getOperation(op.id))?.status };
    expect([{ message: 'applied', operation: 'done' }, { message: 'discarded', operation: 'pending' }]).toContainEqual(after);
  });
});
