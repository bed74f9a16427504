// The sandbox's EPP registry over its real wire (TLS, RFC 5734 frames), driven by a raw client so
// the server is checked independently of the sdk's EPP client.
import { connect, type TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EPP_NS, EppFrameDecoder, buildEppXml, encodeEppFrame, parseEppXml } from '@registrar-kit/sdk';
import { startSandbox, type Sandbox } from '../sandbox.js';
import { DEFAULT_EPP_CLIENT } from './server.js';

let sandbox: Sandbox;

/** A raw EPP connection: frames out, frames in, in order. */
class RawEpp {
  private readonly decoder = new EppFrameDecoder();
  private readonly frames: string[] = [];
  private waiting: ((xml: string) => void) | undefined;
  closed = false;
  private constructor(readonly socket: TLSSocket) {
    socket.on('data', (chunk: Buffer) => {
      for (const frame of this.decoder.push(chunk)) {
        const w = this.waiting;
        this.waiting = undefined;
        if (w === undefined) this.frames.push(frame);
        else w(frame);
      }
    });
    socket.on('close', () => (this.closed = true));
  }

  static async open(): Promise<RawEpp> {
    const ep = sandbox.endpoints.epp!;
    const socket = await new Promise<TLSSocket>((resolve, reject) => {
      const s = connect({ host: ep.host, port: ep.port, ca: ep.ca }, () => resolve(s));
      s.once('error', reject);
    });
    return new RawEpp(socket);
  }

  next(): Promise<string> {
    const ready = this.frames.shift();
    if (ready !== undefined) return Promise.resolve(ready);
    return new Promise((resolve) => (this.waiting = resolve));
  }

  async send(command: Record<string, unknown>): Promise<Record<string, unknown>> {
    this.socket.write(encodeEppFrame(buildEppXml({ epp: { '@_xmlns': EPP_NS.epp, command: { ...command, clTRID: 'T-1' } } })));
    const tree = parseEppXml(await this.next()) as { epp: { response: Record<string, unknown> } };
    return tree.epp.response;
  }

  async login(clID = DEFAULT_EPP_CLIENT.clientId, pw = DEFAULT_EPP_CLIENT.password): Promise<number> {
    const r = await this.send({
      login: { clID, pw, options: { version: '1.0', lang: 'en' }, svcs: { objURI: [EPP_NS.domain, EPP_NS.contact, EPP_NS.host], svcExtension: { extURI: [EPP_NS.rgp, EPP_NS.secDNS] } } },
    });
    return code(r);
  }

  close(): void {
    this.socket.destroy();
  }
}

const code = (response: Record<string, unknown>): number => Number((response.result as Record<string, unknown>)['@_code']);
const dom = (name: string, more: Record<string, unknown> = {}) => ({ '@_xmlns:domain': EPP_NS.domain, 'domain:name': name, ...more });
const contact = (id: string) => ({
  create: {
    'contact:create': {
      '@_xmlns:contact': EPP_NS.contact,
      'contact:id': id,
      'contact:postalInfo': { '@_type': 'int', 'contact:name': 'Ada Lovelace', 'contact:addr': { 'contact:street': '1 St', 'contact:city': 'Berlin', 'contact:cc': 'DE' } },
      'contact:voice': '+49.301234567',
      'contact:email': 'ada@example.org',
      'contact:authInfo': { 'contact:pw': 'c-secret-1' },
    },
  },
});
const create = (name: string, extra: Record<string, unknown> = {}) => ({
  create: {
    'domain:create': dom(name, {
      'domain:period': { '@_unit': 'y', '#text': '1' },
      'domain:ns': { 'domain:hostObj': ['ns1.example.net', 'ns2.example.net'] },
      'domain:registrant': 'ADA-1',
      'domain:contact': [{ '@_type': 'admin', '#text': 'ADA-1' }],
      'domain:authInfo': { 'domain:pw': 'd-secret-1' },
    }),
  },
  ...extra,
});
const resData = (r: Record<string, unknown>, key: string) => (r.resData as Record<string, Record<string, unknown>>)[key]!;

