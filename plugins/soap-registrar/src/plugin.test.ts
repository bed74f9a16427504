import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { settle, validateManifest, type Outcome, type PendingRef } from '@registrar-kit/sdk';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { actions, answer, fault, harness, httpStatus, NS, operation, PASSWORD, person, reply, requests, reset, server, signatures, soapActions, unexpected, type Harness } from '../test/harness.js';
import { RESPONSE_PARTS } from './protocol/parts.js';
import plugin from './plugin.js';

const manifest = JSON.parse(readFileSync(new URL('../registrar-plugin.json', import.meta.url), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => reset());
afterEach(() => expect(unexpected).toEqual([]));
afterAll(() => server.close());

type Handler = (input: unknown, ctx: Harness['ctx']) => Promise<Outcome>;
const run = (op: string, input: unknown, h: Harness): Promise<Outcome> => {
  const handler = ((plugin.operations as Record<string, Handler | undefined>)[op] ?? plugin.custom?.[op]) as Handler;
  return settle(() => handler(input, h.ctx));
};
const ref = (r: string, operation: string, domain = 'example.fr', extra: Partial<PendingRef> = {}): PendingRef => ({ ref: r, operationId: `op-${r}`, operation, domain, submittedAt: '2026-01-15T10:00:00Z', ...extra });
const registerInput = (extra: Record<string, unknown> = {}) => ({ domain: 'example.fr', period: 1, contacts: { registrant: person() }, nameservers: NS, ...extra });

describe('manifest', () => {
  it('is valid, declares batch polling no sooner than 5 minutes and poll completion for every call that can answer PENDING', () => {
    const r = validateManifest(manifest, { packageJson: pkg });
    expect(r.errors).toEqual([]);
    expect(manifest.polling).toMatchObject({ batch: true, minIntervalSeconds: 300, recommendedIntervalSeconds: 600 });
    for (const op of ['register', 'transfer', 'changeRegistrant', 'updateNameservers', 'renew', 'cancel', 'setDnssec', 'setRegistrarLock', 'getAuthCode']) {
      expect(manifest.operations[op]).toEqual(expect.objectContaining({ mode: 'auto', completion: 'poll' }));
    }
    expect(manifest.operations.info.completion).toBe('sync');
    expect(manifest.settings.properties.password.writeOnly).toBe(true);
  });
});

describe('sessions', () => {
  it('opens one session, sends the password only in sessionOpen, and reuses the id while its TTL lasts', async () => {
    const h = harness({ sessionTtlSeconds: 600 }, {});
    answer('sessionOpen', 'S-0123456789abcdef0123456789abcdef');
    operation('domainRenew', 'Done');
    operation('domainRenew', 'Done');
    expect((await run('renew', { domain: 'example.fr', period: 1 }, h)).status).toBe('done');
    h.clock.advance(300);
    expect((await run('renew', { domain: 'example.fr', period: 1 }, h)).status).toBe('done');
    expect(actions()).toEqual(['sessionOpen', 'domainRenew', 'domainRenew']);
    expect(requests[0]!.args).toEqual({ idReseller: 'NR1234', password: PASSWORD, language: 'EN' });
    expect(requests.slice(1).every((r) => r.args.IDSession === 'S-0123456789abcdef0123456789abcdef' && !r.raw.includes(PASSWORD))).toBe(true);
    // After the TTL the cached id is gone and a new session is opened.
    h.clock.advance(301);
    answer('sessionOpen', 'S-second');
    operation('domainRenew', 'Done');
    await run('renew', { domain: 'example.fr', period: 1 }, h);
    expect(actions().slice(3)).toEqual(['sessionOpen', 'domainRenew']);
    expect(requests[4]!.args.IDSession).toBe('S-second');
  });

  // Netim's PHP client (2.0/AbstractAPISoap.php) takes a fault mentioning E02 as a dead session;
  // the exact code and text are not published, so both a bare family code and one inside a
  // SOAP-ENV:Server faultstring must count.
  it.each([
    ['E02', 'E02 : Session expired'],
    ['SOAP-ENV:Server', 'E02 - invalid session'],
  ])('reopens once on a session fault (%s) and resends the call that the API refused', async (code, text) => {
    const h = harness();
    fault('domainRenew', code, text);
    answer('sessionOpen', 'S-new');
    operation('domainRenew', 'Done');
    expect(await run('renew', { domain: 'example.fr', period: 1 }, h)).toMatchObject({ status: 'done' });
    expect(actions()).toEqual(['domainRenew', 'sessionOpen', 'domainRenew']);
    expect(requests[2]!.args.IDSession).toBe('S-new');
    expect(h.state.get('session')?.value).toBe('S-new');
  });

  it('resends nothing outside the session family: E01-M0103 and a 503 after sending end the call', async () => {
    const h = harness();
    fault('domainRenew', 'E01-M0103', 'E01-M0103 : Session expired');
    const a = await run('renew', { domain: 'example.fr', period: 1 }, h);
    expect(a.status === 'failed' && [a.error.code, a.error.registrarCode]).toEqual(['REMOTE', 'E01-M0103']);
    httpStatus('domainRenew', 503);
    const b = await run('renew', { domain: 'example.fr', period: 1 }, h);
    expect(b.status).toBe('failed');
    expect(actions()).toEqual(['domainRenew', 'domainRenew']);
  });

  it('does not loop when the new session is refused too', async () => {
    const h = harness();
    fault('domainRenew', 'E02', 'E02 : Session expired');
    answer('sessionOpen', 'S-new');
    fault('domainRenew', 'E02', 'E02 : Session expired');
    const outcome = await run('renew', { domain: 'example.fr', period: 1 }, h);
    expect(outcome.status === 'failed' && [outcome.error.code, outcome.error.registrarCode]).toEqual(['AUTHENTICATION', 'E02']);
    expect(actions()).toEqual(['domainRenew', 'sessionOpen', 'domainRenew']);
  });

  it('maps a bad login to AUTHENTICATION without leaking the password or the registrar name', async () => {
    const h = harness({}, {});
    fault('sessionOpen', 'E01-M0101', `Unable to connect - Bad login / password combinaison (${PASSWORD})`);
    const outcome = await run('info', { domain: 'example.fr' }, h);
    expect(outcome.status).toBe('failed');
    if (outcome.status !== 'failed') return;
    expect(outcome.error).toMatchObject({ code: 'AUTHENTICATION', registrarCode: 'E01-M0101' });
    expect(`${outcome.error.message} ${outcome.error.detail}`).not.toContain(PASSWORD);
    expect(outcome.error.message).not.toMatch(/netim/i);
  });

  it('closes the session on dispose, and ignores a fault on close', async () => {
    const h = harness();
    fault('sessionClose', 'E02-M0201', 'Session unknown');
    await plugin.dispose!(h.ctx);
    expect(actions()).toEqual(['sessionClose']);
    expect(requests[0]!.args.IDSession).toBe('S-cached');
    expect(h.state.has('session')).toBe(false);
    await plugin.dispose!(h.ctx);
    expect(actions()).toEqual(['sessionClose']);
  });
});

/**
 * Replies in the shape the public record shows for the live API: rpc/encoded, `ns1` = urn:DRS
 * declared on the envelope, typed parts, one part per reply named per function (acme.sh
 * dnsapi/dns_netim.sh, dymmer-code/netim, altenwald/soap-elixir's decode test).
 */
const encoded = (body: string): string =>
  '<?xml version="1.0" encoding="UTF-8"?>\n<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="urn:DRS" ' +
  'xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/" ' +
  `SOAP-ENV:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><SOAP-ENV:Body>${body}</SOAP-ENV:Body></SOAP-ENV:Envelope>`;

describe('replies in the documented shapes', () => {
  it('reads the session id from <IDSession>, the part sessionOpen answers', async () => {
    const h = harness({}, {});
    reply('sessionOpen', 200, encoded('<ns1:sessionOpenResponse><IDSession xsi:type="xsd:string">0123456789abcdef0123456789abcdef</IDSession></ns1:sessionOpenResponse>'));
    operation('domainRenew', 'Done');
    expect(await run('renew', { domain: 'example.fr', period: 1 }, h)).toMatchObject({ status: 'done' });
    expect(requests[1]!.args.IDSession).toBe('0123456789abcdef0123456789abcdef');
  });

  it('refuses a sessionOpen reply that names its part <return>: not the documented shape', async () => {
    const h = harness({}, {});
    reply('sessionOpen', 200, encoded('<ns1:sessionOpenResponse><return xsi:type="xsd:string">0123456789abcdef0123456789abcdef</return></ns1:sessionOpenResponse>'));
    const outcome = await run('renew', { domain: 'example.fr', period: 1 }, h);
    expect(outcome.status === 'failed' && [outcome.error.code, outcome.error.detail]).toEqual(['PROTOCOL', 'sessionOpen: no <IDSession> part in sessionOpenResponse (found <return>)']);
  });

  it('reads the new contact id from <idContact>', async () => {
    const h = harness({ useResellerContactId: true });
    reply('contactCreate', 200, encoded('<ns1:contactCreateResponse><idContact xsi:type="xsd:string">JD4417</idContact></ns1:contactCreateResponse>'));
    operation('domainCreate', 'Pending', 5120);
    expect(await run('register', registerInput(), h)).toMatchObject({ status: 'pending', ref: '5120' });
    expect(requests[1]!.args.idOwner).toBe('JD4417');
  });

  it('reads domainCheck\'s encoded array <domainCheckResponseReturn> of StructDomainCheckResponse', async () => {
    reply('domainCheck', 200, encoded(
      '<ns1:domainCheckResponse><domainCheckResponseReturn SOAP-ENC:arrayType="ns1:StructDomainCheckResponse[1]" xsi:type="ns1:ArrayStructDomainCheckResponse">' +
        '<item xsi:type="ns1:StructDomainCheckResponse"><domain xsi:type="xsd:string">example.fr</domain><result xsi:type="xsd:string">NOT AVAILABLE</result><reason xsi:type="xsd:string">PREMIUM</reason></item>' +
        '</domainCheckResponseReturn></ns1:domainCheckResponse>',
    ));
    expect(await run('checkAvailability', { domain: 'example.fr' }, harness())).toEqual({ status: 'done', result: { domain: 'example.fr', available: false, premium: true, reason: 'PREMIUM' } });
  });

  it('reads a StructOperationResponse from <return> (queryOpe after a pending renewal)', async () => {
    reply('queryOpePending', 200, encoded('<ns1:queryOpePendingResponse><return SOAP-ENC:arrayType="ns1:StructQueryOpePending[0]" xsi:type="ns1:ArrayOfStructQueryOpePending"/></ns1:queryOpePendingResponse>'));
    reply('queryOpe', 200, encoded(
      '<ns1:queryOpeResponse><return xsi:type="ns1:StructOperationResponse"><ID_OPE xsi:type="xsd:int">5121</ID_OPE><STATUS xsi:type="xsd:string">Done</STATUS>' +
        '<MESSAGE xsi:type="xsd:string"></MESSAGE><TYPE xsi:type="xsd:string">domainRenew</TYPE><DATE xsi:type="xsd:string">2026-01-15 10:00:00</DATE></return></ns1:queryOpeResponse>',
    ));
    const updates = await plugin.poll!([ref('5121', 'renew')], harness().ctx);
    expect(updates).toEqual([{ ref: '5121', outcome: { status: 'done', result: { domain: 'example.fr' } } }]);
  });

  it('reads a modelled part by its single child when the name differs (no public sample of these replies)', async () => {
    expect(RESPONSE_PARTS.domainZoneInit).toEqual({ name: 'return', documented: false });
    reply('domainZoneInit', 200, encoded('<ns1:domainZoneInitResponse><domainZoneInitReturn xsi:type="ns1:StructOperationResponse"><ID_OPE>77</ID_OPE><STATUS>Done</STATUS></domainZoneInitReturn></ns1:domainZoneInitResponse>'));
    expect(await run('zoneInit', { domain: 'example.fr', template: 3 }, harness())).toMatchObject({ status: 'done' });
  });

  it('maps the documented bad-login fault (faultstring "E01-M0101 : …") to AUTHENTICATION', async () => {
    const h = harness({}, {});
    reply('sessionOpen', 500, '<?xml version="1.0" encoding="UTF-8"?><soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/"><soap-env:Body><soap-env:Fault><faultcode>E01-M0101</faultcode><faultstring>E01-M0101 : Unable to connect - Bad login / password combinaison</faultstring></soap-env:Fault></soap-env:Body></soap-env:Envelope>');
    const outcome = await run('renew', { domain: 'example.fr', period: 1 }, h);
    expect(outcome.status === 'failed' && [outcome.error.code, outcome.error.registrarCode]).toEqual(['AUTHENTICATION', 'E01-M0101']);
  });
});

describe('contacts', () => {
  it('creates the registrant with isOwner 1 and role copies with isOwner 0, then reuses both for an identical contact', async () => {
    const h = harness();
    answer('contactCreate', 'JD1');
    answer('contactCreate', 'JD2');
    operation('domainCreate', 'Done');
    operation('domainCreate', 'Done');
    await run('register', registerInput(), h);
    await run('register', registerInput({ domain: 'other.fr' }), h);
    expect(actions()).toEqual(['contactCreate', 'contactCreate', 'domainCreate', 'domainCreate']);
    const [owner, role] = requests.map((r) => r.args.contact as Record<string, string>);
    expect(owner).toMatchObject({ firstName: 'Jean', isOwner: '1', phone: '+33 142000000', bodyForm: 'IND' });
    expect(role).toMatchObject({ isOwner: '0' });
    for (const create of requests.filter((r) => r.action === 'domainCreate')) {
      expect(create.args).toMatchObject({ idOwner: 'JD1', idAdmin: 'JD2', idTech: 'JD2', idBilling: 'JD2' });
    }
  });

  it('uses the reseller contact for missing roles when the settings say so, and a given admin contact otherwise', async () => {
    const h = harness({ useResellerContactId: true });
    answer('contactCreate', 'JD1');
    answer('contactCreate', 'AD1');
    operation('domainCreate', 'Done');
    await run('register', registerInput({ contacts: { registrant: person(), admin: person('Anne') } }), h);
    expect(requests.at(-1)!.args).toMatchObject({ idOwner: 'JD1', idAdmin: 'AD1', idTech: 'NR1234', idBilling: 'NR1234' });
  });

  it('sends the .it province as area and other extension fields as additional', async () => {
    const h = harness({ useResellerContactId: true, resellerContactId: 'RC9' });
    answer('contactCreate', 'MR1');
    operation('domainCreate', 'Done');
    await run('register', registerInput({ domain: 'example.it', contacts: { registrant: person('Mario', { area: 'RM', vatNumber: 'IT123' }) } }), h);
    expect(requests[0]!.args.contact).toMatchObject({ area: 'RM', additional: { vatNumber: 'IT123' } });
    expect(requests[1]!.args).toMatchObject({ idAdmin: 'RC9' });
  });
});

describe('bad input never reaches the wire', () => {
  it.each([
    ['a first name over 30 characters (StructContact)', 'register', registerInput({ contacts: { registrant: person('J'.repeat(31)) } }), '/contacts/registrant/firstName'],
    ['a zip code over 10 characters', 'register', registerInput({ contacts: { registrant: { ...person(), postalCode: '75002000000' } } }), '/contacts/registrant/postalCode'],
    ['a city over 30 characters', 'changeRegistrant', { domain: 'example.fr', registrant: { ...person(), city: 'C'.repeat(31) } }, '/registrant/city'],
    ['an address line over 80 characters', 'updateContacts', { domain: 'example.fr', contacts: { tech: { ...person(), address: ['a'.repeat(81)] } } }, '/contacts/tech/address/0'],
    ['six name servers', 'updateNameservers', { domain: 'example.fr', nameservers: [1, 2, 3, 4, 5, 6].map((i) => ({ host: `ns${i}.example.net` })) }, '/nameservers'],
    ['one name server where two are the minimum', 'register', registerInput({ nameservers: [NS[0]] }), '/nameservers'],
    ['a .it period other than one year', 'register', registerInput({ domain: 'example.it', period: 2, contacts: { registrant: person('M', { area: 'RM' }) } }), '/period'],
    ['a .it registrant without a province', 'register', registerInput({ domain: 'example.it' }), '/contacts/registrant/extra'],
    ['a .aero registrant without ENS ids', 'register', registerInput({ domain: 'example.aero' }), '/contacts/registrant/extra'],
    ['a transfer without EPP code', 'transfer', { domain: 'example.com' }, '/authCode'],
    ['provider name servers that are not configured', 'transfer', { domain: 'example.com', authCode: 'x', useProviderNameservers: true }, '/useProviderNameservers'],
    ['a bad DNS template number', 'register', registerInput({ options: { dnsTemplate: 'three' } }), '/options/dnsTemplate'],
    ['a deletion at expiry', 'cancel', { domain: 'example.fr', when: 'expiry' }, '/when'],
    ['a zone init without template', 'zoneInit', { domain: 'example.fr' }, '/'],
  ])('refuses %s with INVALID_INPUT naming the field', async (_name, op, input, path) => {
    const outcome = await run(op, input, harness());
    expect(outcome.status).toBe('failed');
    if (outcome.status !== 'failed') return;
    expect(outcome.error.code).toBe('INVALID_INPUT');
    expect(outcome.error.issues.map((i) => i.path).some((p) => p.startsWith(path))).toBe(true);
    expect(requests).toEqual([]);
  });
});

describe('register', () => {
  it('DONE → done, with the name servers, duration and DNS template sent, then the requested preferences and DNSSEC', async () => {
    const h = harness({ useResellerContactId: true });
    answer('contactCreate', 'JD1');
    operation('domainCreate', 'Done');
    operation('domainSetDNSSecExt', 'Done');
    operation('domainSetPreference', 'Done');
    operation('domainSetPreference', 'Pending', 77);
    const outcome = await run('register', registerInput({ options: { dnsTemplate: 3 }, registrarLock: true, whoisPrivacy: true, dnssec: { ds: [{ keyTag: 1, algorithm: 13, digestType: 2, digest: 'AB' }] } }), h);
    expect(outcome).toEqual({ status: 'done', result: { domain: 'example.fr' } });
    expect(actions()).toEqual(['contactCreate', 'domainCreate', 'domainSetDNSSecExt', 'domainSetPreference', 'domainSetPreference']);
    expect(requests[1]!.args).toMatchObject({ domain: 'example.fr', ns1: 'ns1.example.net', ns2: 'ns2.example.net', ns3: '', duration: '1', templateDNS: '3' });
    expect(requests.slice(3).map((r) => [r.args.codePref, r.args.value])).toEqual([['registrar_lock', '1'], ['whois_privacy', '1']]);
  });

  it('PENDING → pending with the operation id as ref; ERROR / Failed → failed with the reason', async () => {
    const h = harness({ useResellerContactId: true });
    answer('contactCreate', 'JD1');
    operation('domainCreate', 'Pending', 4001);
    expect(await run('register', registerInput(), h)).toMatchObject({ status: 'pending', ref: '4001', await: 'poll', step: 'domainCreate' });
    operation('domainCreate', 'Failed', 4002, 'Name reserved by the registry');
    const outcome = await run('register', registerInput(), h);
    expect(outcome.status === 'failed' && outcome.error).toMatchObject({ code: 'REMOTE', registrarCode: 'FAILED', detail: expect.stringContaining('Name reserved') });
    answer('domainCreate', { ID_OPE: 4003, STATUS: 'ERROR', MESSAGE: 'bad', TYPE: 'domainCreate' });
    expect((await run('register', registerInput(), h)).status).toBe('failed');
  });

  it('maps the not-available and closed-for-extension faults', async () => {
    const h = harness({ useResellerContactId: true });
    answer('contactCreate', 'JD1');
    fault('domainCreate', 'E06-M0601', 'Domain not available');
    const a = await run('register', registerInput(), h);
    expect(a.status === 'failed' && a.error).toMatchObject({ code: 'NOT_AVAILABLE', registrarCode: 'E06-M0601' });
    fault('domainCreate', 'SOAP-ENV:Server', 'E12-M1204 Operation closed for this extension');
    const b = await run('register', registerInput(), h);
    expect(b.status === 'failed' && b.error).toMatchObject({ code: 'UNSUPPORTED', registrarCode: 'E12-M1204' });
  });
});

/** Operations answered with a StructOperationResponse: [operation, input, function, done result, wire args]. */
const SIMPLE: [string, Record<string, unknown>, string, Record<string, unknown>, Record<string, string>][] = [
  ['renew', { domain: 'example.fr', period: 2 }, 'domainRenew', { domain: 'example.fr' }, { duration: '2' }],
  ['cancel', { domain: 'example.fr' }, 'domainDelete', { domain: 'example.fr' }, { typeDelete: 'NOW' }],
  ['updateNameservers', { domain: 'example.fr', nameservers: NS }, 'domainChangeDNS', { domain: 'example.fr' }, { ns1: 'ns1.example.net', ns2: 'ns2.example.net', ns5: '' }],
  ['setRegistrarLock', { domain: 'example.fr', locked: true }, 'domainSetPreference', { domain: 'example.fr', locked: true }, { codePref: 'registrar_lock', value: '1' }],
  ['setWhoisPrivacy', { domain: 'example.fr', enabled: false }, 'domainSetPreference', { domain: 'example.fr', enabled: false }, { codePref: 'whois_privacy', value: '0' }],
  ['setAutoRenew', { domain: 'example.fr', enabled: true }, 'domainSetPreference', { domain: 'example.fr', enabled: true }, { codePref: 'auto_renew', value: '1' }],
  ['getAuthCode', { domain: 'example.fr' }, 'domainAuthID', { domain: 'example.fr', sentTo: 'registrant' }, { sendToRegistrant: '1' }],
  ['setDnssec', { domain: 'example.fr', dnssec: { keys: [{ flags: 257, protocol: 3, algorithm: 13, publicKey: 'AwEAAc' }] } }, 'domainSetDNSSecExt', { domain: 'example.fr' }, { flags: '257', protocol: '3', algo: '13', pubKey: 'AwEAAc' }],
  ['zoneInit', { domain: 'example.fr', template: 4 }, 'domainZoneInit', { domain: 'example.fr' }, { numTemplate: '4' }],
];

describe.each(SIMPLE)('%s', (op, input, fn, result, wire) => {
  it(`sends ${fn} and maps DONE → done`, async () => {
    operation(fn, 'Done');
    expect(await run(op, input, harness())).toEqual({ status: 'done', result });
    expect(actions()).toEqual([fn]);
    expect(requests[0]!.args).toMatchObject({ IDSession: 'S-cached', domain: 'example.fr', ...wire });
  });
  it('maps PENDING → pending (poll), whose later DONE gives the same result', async () => {
    operation(fn, 'Pending', 9100);
    const h = harness();
    const outcome = await run(op, input, h);
    expect(outcome).toMatchObject({ status: 'pending', ref: '9100', await: 'poll' });
    answer('queryOpePending', '');
    operation('queryOpe', 'Done', 9100);
    const updates = await plugin.poll!([ref('9100', op, 'example.fr', { data: outcome.status === 'pending' ? outcome.data : undefined })], h.ctx);
    expect(updates).toEqual([{ ref: '9100', outcome: { status: 'done', result } }]);
  });
  it('maps Failed and faults → failed', async () => {
    operation(fn, 'Failed', 9101, 'Refused');
    expect((await run(op, input, harness())).status).toBe('failed');
    fault(fn, 'E06-M0602', 'Domain not found');
    const outcome = await run(op, input, harness());
    expect(outcome.status === 'failed' && outcome.error.code).toBe('OBJECT_NOT_FOUND');
  });
});

describe('updateContacts and changeRegistrant', () => {
  it('updateContacts creates simple contacts (isOwner 0) and keeps roles it was not given', async () => {
    answer('contactCreate', 'TC1');
    operation('domainChangeContact', 'Done');
    expect(await run('updateContacts', { domain: 'example.fr', contacts: { tech: person('Tom') } }, harness())).toEqual({ status: 'done', result: { domain: 'example.fr' } });
    expect(requests[0]!.args.contact).toMatchObject({ isOwner: '0' });
    expect(requests[1]!.args).toMatchObject({ idAdmin: '', idTech: 'TC1', idBilling: '' });
  });

  it('updateContacts refuses a new registrant (a trade) before any request', async () => {
    const outcome = await run('updateContacts', { domain: 'example.fr', contacts: { registrant: person() } }, harness());
    expect(outcome.status === 'failed' && outcome.error.issues[0]!.path).toBe('/contacts/registrant');
    expect(requests).toEqual([]);
  });

  it('changeRegistrant creates an owner contact and answers the PENDING trade with a poll ref', async () => {
    answer('contactCreate', 'NO1');
    operation('domainTransferOwner', 'Pending', 8001);
    expect(await run('changeRegistrant', { domain: 'example.fr', registrant: person('Nadia') }, harness())).toMatchObject({ status: 'pending', ref: '8001', step: 'domainTransferOwner' });
    expect(requests[0]!.args.contact).toMatchObject({ isOwner: '1' });
    expect(requests[1]!.args).toMatchObject({ idOwner: 'NO1' });
  });
});

describe('transfer', () => {
  it('sends the EPP code with #AUTO# owner and is PENDING; when DONE, changes the EPP code, then applies template and preferences', async () => {
    const h = harness({ useResellerContactId: true });
    operation('domainTransferIn', 'Pending', 5001);
    const outcome = await run('transfer', { domain: 'example.com', authCode: 'EPP-1', options: { dnsTemplate: 2 }, autoRenew: true }, h);
    expect(outcome).toMatchObject({ status: 'pending', ref: '5001', step: 'domainTransferIn' });
    expect(requests[0]!.args).toMatchObject({ authID: 'EPP-1', idOwner: '#AUTO#', idAdmin: 'NR1234' });
    answer('queryOpePending', '');
    operation('queryOpe', 'Done', 5001);
    operation('domainAuthID', 'Done');
    operation('domainZoneInit', 'Done');
    operation('domainSetPreference', 'Done');
    const updates = await plugin.poll!([ref('5001', 'transfer', 'example.com', { data: outcome.status === 'pending' ? outcome.data : undefined })], h.ctx);
    expect(updates).toEqual([{ ref: '5001', outcome: { status: 'done', result: { domain: 'example.com' } } }]);
    expect(actions().slice(1)).toEqual(['queryOpePending', 'queryOpe', 'domainAuthID', 'domainZoneInit', 'domainSetPreference']);
    expect(requests[3]!.args).toMatchObject({ domain: 'example.com', sendToRegistrant: '0' });
    expect(requests[4]!.args).toMatchObject({ numTemplate: '2' });
    expect(requests[5]!.args).toMatchObject({ codePref: 'auto_renew', value: '1' });
  });

  it('uses the provider name servers when asked', async () => {
    operation('domainTransferIn', 'Pending', 5002);
    await run('transfer', { domain: 'example.com', authCode: 'x', useProviderNameservers: true }, harness({ providerNameservers: ['ns1.provider.net', 'ns2.provider.net'] }));
    expect(requests[0]!.args).toMatchObject({ ns1: 'ns1.provider.net', ns2: 'ns2.provider.net', ns3: '' });
  });

  it('a follow-up that fails retryably keeps the transfer pending; the next poll resumes the remaining calls without queryOpe', async () => {
    const h = harness();
    answer('queryOpePending', '');
    operation('queryOpe', 'Done', 5003);
    operation('domainAuthID', 'Done');
    httpStatus('domainSetPreference', 503);
    const data = { result: { domain: 'example.com' }, followUps: [{ fn: 'domainAuthID' }, { fn: 'domainSetPreference', pref: 'registrar_lock', value: true }] };
    const [first] = await plugin.poll!([ref('5003', 'transfer', 'example.com', { data })], h.ctx);
    expect(first!.outcome).toMatchObject({ status: 'pending', ref: '5003', step: 'follow-up', data: { followUps: [{ fn: 'domainSetPreference' }] } });
    const resumed = first!.outcome.status === 'pending' ? first!.outcome.data : undefined;
    operation('domainSetPreference', 'Done');
    const [second] = await plugin.poll!([ref('5003', 'transfer', 'example.com', { step: 'follow-up', data: resumed })], h.ctx);
    expect(second!.outcome).toEqual({ status: 'done', result: { domain: 'example.com' } });
    expect(actions()).toEqual(['queryOpePending', 'queryOpe', 'domainAuthID', 'domainSetPreference', 'domainSetPreference']);
  });

  it('a follow-up refused for good fails the operation, saying the transfer itself went through', async () => {
    const h = harness();
    fault('domainAuthID', 'E06-M0604', 'Status prohibits');
    const data = { result: { domain: 'example.com' }, followUps: [{ fn: 'domainAuthID' }] };
    const [update] = await plugin.poll!([ref('5004', 'transfer', 'example.com', { step: 'follow-up', data })], h.ctx);
    expect(update!.outcome.status === 'failed' && update!.outcome.error).toMatchObject({ code: 'STATUS_PROHIBITS', registrarCode: 'E06-M0604', message: expect.stringMatching(/carried out/) });
  });
});

describe('poll', () => {
  it('asks queryOpePending ONCE for the whole batch and queryOpe only for operations that left it', async () => {
    const h = harness();
    answer('queryOpePending', { item: [
      { id_ope: 11, code_ope: 'domainCreate', date_ope: '2026-01-15 10:00:00', data_ope: 'a.fr' },
      { id_ope: 12, code_ope: 'domainTransferIn', date_ope: '2026-01-15 10:00:00', data_ope: 'b.fr' },
    ] });
    operation('queryOpe', 'Done', 13);
    operation('queryOpe', 'Failed', 14, 'Registry refused the change');
    operation('queryOpe', 'Cancelled', 15, 'Cancelled by the losing registrar');
    operation('queryOpe', 'Pending', 16);
    const updates = await plugin.poll!([ref('11', 'register', 'a.fr'), ref('12', 'renew', 'b.fr'), ref('13', 'renew', 'c.fr'), ref('14', 'updateNameservers', 'd.fr'), ref('15', 'changeRegistrant', 'e.fr'), ref('16', 'renew', 'f.fr')], h.ctx);
    expect(actions().filter((a) => a === 'queryOpePending')).toHaveLength(1);
    expect(requests.filter((r) => r.action === 'queryOpe').map((r) => r.args.idOpe)).toEqual(['13', '14', '15', '16']);
    expect(updates.map((u) => [u.ref, u.outcome.status])).toEqual([['13', 'done'], ['14', 'failed'], ['15', 'failed']]);
    const f = updates[1]!.outcome;
    expect(f.status === 'failed' && f.error.detail).toContain('Registry refused the change');
    const c = updates[2]!.outcome;
    expect(c.status === 'failed' && c.error.registrarCode).toBe('CANCELLED');
  });

  it('leaves a ref pending when queryOpe fails for it, and still answers the others', async () => {
    const h = harness();
    answer('queryOpePending', '');
    fault('queryOpe', 'E99-M9901', 'Unknown operation');
    operation('queryOpe', 'Done', 22);
    const updates = await plugin.poll!([ref('21', 'renew'), ref('22', 'renew')], h.ctx);
    expect(updates.map((u) => u.ref)).toEqual(['22']);
    expect(h.logs.some((l) => l.includes('queryOpe failed'))).toBe(true);
  });
});

describe('reconcile', () => {
  const request = (operation: string, input: Record<string, unknown> = {}) => ({ operationId: 'op-9', operation, domain: 'example.fr', input: { domain: 'example.fr', ...input } });

  it('finds the operation of that type on that domain in queryOpePending', async () => {
    answer('queryOpePending', { item: [
      { id_ope: 31, code_ope: 'domainRenew', data_ope: 'example.fr' },
      { id_ope: 32, code_ope: 'domainSetPreference.registrar_lock', data_ope: 'example.fr' },
    ] });
    expect(await plugin.reconcile!(request('setRegistrarLock', { locked: true }), harness().ctx)).toMatchObject({ status: 'pending', ref: '32' });
  });

  it('matches code_ope without case (the public lists spell domainAuthid, domainSetDNSSECExt)', async () => {
    answer('queryOpePending', { item: [{ id_ope: 41, code_ope: 'domainAuthid', data_ope: 'example.fr' }] });
    expect(await plugin.reconcile!(request('getAuthCode'), harness().ctx)).toMatchObject({ status: 'pending', ref: '41' });
    answer('queryOpePending', { item: [{ id_ope: 42, code_ope: 'domainSetDNSSECExt', data_ope: 'example.fr' }] });
    expect(await plugin.reconcile!(request('setDnssec'), harness().ctx)).toMatchObject({ status: 'pending', ref: '42' });
  });

  it('register: the domain in the account → done; not found → not received', async () => {
    answer('queryOpePending', '');
    answer('domainInfo', { domain: 'example.fr', status: 'ACTIVE, DELEGATED', dateExpiration: '2027-01-15' });
    expect(await plugin.reconcile!(request('register'), harness().ctx)).toEqual({ status: 'done', result: { domain: 'example.fr', expiresAt: '2027-01-15' } });
    answer('queryOpePending', '');
    fault('domainInfo', 'E06-M0602', 'Domain not found');
    expect(await plugin.reconcile!(request('register'), harness().ctx)).toEqual({ status: 'not-received' });
  });

  it('transfer found in the account → runs the EPP-code change, then done', async () => {
    answer('queryOpePending', '');
    answer('domainInfo', { domain: 'example.fr', status: 'ACTIVE, DELEGATED' });
    operation('domainAuthID', 'Done');
    expect(await plugin.reconcile!(request('transfer', { authCode: 'x' }), harness().ctx)).toMatchObject({ status: 'done' });
    expect(actions()).toEqual(['queryOpePending', 'domainInfo', 'domainAuthID']);
  });

  it('idempotent changes compare the current state; others are unknown', async () => {
    answer('queryOpePending', '');
    answer('domainInfo', { domain: 'example.fr', status: 'ACTIVE, DELEGATED', domainIsLock: 0 });
    expect(await plugin.reconcile!(request('setRegistrarLock', { locked: true }), harness().ctx)).toEqual({ status: 'not-received' });
    answer('queryOpePending', '');
    answer('domainInfo', { domain: 'example.fr', status: 'ACTIVE, DELEGATED' });
    expect(await plugin.reconcile!(request('changeRegistrant'), harness().ctx)).toMatchObject({ status: 'unknown' });
  });
});

describe('checkAvailability and info', () => {
  it.each([
    [{ domain: 'example.fr', result: 'AVAILABLE', reason: '' }, { status: 'done', result: { domain: 'example.fr', available: true, premium: false } }],
    [{ domain: 'example.fr', result: 'NOT AVAILABLE', reason: 'PREMIUM' }, { status: 'done', result: { domain: 'example.fr', available: false, premium: true, reason: 'PREMIUM' } }],
  ])('reads StructDomainCheckResponse %o', async (item, expected) => {
    answer('domainCheck', { item: [item] });
    expect(await run('checkAvailability', { domain: 'example.fr' }, harness())).toEqual(expected);
  });

  it('CLOSED → UNSUPPORTED, UNKNOWN (registry timeout) → retryable REMOTE', async () => {
    answer('domainCheck', { item: [{ domain: 'example.fr', result: 'CLOSED', reason: '' }] });
    const a = await run('checkAvailability', { domain: 'example.fr' }, harness());
    expect(a.status === 'failed' && a.error.code).toBe('UNSUPPORTED');
    answer('domainCheck', { item: [{ domain: 'example.fr', result: 'UNKNOWN', reason: 'TIMEOUT' }] });
    const b = await run('checkAvailability', { domain: 'example.fr' }, harness());
    expect(b.status === 'failed' && [b.error.code, b.error.retryable]).toEqual(['REMOTE', true]);
  });

  it('maps StructDomainInfo to EPP statuses, dates and flags', async () => {
    answer('domainInfo', { domain: 'example.fr', status: 'EXPIRED, HOLD, NOT DELEGATED', dateCreate: '2020-01-02', dateExpiration: '2026-01-02', domainIsLock: 1, whoisPrivacy: 0, autoRenew: 1, ns: { item: ['NS1.example.net', 'ns2.example.net'] } });
    const outcome = await run('info', { domain: 'example.fr' }, harness());
    expect(outcome).toEqual({ status: 'done', result: { domain: 'example.fr', statuses: ['clientTransferProhibited', 'inactive', 'serverHold', 'autoRenewPeriod'], registrarStatus: 'EXPIRED, HOLD, NOT DELEGATED', createdAt: '2020-01-02', expiresAt: '2026-01-02', nameservers: [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }], locked: true, whoisPrivacy: false, autoRenew: true } });
  });
});

