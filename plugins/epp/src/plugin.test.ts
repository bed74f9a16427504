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
// Sent a day and an hour before the scripted clock's now: old enough to be read from the registry
// when no queue message settled it.
const ref = (r: string, domain: string, submittedAt = '2026-02-28T08:00:00Z'): PendingRef => ({ ref: r, operationId: 'op-1', operation: r.split(':')[0] === 'create' ? 'register' : 'transfer', domain, submittedAt });

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
    expect(state.get('queue:unmatched')).toEqual([{ id: '7', msg: 'news', kind: 'transfer', domain: 'leaving.com', news: expect.objectContaining({ kind: 'transfer', domain: 'leaving.com', reID: 'ClientY' }) }]);
  });

  it('a message dequeued by a poll of other refs settles its own ref at that ref\'s next poll, without a registry command', async () => {
    const { ctx, sent, state } = scripted({
      poll: [message('21', '<domain:panData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name paResult="1">later.com</domain:name></domain:panData>')],
    });
    // The tracker polls what is due: here only a young transfer, so the create's message is kept.
    expect(await plugin.poll!([ref('transfer:other.net', 'other.net', '2026-03-01T08:30:00Z')], ctx)).toEqual([]);
    expect(state.get('queue:unmatched')).toHaveLength(1);
    const updates = await plugin.poll!([ref('create:later.com', 'later.com', '2026-03-01T08:30:00Z')], ctx);
    expect(updates).toEqual([{ ref: 'create:later.com', outcome: { status: 'done', result: { domain: 'later.com' } } }]);
    expect(sent).toEqual(['poll req', 'poll ack 21', 'poll req', 'poll req']);
    expect(state.get('queue:unmatched')).toEqual([]);
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

  it('waits for the queue while a pending create is younger than a day: no domain:info at every poll', async () => {
    const { ctx, sent } = scripted({ command: () => ({ code: 1000, message: 'ok' }) });
    const updates = await plugin.poll!([ref('create:fresh.com', 'fresh.com', '2026-03-01T08:00:00Z')], ctx);
    expect(updates).toEqual([]);
    expect(sent).toEqual(['poll req']);
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
    expect(outcome).toMatchObject({ result: { sponsor: { ours: true, id: 'ClientX' } } });
  });

  it('says when domain:clID names another sponsoring client (the domain left this account)', async () => {
    // RFC 5731 §3.1.2: domain:clID is the identifier of the sponsoring client.
    const xml = '<domain:infData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>moved.com</domain:name><domain:status s="ok"/><domain:clID>ClientY</domain:clID><domain:exDate>2027-03-01T09:00:00.0Z</domain:exDate></domain:infData>';
    const { ctx } = scripted({ command: () => ({ code: 1000, message: 'ok', resData: resData(xml) }) });
    const outcome = await plugin.operations.info!({ domain: 'moved.com' }, ctx);
    expect(outcome).toMatchObject({ status: 'done', result: { domain: 'moved.com', sponsor: { ours: false, id: 'ClientY' } } });
  });

  it('refuses glue addresses in a registration before sending anything', async () => {
    const { ctx, sent } = scripted({});
    const contact: Contact = { type: 'person', firstName: 'A', lastName: 'B', address: ['1 St'], postalCode: '1', city: 'C', country: 'DE', phone: '+49.301234567', email: 'a@example.org' };
    const outcome = await plugin.operations.register!({ domain: 'example.com', period: 1, contacts: { registrant: contact }, nameservers: [{ host: 'ns1.example.com', ipv4: ['192.0.2.1'] }, { host: 'ns2.example.net' }] }, { ...ctx });
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'INVALID_INPUT', issues: [{ path: '/nameservers/0' }] } });
    expect(sent).toEqual([]);
  });
});

