import { describe, expect, it } from 'vitest';
import { parseRequest, taskChildOrder } from '../../test/support.js';
import { buildRequest } from './request.js';
import { pollConfirmTask } from './message-queue.js';
import { TASK } from './tasks.js';

const auth = { user: 'reseller', password: 'p&<"x', context: 4 };

describe('AutoDNS request documents', () => {
  it('carry auth, language and a task whose first child is the ctid', () => {
    const xml = buildRequest(auth, {
      code: TASK.domainCreate,
      ctid: 'op-1-domain-create',
      reply_to: 'inx@platform.test',
      domain: { name: 'example.de', ownerc: '11', adminc: '11', techc: '12', zonec: '12', nserver: [{ name: 'ns1.example.net' }, { name: 'ns2.example.de', ip: ['192.0.2.1'] }], period: 1, confirm_order: 1 },
    });
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?><request>')).toBe(true);
    const { request } = parseRequest(xml);
    expect(request.auth).toEqual({ user: 'reseller', password: 'p&<"x', context: '4' });
    expect(request.language).toBe('en');
    expect(taskChildOrder(xml)).toEqual(['ctid', 'code', 'reply_to', 'domain']);
    expect(request.task.code).toBe('0101');
    expect(request.task.domain.nserver).toEqual([{ name: 'ns1.example.net' }, { name: 'ns2.example.de', ip: ['192.0.2.1'] }]);
    expect(request.task.domain.confirm_order).toBe('1');
  });

  it('escapes markup in values instead of letting them change the document', () => {
    const xml = buildRequest(auth, { code: TASK.handleCreate, ctid: 'c', handle: { type: 'ORG', fname: 'A', lname: '</lname><id>1</id>', organization: 'Smith & Sons', address: ['x'], pcode: '1', city: 'c', country: 'DE', phone: '+49-1', email: 'a@b.de' } });
    expect(xml).not.toContain('<id>1</id>');
    expect(parseRequest(xml).request.task.handle).toMatchObject({ lname: '</lname><id>1</id>', organization: 'Smith & Sons' });
  });

  it('builds the 0906 acknowledgement with the message id', () => {
    const { request } = parseRequest(buildRequest(auth, pollConfirmTask('poll-1-0-ack', '77')));
    expect(request.task).toEqual({ ctid: 'poll-1-0-ack', code: '0906', message: { id: '77' } });
  });
});