describe('info: the WHOIS contacts', () => {
  const owner = { firstName: 'Jean', lastName: 'Dupont', bodyForm: 'IND', bodyName: '', address1: '12 rue de la Paix', address2: '', zipCode: '75002', area: '', city: 'Paris', country: 'FR', phone: '+33 140000000', fax: '', email: 'jean.dupont@example.fr', language: 'FR', isOwner: 1 };
  const domain = { domain: 'example.fr', status: 'ACTIVE, DELEGATED', dateExpiration: '2027-01-15', idOwner: 'JD001', idAdmin: 'MM002', idTech: 'JD001', idBilling: 'MM002', domainIsLock: 0, whoisPrivacy: 1, autoRenew: 0, ns: { item: ['ns1.example.net'] } };

  it('reads each distinct contact id once (contactInfo) and maps StructContact to the sdk contact', async () => {
    answer('domainInfo', domain);
    answer('contactInfo', owner);
    answer('contactInfo', { ...owner, firstName: 'Marie', lastName: 'Martin', bodyForm: 'ORG', bodyName: 'Exemple SARL', address2: 'Bâtiment B', area: 'RM', fax: '+33 470000001', email: 'hostmaster@example.fr', isOwner: 0 });
    const outcome = await run('info', { domain: 'example.fr' }, harness());
    const jean = { type: 'person', firstName: 'Jean', lastName: 'Dupont', address: ['12 rue de la Paix'], postalCode: '75002', city: 'Paris', country: 'FR', phone: '+33.140000000', email: 'jean.dupont@example.fr' };
    const marie = { type: 'organization', firstName: 'Marie', lastName: 'Martin', organization: 'Exemple SARL', address: ['12 rue de la Paix', 'Bâtiment B'], postalCode: '75002', city: 'Paris', country: 'FR', phone: '+33.140000000', fax: '+33.470000001', email: 'hostmaster@example.fr', extra: { area: 'RM' } };
    expect(outcome).toMatchObject({ status: 'done', result: { domain: 'example.fr', whoisPrivacy: true, contacts: { registrant: jean, tech: jean, admin: marie, billing: marie } } });
    expect(actions()).toEqual(['domainInfo', 'contactInfo', 'contactInfo']);
    expect(requests.slice(1).map((r) => r.args.idContact)).toEqual(['JD001', 'MM002']);
  });

  it('leaves out a contact whose read is refused, and still answers the domain', async () => {
    const h = harness();
    answer('domainInfo', domain);
    answer('contactInfo', owner);
    fault('contactInfo', 'E04-M0402', 'Invalid contact: unknown contact "MM002"');
    const outcome = await run('info', { domain: 'example.fr' }, h);
    expect(outcome.status).toBe('done');
    const contacts = (outcome as { result: { contacts?: Record<string, unknown> } }).result.contacts;
    expect(Object.keys(contacts ?? {}).sort()).toEqual(['registrant', 'tech']);
    expect(h.logs.some((l) => l.includes('contactInfo failed'))).toBe(true);
  });

  it('has no contacts when the registrar gives no contact ids', async () => {
    answer('domainInfo', { domain: 'example.fr', status: 'ACTIVE, DELEGATED', ns: { item: [] } });
    const outcome = await run('info', { domain: 'example.fr' }, harness());
    expect(outcome.status).toBe('done');
    expect((outcome as { result: Record<string, unknown> }).result).not.toHaveProperty('contacts');
    expect(actions()).toEqual(['domainInfo']);
  });
});

