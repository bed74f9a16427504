import { readFileSync } from 'node:fs';
import { settle, validateManifest, validatePlugin, type Outcome } from '@registrar-kit/sdk';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ENDPOINT, fixture, parseRequest, PASSWORD, pendingRef, readEml, taskChildOrder, testContext, type ParsedRequest, type TestContext } from '../test/support.js';
import { MAX_MESSAGES_PER_POLL } from './completion/poll.js';
import plugin from './plugin.js';

const manifest = JSON.parse(readFileSync(new URL('../registrar-plugin.json', import.meta.url), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

type Answer = (req: ParsedRequest['request']) => string;
const sent: { xml: string; doc: ParsedRequest['request'] }[] = [];
let answers: Answer[] = [];

const server = setupServer(
  http.post(ENDPOINT, async ({ request }) => {
    const xml = await request.text();
    const doc = parseRequest(xml).request;
    sent.push({ xml, doc });
    const answer = answers.shift();
    if (answer === undefined) return HttpResponse.text('no answer scripted', { status: 599 });
    return HttpResponse.xml(answer(doc));
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  sent.length = 0;
  answers = [];
});
afterAll(() => server.close());

const status = (code: string, type: string, text = 'text', extra = ''): string => `<status><code>${code}</code><text>${text}</text><type>${type}</type>${extra}</status>`;
const response = (inner: string): string => `<?xml version="1.0" encoding="utf-8"?><response><result>${inner}</result></response>`;
const ok = (code: string, data = ''): Answer => () => response(`${data === '' ? '' : `<data>${data}</data>`}${status(`S${code}`, 'success')}`);
const notify = (code: string): Answer => () => response(status(`N${code}`, 'notify', 'started'));
const error = (code: string, ef: string, text: string): Answer => () => response(`<msg><code>${ef}</code><text>${text}</text><type>error</type></msg>${status(`E${code}`, 'error', 'failed')}`);
const handleCreated = (id: string): Answer => () => response(status('S0301', 'success', 'Handle created', `<object><type>handle</type><value>${id}</value></object>`));

const person = { type: 'person', firstName: 'Erika', lastName: 'Mustermann', address: ['Heidestr. 17'], postalCode: '51147', city: 'Köln', country: 'DE', phone: '+49.2211234567', email: 'erika@example.de' } as const;
const registerInput = (over: Record<string, unknown> = {}) => ({ domain: 'example.de', period: 1, contacts: { registrant: person }, nameservers: [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }], ...over });

const call = <K extends keyof typeof plugin.operations>(op: K, input: unknown, ctx: TestContext): Promise<Outcome> =>
  settle(() => (plugin.operations[op] as (i: unknown, c: TestContext) => Promise<Outcome>)(input, ctx));

describe('manifest', () => {
  it('validates, matches the plugin, and declares renewal unsupported with the registrar reason and the rate limit', () => {
    const r = validateManifest(manifest, { packageJson: pkg });
    expect(r.errors).toEqual([]);
    expect(validatePlugin(plugin, manifest).errors).toEqual([]);
    expect(manifest.operations.renew).toMatchObject({ mode: 'unsupported', reason: 'renewed-by-registrar' });
    expect(manifest.polling.rateLimitPerSecond).toBe(3);
    expect(manifest.settings.properties.password.writeOnly).toBe(true);
  });
});

describe('register (Registering until the confirmation mail)', () => {
  it('creates the handle once, sends 0101 with handle ids, ctid and reply_to, and waits for the mail', async () => {
    const ctx = testContext({ operationId: 'op-42' });
    answers = [handleCreated('1001'), notify('0101')];
    const outcome = await call('register', registerInput(), ctx);
    expect(outcome).toMatchObject({ status: 'pending', ref: 'op-42-domain-create', await: 'message', step: 'registering' });
    expect(sent.map((s) => s.doc.task.code)).toEqual(['0301', '0101']);
    const [handle, create] = sent;
    expect(handle!.doc.task).toMatchObject({ ctid: 'op-42-handle-create-registrant', handle: { type: 'PERSON', fname: 'Erika', city: 'Köln', phone: '+49-2211234567', address: ['Heidestr. 17'] } });
    // APIXMLEN "Contact Create": without the key the gateway may answer with an identical handle of another customer.
    expect(handle!.doc.task.key).toBe('force_handle_create');
    expect(create!.doc.auth).toEqual({ user: 'reseller', password: PASSWORD, context: '4' });
    expect(taskChildOrder(create!.xml)).toEqual(['ctid', 'code', 'reply_to', 'domain']);
    expect(create!.doc.task).toMatchObject({
      ctid: 'op-42-domain-create',
      reply_to: 'inx@platform.test',
      domain: { name: 'example.de', ownerc: '1001', adminc: '1001', techc: '1001', zonec: '1001', period: '1', confirm_order: '1', nserver: [{ name: 'ns1.example.net' }, { name: 'ns2.example.net' }] },
    });
    expect(ctx.stateMap.get('handle-use:1001')).toEqual(['example.de']);
  });

  it('reuses the handle of an identical contact and honours the replyTo setting', async () => {
    const ctx = testContext({ operationId: 'op-50', settings: { replyTo: 'autodns@mail.platform.test' } });
    answers = [handleCreated('1001'), notify('0101')];
    await call('register', registerInput(), ctx);
    sent.length = 0;
    answers = [ok('0101')];
    const outcome = await call('register', registerInput({ domain: 'second.de', contacts: { registrant: { ...person, email: 'ERIKA@example.de' } } }), ctx);
    expect(outcome).toEqual({ status: 'done', result: { domain: 'second.de' } });
    expect(sent.map((s) => s.doc.task.code)).toEqual(['0101']);
    expect(sent[0]!.doc.task).toMatchObject({ reply_to: 'autodns@mail.platform.test', domain: { ownerc: '1001' } });
    expect(ctx.stateMap.get('handle-use:1001')).toEqual(['example.de', 'second.de']);
  });

  it('forgets a remembered handle the gateway no longer knows, so a retry creates a fresh one', async () => {
    const ctx = testContext();
    answers = [handleCreated('1001'), notify('0101')];
    await call('register', registerInput(), ctx);
    answers = [() => response(`<msg><code>EF03001</code><text>Handle not found</text><type>error</type><object><type>handle</type><value>1001</value></object></msg>${status('E0101', 'error', 'failed')}`)];
    expect(await call('register', registerInput({ domain: 'again.de' }), ctx)).toMatchObject({ status: 'failed', error: { code: 'OBJECT_NOT_FOUND' } });
    sent.length = 0;
    answers = [handleCreated('1002'), notify('0101')];
    await call('register', registerInput({ domain: 'again.de' }), ctx);
    expect(sent.map((s) => s.doc.task.code)).toEqual(['0301', '0101']);
    expect(sent[1]!.doc.task.domain.ownerc).toBe('1002');
  });

  it('never shares a handle between two customers', async () => {
    const ctx = testContext({ customerId: 'cust-a' });
    answers = [handleCreated('1001'), notify('0101')];
    await call('register', registerInput(), ctx);
    const other = testContext({ customerId: 'cust-b', state: Object.fromEntries(ctx.stateMap) });
    answers = [handleCreated('2002'), notify('0101')];
    await call('register', registerInput({ domain: 'other.de' }), other);
    expect(sent.map((s) => s.doc.task.code)).toEqual(['0301', '0101', '0301', '0101']);
  });

  it('maps a taken domain to NOT_AVAILABLE with the EF code kept and a white-label message', async () => {
    answers = [handleCreated('1001'), error('0101', 'EF10116', 'Domain taken.de is already registered at AutoDNS')];
    const outcome = await call('register', registerInput({ domain: 'taken.de' }), testContext());
    expect(outcome.status).toBe('failed');
    if (outcome.status !== 'failed') return;
    expect(outcome.error).toMatchObject({ code: 'NOT_AVAILABLE', registrarCode: 'EF10116', retryable: false });
    expect(outcome.error.message).not.toMatch(/autodns|internetx/i);
    expect(outcome.error.detail).toContain('EF10116 Domain taken.de is already registered');
  });

  it('refuses bad input before any request, naming each field', async () => {
    const outcome = await call(
      'register',
      registerInput({ nameservers: [{ host: 'ns1.example.net' }], contacts: { registrant: { ...person, type: 'organization', organization: 'O'.repeat(81) } } }),
      testContext(),
    );
    expect(sent).toEqual([]);
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'INVALID_INPUT' } });
    const paths = outcome.status === 'failed' ? outcome.error.issues.map((i) => i.path) : [];
    expect(paths).toEqual(['/nameservers']);
    const second = await call('register', registerInput({ contacts: { registrant: { ...person, type: 'organization', organization: 'O'.repeat(81) } } }), testContext());
    expect(second.status === 'failed' && second.error.issues.map((i) => i.path)).toEqual(['/contacts/registrant/organization']);
    const period = await call('register', registerInput({ period: 2 }), testContext());
    expect(period.status === 'failed' && period.error.issues.map((i) => i.path)).toEqual(['/period']);
    expect(sent).toEqual([]);
  });

  it('never puts the password into an error, even when the gateway echoes it', async () => {
    answers = [() => response(`<msg><code>EF01004</code><text>login failed for reseller/${PASSWORD.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</text><type>error</type></msg>${status('E0301', 'error', 'Authentication failed')}`)];
    const outcome = await call('register', registerInput(), testContext());
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'AUTHENTICATION', registrarCode: 'EF01004' } });
    expect(JSON.stringify(outcome.status === 'failed' ? outcome.error.toJSON() : outcome)).not.toContain(PASSWORD);
  });

  it('awaits poll() instead of mail when the account polls the message queue', async () => {
    answers = [handleCreated('1001'), notify('0101')];
    expect(await call('register', registerInput(), testContext({ settings: { completion: 'poll' } }))).toMatchObject({ status: 'pending', await: 'poll' });
  });
});

