// The RFC-example cassettes (cassettes/*/rfc*.json): response frames taken from the examples of
// RFC 5730 / 5731 / 3915, each exchange citing its section. They replay with the others in
// conformance.test.ts; here, that they exist for the operations whose request can match an RFC
// example, and that every frame and the greeting cite an RFC section.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Cassette } from '@registrar-kit/conformance';

const DIR = fileURLToPath(new URL('../cassettes', import.meta.url));
const rfcCassettes = (): [string, Cassette][] =>
  readdirSync(DIR).flatMap((op) =>
    readdirSync(join(DIR, op))
      .filter((f) => f.startsWith('rfc') && f.endsWith('.json'))
      .map((f): [string, Cassette] => [`${op}/${f}`, JSON.parse(readFileSync(join(DIR, op, f), 'utf8')) as Cassette]),
  );

describe('RFC-example cassettes of the EPP plugin', () => {
  it('cover check, create (at once and pending), renew, transfer, update, delete and restore', () => {
    expect(rfcCassettes().map(([file]) => file).sort()).toEqual([
      'cancel/rfc5731-delete.json',
      'checkAvailability/rfc5731-available.json',
      'checkAvailability/rfc5731-in-use.json',
      'register/rfc5731-create.json',
      'register/rfc5731-pending-create.json',
      'renew/rfc5731-renew.json',
      'restore/rfc3915-restore.json',
      'transfer/rfc5731-request.json',
      'updateNameservers/rfc5731-update.json',
    ]);
  });

  it('cite an RFC section for every exchange and for the greeting, and answer with the examples\' server transaction ids', () => {
    for (const [file, cassette] of rfcCassettes()) {
      expect(cassette.epp?.source, file).toMatchObject({ url: 'https://www.rfc-editor.org/rfc/rfc5730#section-2.4' });
      expect(cassette.epp?.greeting, file).toContain('<svID>Example EPP server epp.example.com</svID>');
      const exchanges = cassette.steps.flatMap((s) => s.exchanges ?? []);
      expect(exchanges.length, file).toBeGreaterThan(0);
      for (const e of exchanges) {
        expect(e.source, file).toMatchObject({ url: expect.stringMatching(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc(5730|5731|3915)#section-\d+(\.\d+)*$/), section: expect.any(String) });
        if (!('epp' in e)) throw new Error(`${file}: not an EPP exchange`);
        expect(e.epp.response, file).toMatch(/<svTRID>(54321-XYZ|54322-XYZ|65432-WXY)<\/svTRID>/);
      }
    }
  });
});