// Runs last (vitest runs a file's tests in order): every envelope sent above follows the shipped WSDL.
describe('the shipped WSDL', () => {
  it('declares every function the plugin called, with the argument names in the order they were sent', () => {
    const wsdl = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'message' || name === 'part' }).parse(readFileSync(new URL('../wsdl/api-2.0.wsdl', import.meta.url), 'utf8'));
    const parts = new Map<string, string[]>((wsdl.definitions.message as { '@name': string; part?: { '@name': string }[] }[]).map((m) => [m['@name'], (m.part ?? []).map((p) => p['@name'])]));
    expect(signatures.size).toBeGreaterThan(15);
    for (const [fn, orders] of signatures) {
      const declared = parts.get(`${fn}Request`);
      expect(declared, `${fn} is not in the WSDL`).toBeDefined();
      for (const order of orders) {
        const sent = order === '' ? [] : order.split(',');
        // templateDNS is the one optional trailing part (domainCreate without a DNS template).
        expect(sent, fn).toEqual(declared!.filter((p) => sent.includes(p) || p !== 'templateDNS'));
      }
    }
  });

  it('names each reply part as the plugin reads it, and every SOAPAction sent is https://api.netim.com/2.0/#{function}', () => {
    const text = readFileSync(new URL('../wsdl/api-2.0.wsdl', import.meta.url), 'utf8');
    const wsdl = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'message' || name === 'part' || name === 'operation' }).parse(text);
    const parts = new Map<string, string[]>((wsdl.definitions.message as { '@name': string; part?: { '@name': string }[] }[]).map((m) => [m['@name'], (m.part ?? []).map((p) => p['@name'])]));
    for (const fn of signatures.keys()) expect(parts.get(`${fn}Response`), fn).toEqual(RESPONSE_PARTS[fn]!.name === undefined ? [] : [RESPONSE_PARTS[fn]!.name]);
    const bound = new Map<string, string>((wsdl.definitions.binding.operation as { '@name': string; 'soap:operation': { '@soapAction': string } }[]).map((o) => [o['@name'], o['soap:operation']['@soapAction']]));
    for (const fn of signatures.keys()) expect(bound.get(fn), fn).toBe(`https://api.netim.com/2.0/#${fn}`);
    expect([...soapActions].filter((a) => !/^https:\/\/api\.netim\.com\/2\.0\/#[A-Za-z]+$/.test(a))).toEqual([]);
    expect(soapActions.size).toBeGreaterThan(15);
  });
});
