import { isRegistrarError } from '@registrar-kit/sdk';
import { describe, expect, it } from 'vitest';
import { readQueue } from './message-queue.js';
import { parseResponse } from './response.js';

const wrap = (inner: string, tail = ''): string => `<?xml version="1.0" encoding="utf-8"?><response><result>${inner}</result>${tail}</response>`;

describe('AutoDNS responses', () => {
  it('reads a success with data (the tillkahlbrock DomainInquire fixture shape)', () => {
    const r = parseResponse(wrap('<data><domain><name>example.com</name><nserver><name>ns1.example.com</name></nserver></domain></data><status><code>S0105</code><text>Domaindaten wurden erfolgreich ermittelt.</text><type>success</type></status>'), '0105');
    expect(r.status).toEqual({ code: 'S0105', text: 'Domaindaten wurden erfolgreich ermittelt.', type: 'success' });
    expect(r.data?.domain).toMatchObject({ name: 'example.com', nserver: [{ name: 'ns1.example.com' }] });
  });

  it('reads an error with its EF messages and the echoed ctid / stid', () => {
    const r = parseResponse(wrap('<msg><code>EF10116</code><text>Domain already registered</text><type>error</type><object><type>domain</type><value>taken.de</value></object></msg><status><code>E0101</code><text>Domain could not be created.</text><type>error</type></status>', '<stid>s-1</stid><ctid>op-1-domain-create</ctid>'), '0101');
    expect(r.status.type).toBe('error');
    expect(r.msgs).toEqual([{ code: 'EF10116', text: 'Domain already registered', type: 'error', object: { type: 'domain', value: 'taken.de' }, depth: 0 }]);
    expect([r.ctid, r.stid]).toEqual(['op-1-domain-create', 's-1']);
  });

  it('reads every message of an error with several, nested <msg> entries included, in document order', () => {
    const r = parseResponse(
      wrap('<msg><code>E0301</code><text>Contact could not be created.</text><type>error</type><msg><code>EF01001</code><text>Missing field.</text><type>error</type><object><type>handle</type><value>email</value></object></msg></msg><msg><code>MSG01046</code><text>Note.</text><type>notice</type></msg><status><code>E0101</code><text>failed</text><type>error</type></status>'),
      '0101',
    );
    expect(r.msgs.map((m) => [m.code, m.depth])).toEqual([['E0301', 0], ['EF01001', 1], ['MSG01046', 0]]);
    expect(r.msgs[1]!.object).toEqual({ type: 'handle', value: 'email' });
  });

  it('reads notify and the status object of a created handle', () => {
    expect(parseResponse(wrap('<status><code>N0101</code><text>The domain registration was started successfully.</text><type>notify</type></status>'), '0101').status.type).toBe('notify');
    expect(parseResponse(wrap('<status><code>S0301</code><text>ok</text><type>success</type><object><type>handle</type><value>998877</value></object></status>'), '0301').status.object).toEqual({ type: 'handle', value: '998877' });
  });

  it.each([
    ['an empty body', ''],
    ['HTML from a proxy', '<html><body>Bad gateway</body></html>'],
    ['broken XML', '<response><result><status>'],
    ['an unknown status type', wrap('<status><code>X1</code><type>maybe</type></status>')],
  ])('refuses %s as PROTOCOL', (_what, body) => {
    let error: unknown;
    try {
      parseResponse(body, '0101');
    } catch (e) {
      error = e;
    }
    expect(isRegistrarError(error) && error.code).toBe('PROTOCOL');
  });

  it('reads a queued job message and an empty queue (0905)', () => {
    const queued = readQueue(parseResponse(wrap('<data><summary>2</summary><message><id>501</id><job><ctid>op-1-domain-create</ctid><status><code>E0101</code><type>failed</type><text>failed</text></status><nic_response>EF10116 taken</nic_response></job></message></data><status><code>S0905</code><text>ok</text><type>success</type></status>'), '0905'));
    expect(queued).toEqual({ summary: 2, message: { id: '501', job: { ctid: 'op-1-domain-create', status: { code: 'E0101', type: 'failed', text: 'failed' }, nicResponse: 'EF10116 taken', errorCodes: ['E0101', 'EF10116'] } } });
    // The current Job object: status as a plain JobStatusConstants value, the ctid on the message.
    const current = readQueue(parseResponse(wrap('<data><summary>3</summary><message><id>502</id><ctid>op-2-transfer</ctid><job><id>4295210826</id><status>FAILED</status><msg><code>EF10124</code><text>authinfo invalid</text><type>error</type></msg></job></message></data><status><code>S0905</code><text>ok</text><type>success</type></status>'), '0905'));
    expect(current.message?.job).toEqual({ ctid: 'op-2-transfer', status: { code: 'FAILED', type: 'failed', text: '' }, nicResponse: '', errorCodes: ['EF10124'] });
    const running = readQueue(parseResponse(wrap('<data><summary>1</summary><message><id>503</id><job><ctid>op-3-transfer</ctid><status>RUNNING</status></job></message></data><status><code>S0905</code><text>ok</text><type>success</type></status>'), '0905'));
    expect(running.message?.job?.status.type).toBe('running');
    expect(readQueue(parseResponse(wrap('<data><summary>0</summary></data><status><code>S0905</code><text>empty</text><type>success</type></status>'), '0905'))).toEqual({ summary: 0, message: undefined });
  });
});