describe('transfer, name servers, lock, auth code, cancel, info', () => {
  it('transfers with the auth code and waits in Transferring; a wrong code is AUTH_CODE_INVALID', async () => {
    answers = [notify('0104')];
    expect(await call('transfer', { domain: 'moving.com', authCode: 'X-1' }, testContext({ operationId: 'op-44' }))).toMatchObject({ status: 'pending', ref: 'op-44-transfer', step: 'transferring' });
    expect(sent[0]!.doc.task).toMatchObject({ code: '0104', ctid: 'op-44-transfer', reply_to: 'inx@platform.test', domain: { name: 'moving.com', authinfo: 'X-1' } });
    answers = [error('0104', 'EF10124', 'authinfo wrong')];
    expect(await call('transfer', { domain: 'moving.com', authCode: 'bad' }, testContext())).toMatchObject({ status: 'failed', error: { code: 'AUTH_CODE_INVALID', registrarCode: 'EF10124' } });
    expect(await call('transfer', { domain: 'moving.com' }, testContext())).toMatchObject({ status: 'failed', error: { code: 'INVALID_INPUT', issues: [{ path: '/authCode' }] } });
  });

  it('transfers onto the provider’s name servers when asked (transferUsesProviderNameservers), and refuses when none are configured', async () => {
    answers = [notify('0104')];
    const settings = { providerNameservers: ['ns1.provider.example', 'ns2.provider.example'] };
    const input = { domain: 'moving.com', authCode: 'X-1', nameservers: [{ host: 'ns1.old.example' }, { host: 'ns2.old.example' }], useProviderNameservers: true };
    expect(await call('transfer', input, testContext({ settings }))).toMatchObject({ status: 'pending', step: 'transferring' });
    expect(sent[0]!.doc.task.domain).toMatchObject({ name: 'moving.com', nserver: [{ name: 'ns1.provider.example' }, { name: 'ns2.provider.example' }] });
    const before = sent.length;
    expect(await call('transfer', input, testContext())).toMatchObject({ status: 'failed', error: { code: 'INVALID_INPUT', issues: [{ path: '/useProviderNameservers' }] } });
    expect(sent.length).toBe(before);
  });

  it('updates name servers by sending the inquired domain back whole', async () => {
    answers = [ok('0105', '<domain><name>example.de</name><ownerc>1</ownerc><adminc>2</adminc><techc>3</techc><zonec>3</zonec><nserver><name>old.example.net</name></nserver></domain>'), notify('0102')];
    expect(await call('updateNameservers', { domain: 'example.de', nameservers: [{ host: 'NS1.example.org' }, { host: 'ns2.example.org.' }] }, testContext({ operationId: 'op-7' }))).toMatchObject({ status: 'pending', ref: 'op-7-ns-update', step: 'updating-nameservers' });
    expect(sent[0]!.doc.task).toMatchObject({ code: '0105', ctid: 'op-7-inquire' });
    expect(sent[1]!.doc.task.domain).toEqual({ name: 'example.de', ownerc: '1', adminc: '2', techc: '3', zonec: '3', nserver: [{ name: 'ns1.example.org' }, { name: 'ns2.example.org' }] });
  });

  it('locks with 0102002, which the gateway answers N… with a job (pending until its notification), and reads info from 0105', async () => {
    // The answer of the APIXMLEN "Domain Status Update" sample: a domain_job and an N code, no text.
    answers = [() => response(`<data><domain_job><job><id>673402</id></job></domain_job></data><status><code>N0102002</code><type>notify</type><object><type>domain</type><value>example.de</value></object></status>`)];
    expect(await call('setRegistrarLock', { domain: 'example.de', locked: true }, testContext({ operationId: 'op-70' }))).toMatchObject({ status: 'pending', ref: 'op-70-status-update', await: 'message', step: 'locking' });
    expect(sent[0]!.doc.task.domain).toEqual({ name: 'example.de', registry_status: 'LOCK' });
    const mail = readEml(fixture('standard-success.eml'), {}); // a Standard-layout S notification, re-addressed to the lock job below
    mail.text = mail.text!.replace('op-42-domain-create', 'op-70-status-update').replace('S0101 [', 'S0102002 [');
    const settled = await plugin.handleMessage!(mail, testContext({ pending: [pendingRef('op-70-status-update', 'example.de', 'setRegistrarLock', 'locking')] }));
    expect(settled).toEqual({ matched: true, ref: 'op-70-status-update', outcome: { status: 'done', result: { domain: 'example.de', locked: true } } });
    answers = [ok('0105', '<domain><name>example.de</name><created>2020-02-01 12:00:00</created><payable>2027-02-01 12:00:00</payable><registry_status>LOCK</registry_status><autorenew>true</autorenew><nserver><name>ns1.example.net</name></nserver><nserver><name>ns2.example.de</name><ip>192.0.2.53</ip></nserver></domain>')];
    expect(await call('info', { domain: 'example.de' }, testContext())).toEqual({
      status: 'done',
      result: { domain: 'example.de', statuses: ['clientTransferProhibited'], registrarStatus: 'LOCK', createdAt: '2020-02-01T12:00:00.000Z', expiresAt: '2027-02-01T12:00:00.000Z', nameservers: [{ host: 'ns1.example.net' }, { host: 'ns2.example.de', ipv4: ['192.0.2.53'] }], locked: true, autoRenew: true },
    });
  });

  it('fills the WHOIS contacts in info: one 0304 handle inquire per distinct handle, mapped to the sdk contact', async () => {
    const handle = (inner: string): Answer => ok('0304', `<handle>${inner}</handle>`);
    answers = [
      ok('0105', '<domain><name>example.de</name><ownerc>1001</ownerc><adminc>1002</adminc><techc>1001</techc><zonec>1003</zonec><registry_status>ACTIVE</registry_status></domain>'),
      handle('<id>1001</id><type>PERSON</type><fname>Erika</fname><lname>Mustermann</lname><address>Heidestrasse 17</address><pcode>51147</pcode><city>Koeln</city><country>de</country><phone>+49-2214567890</phone><email>erika@example.de</email>'),
      handle('<id>1002</id><type>ORG</type><fname>Max</fname><lname>Muster</lname><organization>Example GmbH</organization><address>Hauptstrasse 1</address><address>Hinterhaus</address><pcode>80331</pcode><city>Muenchen</city><state>BY</state><country>DE</country><phone>+49-891234567</phone><fax>+49-891234568</fax><email>hostmaster@example.de</email>'),
    ];
    const outcome = await call('info', { domain: 'example.de' }, testContext({ operationId: 'op-90' }));
    const erika = { type: 'person', firstName: 'Erika', lastName: 'Mustermann', address: ['Heidestrasse 17'], postalCode: '51147', city: 'Koeln', country: 'DE', phone: '+49.2214567890', email: 'erika@example.de' };
    const max = { type: 'organization', firstName: 'Max', lastName: 'Muster', organization: 'Example GmbH', address: ['Hauptstrasse 1', 'Hinterhaus'], postalCode: '80331', city: 'Muenchen', region: 'BY', country: 'DE', phone: '+49.891234567', fax: '+49.891234568', email: 'hostmaster@example.de' };
    expect(outcome).toMatchObject({ status: 'done', result: { domain: 'example.de', contacts: { registrant: erika, admin: max, tech: erika } } });
    // 1001 is owner and tech: read once; the zone contact (zonec) has no sdk role and is not read.
    expect(sent.map((s) => [s.doc.task.code, (s.doc.task as { handle?: { id?: unknown } }).handle?.id])).toEqual([['0105', undefined], ['0304', '1001'], ['0304', '1002']]);
  });

  it('leaves out a handle the gateway refuses or cannot read, and still answers the domain', async () => {
    answers = [
      ok('0105', '<domain><name>example.de</name><ownerc>1001</ownerc><adminc>1002</adminc><techc>1002</techc><registry_status>ACTIVE</registry_status></domain>'),
      error('0304', 'EF03001', 'The contact handle does not exist.'),
      () => 'not xml at all',
    ];
    const ctx = testContext();
    const outcome = await call('info', { domain: 'example.de' }, ctx);
    expect(outcome).toMatchObject({ status: 'done', result: { domain: 'example.de', statuses: ['ok'] } });
    expect(JSON.stringify(outcome)).not.toContain('contacts');
    expect(ctx.logs.filter((l) => l.startsWith('warn handle inquire'))).toHaveLength(2);
  });

  it('lists the account a page at a time; without a <summary>, a full page still offers the next cursor', async () => {
    const page = (names: string[]): string => names.map((n) => `<domain><name>${n}</name><created>2025-01-02 10:00:00</created><payable>2027-01-02 10:00:00</payable></domain>`).join('');
    answers = [ok('0105', page(['a.de', 'b.de'])), ok('0105', `<summary>3</summary>${page(['c.de'])}`)];
    expect(await call('listDomains', { limit: 2 }, testContext())).toMatchObject({ status: 'done', result: { domains: [{ domain: 'a.de', createdAt: '2025-01-02T10:00:00.000Z', expiresAt: '2027-01-02T10:00:00.000Z' }, { domain: 'b.de' }], nextCursor: '2' } });
    const last = await call('listDomains', { cursor: '2', limit: 2 }, testContext());
    expect(last).toMatchObject({ status: 'done', result: { domains: [{ domain: 'c.de' }] } });
    expect((last as { result: object }).result).not.toHaveProperty('nextCursor');
  });

  it('returns the AuthInfo1 code from the status object (the data block is empty), and refuses a success without one', async () => {
    // APIXMLEN "AuthInfo1 create": <data/> and status/object of type authinfo.
    answers = [() => response(`<data/>${status('S0113001', 'success', 'AuthInfo1 was created successfully.', '<object><type>authinfo</type><value>kiSV/CbJi9/KaCxp</value></object>')}`)];
    expect(await call('getAuthCode', { domain: 'example.de' }, testContext())).toEqual({ status: 'done', result: { domain: 'example.de', authCode: 'kiSV/CbJi9/KaCxp' } });
    answers = [ok('0113001')];
    expect(await call('getAuthCode', { domain: 'example.de' }, testContext())).toMatchObject({ status: 'failed', error: { code: 'PROTOCOL' } });
  });

  it('an AuthInfo that already exists (EF011316) is returned, never read as a wrong auth code', async () => {
    // APIXMLEN "AuthInfo1 create", "Response if an AuthInfo already exists": the existing code is in status/object.
    const exists = (value: string): Answer => () =>
      response(`<data/><msg><code>EF011316</code><type>error</type><object><type>authinfo</type><value></value></object></msg>${status('E0113001', 'error', 'AuthInfo1 could not be created.', `<object><type>authinfo</type><value>${value}</value></object>`)}`);
    answers = [exists('12345-abcd')];
    expect(await call('getAuthCode', { domain: 'example.de' }, testContext())).toEqual({ status: 'done', result: { domain: 'example.de', authCode: '12345-abcd' } });
    answers = [exists('')];
    expect(await call('getAuthCode', { domain: 'example.de' }, testContext())).toMatchObject({ status: 'failed', error: { code: 'OBJECT_EXISTS', registrarCode: 'EF011316' } });
  });

  it('cancels with the XML API field names (type delete, execdate expire | now) and waits for the job', async () => {
    const transmitted: Answer = () => response(status('N0103101', 'notify', 'Domain cancelation task was transmitted.'));
    answers = [transmitted, transmitted];
    expect(await call('cancel', { domain: 'example.de' }, testContext({ operationId: 'op-80' }))).toMatchObject({ status: 'pending', ref: 'op-80-cancelation', await: 'message', step: 'cancelling' });
    await call('cancel', { domain: 'example.de', when: 'now' }, testContext());
    expect(sent.map((s) => s.doc.task.cancelation)).toEqual([
      { domain: 'example.de', type: 'delete', execdate: 'expire' },
      { domain: 'example.de', type: 'delete', execdate: 'now' },
    ]);
  });

  it('classifies by the documented EF codes, nested <msg> entries included', async () => {
    // A sub-order status with the reason one <msg> deeper (APIXMLEN "Msg Object": msg inside msg).
    answers = [() => response(`<msg><code>E0103101</code><text>Sub-order failed</text><type>error</type><msg><code>EF0103101</code><text>For this domain a cancelation request already exists.</text><type>error</type></msg></msg>${status('E0103101', 'error', 'failed')}`)];
    expect(await call('cancel', { domain: 'example.de' }, testContext())).toMatchObject({ status: 'failed', error: { code: 'OBJECT_EXISTS', registrarCode: 'EF0103101' } });
    answers = [() => response(`<msg><code>EF01132</code><text>A renew request is currently processed.</text><type>error</type></msg>${status('E0103101', 'error', 'failed')}`)];
    expect(await call('cancel', { domain: 'example.de' }, testContext())).toMatchObject({ status: 'failed', error: { code: 'STATUS_PROHIBITS', registrarCode: 'EF01132' } });
  });

  it('refuses renewals without any traffic, naming the reason', async () => {
    const outcome = await call('renew', { domain: 'example.de', period: 1 }, testContext());
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'UNSUPPORTED', message: expect.stringContaining('renewed-by-registrar') } });
    expect(sent).toEqual([]);
  });
});

