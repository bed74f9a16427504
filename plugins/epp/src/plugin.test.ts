// The plugin against a scripted EPP session: what it does with queue messages nobody waits for,
// with a server that writes other namespace prefixes, and with input it must not send.
import { describe, expect, it } from 'vitest';
import { parseEppXml, RegistrarError, type Contact, type EppClient, type EppCommand, type EppResponse, type EppSession, type Json, type OperationContext, type PendingRef } from '@registrar-kit/sdk';
import plugin from './plugin.js';
import type { EppPluginSettings } from './settings.js';

type Answer = EppResponse | null;

/** A session that answers from a script and records what was sent. */
function scripted(answers: { command?: (c: EppCommand) => EppResponse; poll?: Answer[]; ack?: (id: string) => EppResponse }) {
  const sent: string[] = [];
  const polls = [...(answers.poll ?? [])];
  const session: EppSession = {
    greeting: async () => ({ svID: 'x', versions: ['1.0'], langs: ['en'], objURIs: [], extURIs: [] }),
    async command(c) {
      sent.push(`${c.verb}${c.op === undefined ? '' : `:${c.op}`} ${Object.keys(c.body)[0] ?? ''}`);
      if (answers.command === undefined) throw new Error('no command expected');
      return answers.command(c);
    },
    async pollRequest() {
      sent.push('poll req');
      return polls.shift() ?? null;
    },
    async pollAck(id) {
      sent.push(`poll ack ${id}`);
      return answers.ack?.(id) ?? { code: 1000, message: 'ok' };
    },
    async close() {},
  };
  const epp: EppClient = { session: () => session, close: async () => undefined };
  const state = new Map<string, Json>();
  const logs: string[] = [];
  const ctx: OperationContext<EppPluginSettings> = {
    instance: 'registry',
    settings: { host: 'epp.example.test', clientId: 'ClientX', password: 'secret-pw' },
    http: undefined as never,
    epp,
    mail: undefined as never,
    state: {
      get: async <T extends Json>(k: string) => state.get(k) as T | undefined,
      set: async (k: string, v: Json) => void state.set(k, v),
      delete: async (k: string) => void state.delete(k),
    },
    clock: { now: () => new Date('2026-03-01T09:00:00Z') },
    log: { debug() {}, info: (m) => void logs.push(m), warn: (m) => void logs.push(m), error: (m) => void logs.push(m) },
    inboundAddress: undefined,
    operation: { id: 'op-1', name: 'register', domain: 'example.com', customerId: undefined },
  };
  return { ctx, sent, state, logs };
}

const resData = (xml: string): Record<string, unknown> => parseEppXml(xml) as Record<string, unknown>;
const message = (id: string, xml: string): EppResponse => ({ code: 1301, message: 'ack to dequeue', msgQ: { count: 1, id, msg: 'news' }, resData: resData(xml) });
const ref = (r: string, domain: string): PendingRef => ({ ref: r, operationId: 'op-1', operation: r.split(':')[0] === 'create' ? 'register' : 'transfer', domain, submittedAt: '2026-03-01T09:00:00Z' });