describe('EPP plugin: the WHOIS contacts in info', () => {
  const domainXml = '<domain:infData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>example.com</domain:name><domain:status s="ok"/><domain:registrant>OWN-1</domain:registrant><domain:contact type="admin">FOREIGN-1</domain:contact><domain:contact type="tech">OWN-1</domain:contact><domain:contact type="billing">BROKEN-1</domain:contact><domain:clID>ClientX</domain:clID><domain:exDate>2027-03-01T09:00:00.0Z</domain:exDate></domain:infData>';
  const ownerXml = '<c:infData xmlns:c="urn:ietf:params:xml:ns:contact-1.0"><c:id>OWN-1</c:id><c:postalInfo type="loc"><c:name>Jürgen Groß</c:name><c:addr><c:street>Straße 1</c:street><c:city>München</c:city><c:cc>DE</c:cc></c:addr></c:postalInfo><c:postalInfo type="int"><c:name>Juergen Gross</c:name><c:org>Example GmbH</c:org><c:addr><c:street>Strasse 1</c:street><c:street>Hof 2</c:street><c:city>Muenchen</c:city><c:sp>BY</c:sp><c:pc>80331</c:pc><c:cc>de</c:cc></c:addr></c:postalInfo><c:voice>+49.891234567</c:voice><c:fax>+49.891234568</c:fax><c:email>jg@example.de</c:email><c:clID>ClientX</c:clID><c:authInfo><c:pw>Contact-Pw-9</c:pw></c:authInfo></c:infData>';
  const idOf = (c: EppCommand): string => String(((c.body['contact:info'] ?? {}) as Record<string, unknown>)['contact:id'] ?? '');

  it('fills registrant, tech from one contact:info each id, and leaves out the contact the registry hides (2201) and the one whose read fails', async () => {
    const { ctx, sent, logs } = scripted({
      command: (c) => {
        if (c.body['domain:info'] !== undefined) return { code: 1000, message: 'ok', resData: resData(domainXml) };
        if (idOf(c) === 'OWN-1') return { code: 1000, message: 'ok', resData: resData(ownerXml) };
        if (idOf(c) === 'FOREIGN-1') return { code: 2201, message: 'Authorization error' };
        throw new RegistrarError({ code: 'TRANSPORT', message: 'The connection to the registrar failed' });
      },
    });
    const outcome = await plugin.operations.info!({ domain: 'example.com' }, ctx);
    const owner: Contact = { type: 'organization', firstName: 'Juergen', lastName: 'Gross', organization: 'Example GmbH', address: ['Strasse 1', 'Hof 2'], postalCode: '80331', city: 'Muenchen', region: 'BY', country: 'DE', phone: '+49.891234567', fax: '+49.891234568', email: 'jg@example.de' };
    expect(outcome).toMatchObject({ status: 'done', result: { domain: 'example.com', expiresAt: '2027-03-01T09:00:00.0Z', contacts: { registrant: owner, tech: owner } } });
    const contacts = (outcome as { result: { contacts: Record<string, unknown> } }).result.contacts;
    expect(Object.keys(contacts).sort()).toEqual(['registrant', 'tech']);
    expect(JSON.stringify(outcome)).not.toContain('Contact-Pw-9');
    // OWN-1 is both registrant and tech: read once.
    expect(sent).toEqual(['info domain:info', 'info contact:info', 'info contact:info', 'info contact:info']);
    expect(logs).toEqual(expect.arrayContaining([expect.stringContaining('2201'), expect.stringContaining('contact:info failed')]));
  });

  it('leaves contacts out when the registry withholds a contact\'s name and e-mail (disclose / privacy)', async () => {
    const hidden = '<c:infData xmlns:c="urn:ietf:params:xml:ns:contact-1.0"><c:id>OWN-1</c:id><c:status s="ok"/><c:clID>ClientY</c:clID></c:infData>';
    const { ctx } = scripted({
      command: (c) => (c.body['domain:info'] !== undefined ? { code: 1000, message: 'ok', resData: resData(domainXml) } : { code: 1000, message: 'ok', resData: resData(hidden) }),
    });
    const outcome = await plugin.operations.info!({ domain: 'example.com' }, ctx);
    expect(outcome).toMatchObject({ status: 'done', result: { domain: 'example.com' } });
    expect(JSON.stringify(outcome)).not.toContain('contacts');
  });
});