describe('updateContacts', () => {
  const inquired = ok('0105', '<domain><name>example.de</name><ownerc>1001</ownerc><adminc>1001</adminc><techc>1001</techc><zonec>1001</zonec></domain>');
  const moved = { ...person, address: ['Neue Str. 2'] };

  it('updates a handle this domain alone uses in place (0302)', async () => {
    const ctx = testContext({ operationId: 'op-60', state: { 'handle-use:1001': ['example.de'] } });
    answers = [inquired, ok('0302')];
    expect(await call('updateContacts', { domain: 'example.de', contacts: { registrant: moved, admin: moved, tech: moved } }, ctx)).toEqual({ status: 'done', result: { domain: 'example.de' } });
    expect(sent.map((s) => s.doc.task.code)).toEqual(['0105', '0302']);
    expect(sent[1]!.doc.task).toMatchObject({ ctid: 'op-60-handle-update-registrant', handle: { id: '1001', address: ['Neue Str. 2'] } });
  });

  it('never changes a shared handle: a new handle and a domain update 0102 instead', async () => {
    const ctx = testContext({ operationId: 'op-61', state: { 'handle-use:1001': ['example.de', 'second.de'] } });
    answers = [inquired, handleCreated('3003'), notify('0102')];
    expect(await call('updateContacts', { domain: 'example.de', contacts: { registrant: moved } }, ctx)).toMatchObject({ status: 'pending', ref: 'op-61-contact-update', step: 'updating-contacts' });
    expect(sent.map((s) => s.doc.task.code)).toEqual(['0105', '0301', '0102']);
    expect(sent[2]!.doc.task.domain).toEqual({ name: 'example.de', ownerc: '3003', adminc: '1001', techc: '1001', zonec: '1001' });
  });

  it('refuses a billing-only change: the registrar keeps no billing contact', async () => {
    expect(await call('updateContacts', { domain: 'example.de', contacts: { billing: person } }, testContext())).toMatchObject({ status: 'failed', error: { code: 'INVALID_INPUT', issues: [{ path: '/contacts/billing' }] } });
    expect(sent).toEqual([]);
  });
});