describe('EPP plugin: the message queue', () => {
  it('acks a message no pending operation waits for, keeps it for the operator, and settles the ref its own message names', async () => {
    const { ctx, sent, state } = scripted({
      poll: [
        message('7', '<domain:trnData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>leaving.com</domain:name><domain:trStatus>pending</domain:trStatus><domain:reID>ClientY</domain:reID><domain:acID>ClientX</domain:acID></domain:trnData>'),
        message('8', '<d:panData xmlns:d="urn:ietf:params:xml:ns:domain-1.0"><d:name paResult="1">example.com</d:name><d:paTRID><clTRID>op-1-1</clTRID></d:paTRID></d:panData>'),
      ],
    });
    const updates = await plugin.poll!([ref('create:example.com', 'example.com')], ctx);
    expect(updates).toEqual([{ ref: 'create:example.com', outcome: { status: 'done', result: { domain: 'example.com' } } }]);
    expect(sent).toEqual(['poll req', 'poll ack 7', 'poll req', 'poll ack 8', 'poll req']);
    expect(state.get('queue:unmatched')).toEqual([{ id: '7', msg: 'news', kind: 'transfer', domain: 'leaving.com' }]);
  });

  it('settles its ref even when another poller acked the message first (the ack answers 2303)', async () => {
    const { ctx } = scripted({
      poll: [message('12', '<domain:panData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name paResult="1">example.com</domain:name></domain:panData>')],
      ack: () => {
        throw new RegistrarError({ code: 'OBJECT_NOT_FOUND', message: 'The object does not exist', registrarCode: '2303' });
      },
    });
    const updates = await plugin.poll!([ref('create:example.com', 'example.com')], ctx);
    expect(updates).toEqual([{ ref: 'create:example.com', outcome: { status: 'done', result: { domain: 'example.com' } } }]);
  });

  it('does not take another client\'s transfer news for its own pending transfer', async () => {
    const pendingInfo = '<domain:trnData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.net</domain:name><domain:trStatus>pending</domain:trStatus><domain:reID>ClientX</domain:reID></domain:trnData>';
    const { ctx, sent } = scripted({
      poll: [message('9', '<domain:trnData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.net</domain:name><domain:trStatus>serverApproved</domain:trStatus><domain:reID>ClientZ</domain:reID></domain:trnData>')],
      command: () => ({ code: 1000, message: 'ok', resData: resData(pendingInfo) }),
    });
    const updates = await plugin.poll!([ref('transfer:example.net', 'example.net')], ctx);
    // The queue said ClientZ won it: not ours to complete; the transfer query still says pending.
    expect(updates).toEqual([]);
    expect(sent).toEqual(['poll req', 'poll ack 9', 'poll req', 'transfer:query domain:transfer']);
  });

  it('settles a create whose message was lost from what domain:info shows (a crash after the ack)', async () => {
    const info = '<domain:infData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name><domain:status s="ok"/><domain:clID>ClientX</domain:clID><domain:exDate>2027-03-01T09:00:00.0Z</domain:exDate></domain:infData>';
    const { ctx } = scripted({ command: () => ({ code: 1000, message: 'ok', resData: resData(info) }) });
    const updates = await plugin.poll!([ref('create:example.com', 'example.com')], ctx);
    expect(updates).toEqual([{ ref: 'create:example.com', outcome: { status: 'done', result: { domain: 'example.com', expiresAt: '2027-03-01T09:00:00.0Z' } } }]);
  });

  it('fails a create the registry no longer knows, and leaves one still pendingCreate alone', async () => {
    const { ctx } = scripted({
      command: (c) =>
        JSON.stringify(c.body).includes('gone.com')
          ? { code: 2303, message: 'Object does not exist' }
          : { code: 1000, message: 'ok', resData: resData('<domain:infData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>wait.com</domain:name><domain:status s="pendingCreate"/><domain:clID>ClientX</domain:clID></domain:infData>') },
    });
    const updates = await plugin.poll!([ref('create:gone.com', 'gone.com'), ref('create:wait.com', 'wait.com')], ctx);
    expect(updates).toEqual([{ ref: 'create:gone.com', outcome: expect.objectContaining({ status: 'failed' }) }]);
  });
});

describe('EPP plugin: what it reads and refuses', () => {
  it('reads domain:info written with other prefixes, and never returns the authInfo from info', async () => {
    const xml = '<x:infData xmlns:x="urn:ietf:params:xml:ns:domain-1.0"><x:name>example.com</x:name><x:status s="clientTransferProhibited"/><x:status s="serverHold"/><x:ns><x:hostObj>NS1.Example.net</x:hostObj></x:ns><x:clID>ClientX</x:clID><x:exDate>2027-03-01T09:00:00.0Z</x:exDate><x:authInfo><x:pw>2fooBAR</x:pw></x:authInfo></x:infData>';
    const { ctx } = scripted({ command: () => ({ code: 1000, message: 'ok', resData: resData(xml), extension: resData('<r:infData xmlns:r="urn:ietf:params:xml:ns:rgp-1.0"><r:rgpStatus s="redemptionPeriod"/></r:infData>') }) });
    const outcome = await plugin.operations.info!({ domain: 'example.com' }, ctx);
    expect(outcome).toMatchObject({ status: 'done', result: { statuses: ['clientTransferProhibited', 'serverHold', 'redemptionPeriod'], nameservers: [{ host: 'ns1.example.net' }], locked: true, expiresAt: '2027-03-01T09:00:00.0Z' } });
    expect(JSON.stringify(outcome)).not.toContain('2fooBAR');
  });

  it('refuses glue addresses in a registration before sending anything', async () => {
    const { ctx, sent } = scripted({});
    const contact: Contact = { type: 'person', firstName: 'A', lastName: 'B', address: ['1 St'], postalCode: '1', city: 'C', country: 'DE', phone: '+49.301234567', email: 'a@example.org' };
    const outcome = await plugin.operations.register!({ domain: 'example.com', period: 1, contacts: { registrant: contact }, nameservers: [{ host: 'ns1.example.com', ipv4: ['192.0.2.1'] }, { host: 'ns2.example.net' }] }, { ...ctx });
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'INVALID_INPUT', issues: [{ path: '/nameservers/0' }] } });
    expect(sent).toEqual([]);
  });
});
