import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runConformance } from '../src/index.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../tests/fixtures/${name}`, import.meta.url));
const goodCassettes = fixture('conformance-good/cassettes');
const NEW_OPS = ['createHost', 'updateHost', 'deleteHost', 'restore', 'approveTransferOut', 'rejectTransferOut', 'resendTransferConfirmation', 'listDomains', 'listTlds'];

describe('operations a manifest leaves out (added after it was written)', () => {
  it('are checked as unsupported: each refuses without traffic', async () => {
    const report = await runConformance({ pluginDir: fixture('conformance-good') });
    for (const op of NEW_OPS) {
      expect(report.results.find((r) => r.title === `${op}: unsupported, refuses without traffic`)?.status, op).toBe('passed');
    }
    expect(report.failed).toBe(0);
  });

  it('a plugin that answers one of them and sends traffic fails, and only that check', async () => {
    const report = await runConformance({ pluginDir: fixture('conformance-undeclared-traffic'), cassettes: goodCassettes });
    const failed = report.results.filter((r) => r.status === 'failed');
    expect(failed.map((r) => r.title)).toEqual(['listDomains: unsupported, refuses without traffic']);
    expect(failed[0]!.failures[0]!.message).toContain('listDomains is declared unsupported but the plugin sent GET https://api.conf.test/v1/domains');
  });
});