describe('handleMessage (notification mail)', () => {
  const deliver = (file: string, pending = [pendingRef('op-42-domain-create', 'example.de')]) => plugin.handleMessage!(readEml(fixture(file)), testContext({ pending }));

  it('a Standard-layout S mail completes the registration (Registered)', async () => {
    expect(await deliver('standard-success.eml')).toEqual({ matched: true, ref: 'op-42-domain-create', outcome: { status: 'done', result: { domain: 'example.de' } } });
  });

  it('an E mail fails it with the mapped reason (Error + Action Log)', async () => {
    const r = await deliver('standard-failure.eml', [pendingRef('op-43-domain-create', 'taken.de')]);
    expect(r).toMatchObject({ matched: true, ref: 'op-43-domain-create', outcome: { status: 'failed', error: { code: 'NOT_AVAILABLE', registrarCode: 'EF10116' } } });
    expect(r.matched && r.outcome.status === 'failed' && r.outcome.error.detail).toContain('2302 Object exists');
  });

  it('XML-layout mails complete or fail a transfer; an N mail keeps it Transferring', async () => {
    const transfer = [pendingRef('op-44-transfer', 'moving.com', 'transfer', 'transferring')];
    expect(await deliver('standard-running.eml', transfer)).toMatchObject({ matched: true, outcome: { status: 'pending', ref: 'op-44-transfer', await: 'message', step: 'transferring' } });
    expect(await deliver('xml-success.eml', transfer)).toMatchObject({ matched: true, outcome: { status: 'done', result: { domain: 'moving.com' } } });
    expect(await deliver('xml-failure.eml', transfer)).toMatchObject({ matched: true, outcome: { status: 'failed', error: { code: 'AUTH_CODE_INVALID', registrarCode: 'EF10124' } } });
  });

  it('leaves unknown ctids, foreign domains and non-notifications unmatched, with the reason', async () => {
    expect(await deliver('standard-success.eml', [])).toEqual({ matched: false, reason: 'no pending operation has ctid op-42-domain-create (S0101)' });
    expect(await deliver('standard-success.eml', [pendingRef('op-42-domain-create', 'other.de')])).toMatchObject({ matched: false, reason: expect.stringContaining('names example.de') });
    expect(await deliver('invoice.eml')).toMatchObject({ matched: false, reason: expect.stringContaining('not a job notification') });
  });
});

