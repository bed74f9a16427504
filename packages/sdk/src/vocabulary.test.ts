import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { operationMode, operationSpec, UNDECLARED_OPERATION_REASON, validateManifest, type RegistrarPluginManifest } from './manifest.js';
import { ACCOUNT_OPERATIONS, BILLABLE_OPERATIONS, CORE_OPERATIONS, OPERATIONS, OPTIONAL_OPERATIONS, READ_ONLY_OPERATIONS } from './operations.js';
import { definePlugin, validatePlugin } from './plugin.js';
import { done } from './outcome.js';
import { checkOperationInput } from './validate-input.js';

const example = JSON.parse(readFileSync(new URL('../examples/registrar-plugin.json', import.meta.url), 'utf8')) as RegistrarPluginManifest;
const NEW_OPS = ['createHost', 'updateHost', 'deleteHost', 'restore', 'approveTransferOut', 'rejectTransferOut', 'resendTransferConfirmation', 'listDomains', 'listTlds'] as const;

/** A manifest written for sdk 0.1, before the optional operations existed. */
function oldManifest(): RegistrarPluginManifest {
  const m = structuredClone(example);
  const ops = m.operations as Record<string, unknown>;
  for (const op of NEW_OPS) delete ops[op];
  return m;
}

describe('the optional operations of manifest v1', () => {
  it('are the new vocabulary; the sdk 0.1 operations stay required', () => {
    expect([...OPTIONAL_OPERATIONS]).toEqual([...NEW_OPS]);
    expect([...CORE_OPERATIONS, ...OPTIONAL_OPERATIONS]).toEqual([...OPERATIONS]);
    expect(CORE_OPERATIONS).toContain('info');
  });

  it('a manifest without them still validates, and each of them is unsupported', () => {
    const m = oldManifest();
    const result = validateManifest(m, { sdkVersion: '0.1.0' });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    for (const op of NEW_OPS) {
      expect(operationMode(m, op)).toBe('unsupported');
      expect(operationSpec(m, op)).toEqual({ mode: 'unsupported', reason: UNDECLARED_OPERATION_REASON });
    }
    expect(operationMode(m, 'noSuchThing')).toBeUndefined();
  });

  it('a plugin for an old manifest needs no handler for them', () => {
    const m = oldManifest();
    const plugin = definePlugin({ id: m.id, operations: {} as never });
    const errors = validatePlugin(plugin, m).errors.map((e) => e.path);
    for (const op of NEW_OPS) expect(errors).not.toContain(`/operations/${op}`);
  });

  it('a manifest declaring one auto needs its handler', () => {
    const m = oldManifest();
    (m.operations as Record<string, unknown>).restore = { mode: 'auto', completion: 'sync' };
    expect(validateManifest(m, { sdkVersion: '0.1.0' }).errors).toEqual([]);
    const plugin = definePlugin({ id: m.id, operations: { info: async () => done({ domain: 'x', statuses: [], nameservers: [] }) } as never });
    expect(validatePlugin(plugin, m).errors.map((e) => e.path)).toContain('/operations/restore');
  });

  it('a declared optional operation is checked like the others', () => {
    const m = oldManifest() as unknown as { operations: Record<string, unknown> };
    m.operations.createHost = { mode: 'sometimes' };
    expect(validateManifest(m, { sdkVersion: '0.1.0' }).errors.map((e) => e.path)).toContain('/operations/createHost/mode');
  });

  it('restore is billable; the listings are read-only account operations', () => {
    expect(BILLABLE_OPERATIONS.has('restore')).toBe(true);
    for (const op of ['listDomains', 'listTlds'] as const) {
      expect(ACCOUNT_OPERATIONS.has(op)).toBe(true);
      expect(READ_ONLY_OPERATIONS.has(op)).toBe(true);
    }
  });
});

describe('inputs of the new operations', () => {
  const manifest = { tlds: {} };
  const issues = (op: string, input: unknown): string[] => checkOperationInput(manifest, op, input).issues.map((i) => i.path);

  it('a child name server must live under its domain and carry valid addresses', () => {
    const ok = checkOperationInput(manifest, 'createHost', { domain: 'Example.COM', host: 'NS1.example.com.', ipv4: ['192.0.2.1'], ipv6: ['2001:db8::1'] });
    expect(ok.issues).toEqual([]);
    expect(ok.value).toEqual({ domain: 'example.com', host: 'ns1.example.com', ipv4: ['192.0.2.1'], ipv6: ['2001:db8::1'] });
    expect(issues('createHost', { domain: 'example.com', host: 'ns1.example.net', ipv4: ['192.0.2.1'] })).toEqual(['/host']);
    expect(issues('createHost', { domain: 'example.com', host: 'example.com', ipv4: ['192.0.2.1'] })).toEqual(['/host']);
    expect(issues('createHost', { domain: 'example.com', host: 'ns1.example.com' })).toEqual(['/ipv4']);
    expect(issues('updateHost', { domain: 'example.com', host: 'ns1.example.com', ipv4: ['2001:db8::1'], ipv6: ['192.0.2.1'] })).toEqual(['/ipv4/0', '/ipv6/0']);
    expect(issues('updateHost', { domain: 'example.com', host: 'ns1.example.com', ipv4: ['192.0.2.1', '192.0.2.1'] })).toEqual(['/ipv4/1']);
    expect(issues('createHost', { domain: 'example.com', host: 'ns1.example.com', ipv4: Array.from({ length: 14 }, (_, i) => `192.0.2.${i}`) })).toEqual(['/ipv4']);
    expect(issues('deleteHost', { domain: 'example.com', host: 'ns1.example.com' })).toEqual([]);
    expect(issues('deleteHost', { domain: 'example.com', host: 'ns1.example.com', ipv4: ['192.0.2.1'] })).toEqual(['/ipv4']);
  });

  it('restore and transfer-out take a domain and nothing unexpected', () => {
    expect(issues('restore', { domain: 'example.com' })).toEqual([]);
    expect(issues('approveTransferOut', { domain: 'example.com' })).toEqual([]);
    expect(issues('resendTransferConfirmation', { domain: 'example.com', authCode: 'x' })).toEqual(['/authCode']);
    expect(issues('rejectTransferOut', { domain: 'example.com', reason: 'evident fraud' })).toEqual([]);
    expect(issues('rejectTransferOut', { domain: 'example.com', reason: 'x'.repeat(501) })).toEqual(['/reason']);
    expect(issues('rejectTransferOut', { domain: 'example.com', reason: 'bell\u0007' })).toEqual(['/reason']);
  });

  it('the account listings take no domain, only a page cursor and bounds', () => {
    expect(checkOperationInput(manifest, 'listDomains', {}).value).toEqual({});
    expect(issues('listDomains', { cursor: 'page-2', limit: 100 })).toEqual([]);
    expect(issues('listDomains', { limit: 0 })).toEqual(['/limit']);
    expect(issues('listDomains', { limit: 1.5, cursor: '' })).toEqual(['/cursor', '/limit']);
    expect(issues('listDomains', { domain: 'example.com' })).toEqual(['/domain']);
    expect(issues('listTlds', { currency: 'EUR' })).toEqual([]);
    expect(issues('listTlds', { currency: 'eur' })).toEqual(['/currency']);
  });
});