let epp: RawEpp;

beforeAll(async () => {
  sandbox = await startSandbox({ only: ['epp'], clock: { start: Date.parse('2026-03-01T09:00:00Z'), realNow: () => 0 }, epp: { maxSessionsPerClient: 2 } });
  epp = await RawEpp.open();
  expect(await epp.next()).toContain('<greeting>');
  expect(await epp.login()).toBe(1000);
  expect(code(await epp.send(contact('ADA-1')))).toBe(1000);
});
afterAll(async () => {
  epp?.close();
  await sandbox?.close();
});

describe('sandbox EPP server', () => {
  it('greets over TLS with the objects and extensions it serves, refuses a wrong login with 2200 and commands before login with 2002', async () => {
    const c = await RawEpp.open();
    const greeting = parseEppXml(await c.next()) as { epp: { greeting: { svcMenu: { objURI: string[]; svcExtension: { extURI: string[] } } } } };
    expect(greeting.epp.greeting.svcMenu.objURI).toEqual([EPP_NS.domain, EPP_NS.contact, EPP_NS.host]);
    expect(greeting.epp.greeting.svcMenu.svcExtension.extURI).toEqual([EPP_NS.rgp, EPP_NS.secDNS]);
    expect(code(await c.send({ check: { 'domain:check': dom('a.example') } }))).toBe(2002);
    expect(await c.login(DEFAULT_EPP_CLIENT.clientId, 'wrong-password')).toBe(2200);
    c.close();
    expect(sandbox.journal.map((e) => e.summary).join('\n')).not.toContain('wrong-password');
  });

  it('checks, creates, renews with curExpDate, and reports a domain with its statuses', async () => {
    const check = await epp.send({ check: { 'domain:check': dom('free.example', { 'domain:name': ['free.example', 'taken-one.example'] }) } });
    expect(resData(check, 'domain:chkData')['domain:cd']).toEqual([
      { 'domain:name': { '@_avail': '1', '#text': 'free.example' } },
      { 'domain:name': { '@_avail': '0', '#text': 'taken-one.example' }, 'domain:reason': 'In use' },
    ]);
    expect(code(await epp.send(create('taken-one.example')))).toBe(2302);
    const created = await epp.send(create('free.example'));
    expect(code(created)).toBe(1000);
    expect(resData(created, 'domain:creData')['domain:exDate']).toBe('2027-03-01T09:00:00.000Z');
    expect(code(await epp.send(create('free.example')))).toBe(2302);

    expect(code(await epp.send({ renew: { 'domain:renew': dom('free.example', { 'domain:curExpDate': '2028-03-01', 'domain:period': { '@_unit': 'y', '#text': '1' } }) } }))).toBe(2004);
    const renewed = await epp.send({ renew: { 'domain:renew': dom('free.example', { 'domain:curExpDate': '2027-03-01', 'domain:period': { '@_unit': 'y', '#text': '2' } }) } });
    expect(resData(renewed, 'domain:renData')['domain:exDate']).toBe('2029-03-01T09:00:00.000Z');

    const info = resData(await epp.send({ info: { 'domain:info': dom('free.example') } }), 'domain:infData');
    expect(info['domain:status']).toEqual({ '@_s': 'ok' });
    expect(info['domain:ns']).toEqual({ 'domain:hostObj': ['ns1.example.net', 'ns2.example.net'] });
    expect(info['domain:authInfo']).toEqual({ 'domain:pw': 'd-secret-1' });
    expect(sandbox.journal.map((e) => e.summary).join('\n')).not.toMatch(/d-secret-1|c-secret-1|sandbox-pw-2026/);
  });

  it('reads a command whatever namespace prefix the client chose', async () => {
    const check = await epp.send({ check: { 'x:check': { '@_xmlns:x': EPP_NS.domain, 'x:name': 'other-prefix.example' } } });
    expect(resData(check, 'domain:chkData')['domain:cd']).toEqual({ 'domain:name': { '@_avail': '1', '#text': 'other-prefix.example' } });
  });

  it('keeps a lock until it is removed: clientUpdateProhibited refuses a name-server change with 2304', async () => {
    await epp.send(create('locked.example'));
    const lock = { update: { 'domain:update': dom('locked.example', { 'domain:add': { 'domain:status': [{ '@_s': 'clientUpdateProhibited' }, { '@_s': 'clientTransferProhibited' }] } }) } };
    expect(code(await epp.send(lock))).toBe(1000);
    const nsChange = { update: { 'domain:update': dom('locked.example', { 'domain:add': { 'domain:ns': { 'domain:hostObj': 'ns3.example.net' } } }) } };
    expect(code(await epp.send(nsChange))).toBe(2304);
    expect(code(await epp.send({ update: { 'domain:update': dom('locked.example', { 'domain:add': { 'domain:status': { '@_s': 'serverHold' } } }) } }))).toBe(2306);
    expect(code(await epp.send({ update: { 'domain:update': dom('locked.example', { 'domain:rem': { 'domain:status': { '@_s': 'clientUpdateProhibited' } } }) } }))).toBe(1000);
    expect(code(await epp.send(nsChange))).toBe(1000);
  });

  it('answers a pending… create with 1001 and completes it later with a panData poll message that ack removes', async () => {
    const r = await epp.send(create('pending-one.example'));
    expect(code(r)).toBe(1001);
    const info = resData(await epp.send({ info: { 'domain:info': dom('pending-one.example') } }), 'domain:infData');
    expect(info['domain:status']).toEqual({ '@_s': 'pendingCreate' });
    expect(code(await epp.send({ poll: { '@_op': 'req' } }))).toBe(1300);

    sandbox.clock.advance(600_000);
    const msg = await epp.send({ poll: { '@_op': 'req' } });
    expect(code(msg)).toBe(1301);
    const msgQ = msg.msgQ as Record<string, string>;
    expect(msgQ['@_count']).toBe('1');
    expect(resData(msg, 'domain:panData')).toMatchObject({ 'domain:name': { '@_paResult': '1', '#text': 'pending-one.example' }, 'domain:paTRID': { clTRID: 'T-1' } });
    expect(code(await epp.send({ poll: { '@_op': 'ack', '@_msgID': 'nope' } }))).toBe(2303);
    expect(code(await epp.send({ poll: { '@_op': 'ack', '@_msgID': msgQ['@_id'] } }))).toBe(1000);
    expect(code(await epp.send({ poll: { '@_op': 'req' } }))).toBe(1300);
  });

  it('takes a transfer in pending, then approves it (serverApproved) or, for reject…, has the losing registrar refuse it', async () => {
    const wrong = await epp.send({ transfer: { '@_op': 'request', 'domain:transfer': dom('moving.example', { 'domain:authInfo': { 'domain:pw': 'wrong-code' } }) } });
    expect(code(wrong)).toBe(2202);
    const req = await epp.send({ transfer: { '@_op': 'request', 'domain:transfer': dom('moving.example', { 'domain:authInfo': { 'domain:pw': 'Good-1' } }) } });
    expect(code(req)).toBe(1001);
    expect(resData(req, 'domain:trnData')['domain:trStatus']).toBe('pending');
    await epp.send({ transfer: { '@_op': 'request', 'domain:transfer': dom('reject-me.example', { 'domain:authInfo': { 'domain:pw': 'Good-1' } }) } });
    const query = await epp.send({ transfer: { '@_op': 'query', 'domain:transfer': dom('moving.example') } });
    expect(resData(query, 'domain:trnData')['domain:reID']).toBe(DEFAULT_EPP_CLIENT.clientId);

    sandbox.clock.advance(600_000);
    const statuses: string[] = [];
    for (;;) {
      const msg = await epp.send({ poll: { '@_op': 'req' } });
      if (code(msg) === 1300) break;
      const trn = resData(msg, 'domain:trnData');
      statuses.push(`${String(trn['domain:name'])} ${String(trn['domain:trStatus'])}`);
      await epp.send({ poll: { '@_op': 'ack', '@_msgID': (msg.msgQ as Record<string, string>)['@_id'] } });
    }
    expect(statuses.sort()).toEqual(['moving.example serverApproved', 'reject-me.example clientRejected']);
    expect(sandbox.endpoints.epp && sandbox.simulator('epp').domains().find((d) => d.name === 'moving.example')).toMatchObject({ status: 'ok' });
  });

  it('deletes into the redemption period and restores with request + report (RFC 3915)', async () => {
    await epp.send(create('restore-me.example'));
    expect(code(await epp.send({ delete: { 'domain:delete': dom('restore-me.example') } }))).toBe(1000);
    const info = await epp.send({ info: { 'domain:info': dom('restore-me.example') } });
    expect((info.extension as Record<string, Record<string, unknown>>)['rgp:infData']).toMatchObject({ 'rgp:rgpStatus': { '@_s': 'redemptionPeriod' } });
    const restore = (op: string) => ({ update: { 'domain:update': dom('restore-me.example', { 'domain:chg': '' }) }, extension: { 'rgp:update': { '@_xmlns:rgp': EPP_NS.rgp, 'rgp:restore': { '@_op': op } } } });
    expect(code(await epp.send(restore('report')))).toBe(2304);
    expect(code(await epp.send(restore('request')))).toBe(1000);
    expect(code(await epp.send(restore('report')))).toBe(1000);
    const after = resData(await epp.send({ info: { 'domain:info': dom('restore-me.example') } }), 'domain:infData');
    expect(after['domain:status']).toEqual({ '@_s': 'ok' });
  });

  it('creates glue host objects under a domain, refuses deleting one still in use (2305), and takes secDNS DS records', async () => {
    await epp.send(create('glue.example'));
    const host = (verb: string, body: Record<string, unknown>) => ({ [verb]: { [`host:${verb}`]: { '@_xmlns:host': EPP_NS.host, ...body } } });
    expect(code(await epp.send(host('create', { 'host:name': 'ns1.glue.example' })))).toBe(2003);
    expect(code(await epp.send(host('create', { 'host:name': 'ns1.glue.example', 'host:addr': [{ '@_ip': 'v4', '#text': '192.0.2.1' }] })))).toBe(1000);
    expect(code(await epp.send({ update: { 'domain:update': dom('free.example', { 'domain:add': { 'domain:ns': { 'domain:hostObj': 'ns1.glue.example' } } }) } }))).toBe(1000);
    expect(code(await epp.send(host('delete', { 'host:name': 'ns1.glue.example' })))).toBe(2305);
    expect(code(await epp.send({ delete: { 'domain:delete': dom('glue.example') } }))).toBe(2305);
    const ds = { 'secDNS:dsData': { 'secDNS:keyTag': '12345', 'secDNS:alg': '8', 'secDNS:digestType': '2', 'secDNS:digest': '49FD46E6C4B45C55D4AC' } };
    expect(code(await epp.send({ update: { 'domain:update': dom('glue.example') }, extension: { 'secDNS:update': { '@_xmlns:secDNS': EPP_NS.secDNS, 'secDNS:add': ds } } }))).toBe(1000);
    const info = await epp.send({ info: { 'domain:info': dom('glue.example') } });
    expect((info.extension as Record<string, Record<string, unknown>>)['secDNS:infData']).toMatchObject({ 'secDNS:dsData': { 'secDNS:keyTag': '12345' } });
    expect(resData(info, 'domain:infData')['domain:host']).toBe('ns1.glue.example');
  });

  it('ends the session on logout with 1500', async () => {
    const c = await RawEpp.open();
    await c.next();
    expect(await c.login()).toBe(1000);
    expect(code(await c.send({ logout: '' }))).toBe(1500);
    await expect.poll(() => c.closed).toBe(true);
  });

  it('answers 2502 and closes when a client opens more sessions than the limit', async () => {
    const second = await RawEpp.open();
    await second.next();
    expect(await second.login()).toBe(1000);
    const third = await RawEpp.open();
    await third.next();
    expect(await third.login()).toBe(2502);
    await expect.poll(() => third.closed).toBe(true);
    second.close();
    third.close();
  });
});