describe('poll() over the message queue (0905 / 0906)', () => {
  const queued = (summary: number, id: string, ctid: string, code: string, type: string, nic = ''): Answer => () =>
    response(`<data><summary>${summary}</summary><message><id>${id}</id><job><ctid>${ctid}</ctid><status><code>${code}</code><type>${type}</type><text>t</text></status>${nic === '' ? '' : `<nic_response>${nic}</nic_response>`}</job></message></data>${status('S0905', 'success')}`);
  const empty: Answer = () => response(`<data><summary>0</summary></data>${status('S0905', 'success', 'empty')}`);
  const acked = ok('0906');

  it('settles the asked-for jobs by ctid, acknowledges every message and parks results not asked for', async () => {
    const ctx = testContext({ settings: { completion: 'poll' } });
    answers = [
      queued(3, '11', 'op-1-domain-create', 'S0101', 'success'), acked,
      queued(2, '12', 'op-2-transfer', 'E0104001', 'failed', 'EF10124 authinfo invalid'), acked,
      queued(1, '13', 'op-3-transfer', 'S0104001', 'success'), acked,
      empty,
    ];
    const updates = await plugin.poll!([pendingRef('op-1-domain-create', 'a.de'), pendingRef('op-2-transfer', 'b.com', 'transfer')], ctx);
    expect(updates.map((u) => [u.ref, u.outcome.status, u.outcome.status === 'failed' ? u.outcome.error.code : ''])).toEqual([
      ['op-1-domain-create', 'done', ''],
      ['op-2-transfer', 'failed', 'AUTH_CODE_INVALID'],
    ]);
    expect(sent.map((s) => `${s.doc.task.code}${s.doc.task.message ? `:${s.doc.task.message.id}` : ''}`)).toEqual(['0905', '0906:11', '0905', '0906:12', '0905', '0906:13', '0905']);
    expect(sent.every((s) => typeof s.doc.task.ctid === 'string' && s.doc.task.ctid !== '')).toBe(true);

    sent.length = 0;
    answers = [empty];
    const later = await plugin.poll!([pendingRef('op-3-transfer', 'c.com', 'transfer')], ctx);
    expect(later).toEqual([{ ref: 'op-3-transfer', outcome: { status: 'done', result: { domain: 'c.com' } } }]);
    expect(ctx.stateMap.has('queue-result:op-3-transfer')).toBe(false);
  });

  it('acknowledges event notifications, and stops after MAX_MESSAGES_PER_POLL messages so the rate limit holds', async () => {
    const event: Answer = () => response(`<data><summary>20</summary><message><id>900</id><notify><type>transfer_start</type><domain><name>x.com</name></domain></notify></message></data>${status('S0905', 'success')}`);
    answers = Array.from({ length: MAX_MESSAGES_PER_POLL }, () => [event, acked]).flat();
    const ctx = testContext({ settings: { completion: 'poll' } });
    expect(await plugin.poll!([pendingRef('op-1-domain-create', 'a.de')], ctx)).toEqual([]);
    expect(sent).toHaveLength(MAX_MESSAGES_PER_POLL * 2);
    expect(ctx.logs.filter((l) => l.includes('transfer_start'))).toHaveLength(MAX_MESSAGES_PER_POLL);
  });

  it('reads nothing when the account gets its results by mail', async () => {
    expect(await plugin.poll!([pendingRef('op-1-domain-create', 'a.de')], testContext())).toEqual([]);
    expect(sent).toEqual([]);
  });
});
