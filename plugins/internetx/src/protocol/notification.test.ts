import { describe, expect, it } from 'vitest';
import { fixture, readEml } from '../../test/support.js';
import { parseNotification } from './notification.js';

const body = (name: string): string => readEml(fixture(name)).text ?? '';

describe('notification mail, Standard layout (text + XML blocks)', () => {
  it('reads the ctid from transaction:, the S code and the domain', () => {
    expect(parseNotification(body('standard-success.eml'))).toEqual({
      layout: 'standard',
      ctid: 'op-42-domain-create',
      code: 'S0101',
      kind: 'S',
      text: 'The domain was registered successfully.',
      task: '0101',
      domain: 'example.de',
      errorCodes: [],
      nicResponse: 'Domain: example.de\nStatus: connect',
    });
  });

  it('reads an E code with the EF reason and the registry answer', () => {
    expect(parseNotification(body('standard-failure.eml'))).toMatchObject({ ctid: 'op-43-domain-create', code: 'E0101', kind: 'E', domain: 'taken.de', errorCodes: ['EF10116'], nicResponse: expect.stringContaining('2302') });
  });

  it('reads an intermediate N code', () => {
    expect(parseNotification(body('standard-running.eml'))).toMatchObject({ ctid: 'op-44-transfer', kind: 'N', code: 'N0104', domain: 'moving.com' });
  });

  it('only trusts the system block: a status line in the reply does not count', () => {
    expect(parseNotification('<reply>\nstatus: S0101 [ok]\ntransaction: op-1\n</reply>')).toBeUndefined();
  });
});

describe('notification mail, XML layout', () => {
  it('reads the response form with its response-level ctid', () => {
    expect(parseNotification(body('xml-success.eml'))).toEqual({ layout: 'xml', ctid: 'op-44-transfer', code: 'S0104001', kind: 'S', text: 'The domain transfer was completed successfully.', task: '0104001', domain: 'moving.com', errorCodes: [] });
  });

  it('reads a failure with the EF code from its msg', () => {
    expect(parseNotification(body('xml-failure.eml'))).toMatchObject({ ctid: 'op-44-transfer', code: 'E0104001', kind: 'E', errorCodes: ['EF10124'] });
  });

  it('reads the job form of the queue when it arrives as mail', () => {
    expect(parseNotification('<message><id>9</id><job><ctid>op-9-transfer</ctid><status><type>failed</type><text>nack</text></status></job></message>')).toMatchObject({ ctid: 'op-9-transfer', kind: 'E', code: 'E' });
  });
});

it('returns nothing for mail that is not a job notification', () => {
  expect(parseNotification(body('invoice.eml'))).toBeUndefined();
  expect(parseNotification('')).toBeUndefined();
});
