import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectorFlag } from '../config.js';
import type { Host } from '../host.js';
import { baseConfig, calls, refused, registerInput, registrant, startHost } from '../test-support/harness.js';

let host: Host | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

// Seed 003's checkboxes: with one off, the operations it stands for are refused before any traffic.
const CASES: [ConnectorFlag, [string, Record<string, unknown>][]][] = [
  ['editNameservers', [['updateNameservers', { nameservers: [{ host: 'a.ns.test' }, { host: 'b.ns.test' }] }]]],
  ['manageContacts', [['updateContacts', { contacts: { tech: registrant } }], ['changeRegistrant', { registrant }]]],
  ['registrarLock', [['setRegistrarLock', { locked: true }]]],
  ['transferKey', [['getAuthCode', {}]]],
];

describe('connector flags switched off (seed 003)', () => {
  for (const [flag, operations] of CASES) {
    it(`${flag} off: ${operations.map(([op]) => op).join(', ')} refused with UNSUPPORTED, nothing sent`, async () => {
      ({ host } = await startHost(baseConfig({ connectors: [{ tld: 'com', plugin: 'main', flags: { [flag]: false } }] })));
      const domain = `flag-${flag.toLowerCase()}.com`;
      await host.submit({ operation: 'register', input: registerInput(domain) });
      const before = calls().filter((c) => c.domain === domain).length;
      for (const [operation, extra] of operations) {
        const error = await refused(host.submit({ operation, input: { domain, ...extra } } as never));
        expect([operation, error.code]).toEqual([operation, 'UNSUPPORTED']);
        expect(error.detail).toContain(`connector-flag-${flag}-off`);
      }
      expect(calls().filter((c) => c.domain === domain).length).toBe(before);
      const matrix = host.capabilities().filter((c) => operations.some(([op]) => op === c.operation));
      expect(matrix.map((c) => [c.operation, c.mode, c.reason])).toEqual(operations.map(([op]) => [op, 'unsupported', `connector-flag-${flag}-off`]));
    });
  }
});
