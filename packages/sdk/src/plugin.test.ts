import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registrarError } from './errors.js';
import type { RegistrarPluginManifest } from './manifest.js';
import { done, failed, pending, settle } from './outcome.js';
import { definePlugin, isRegistrarPlugin, PLUGIN_BRAND, validatePlugin } from './plugin.js';

const manifest = JSON.parse(readFileSync(new URL('../examples/registrar-plugin.json', import.meta.url), 'utf8')) as RegistrarPluginManifest;
const ok = async (input: { domain: string }) => done({ domain: input.domain });

const complete = {
  id: 'example',
  auto: ['checkAvailability', 'register', 'transfer', 'renew', 'updateNameservers', 'updateContacts', 'setRegistrarLock', 'getAuthCode', 'info'] as const,
  operations: {
    checkAvailability: async (i: { domain: string }) => done({ domain: i.domain, available: true }),
    register: ok,
    transfer: async () => pending({ ref: 'T-1', await: 'poll' as const }),
    renew: ok,
    updateNameservers: ok,
    updateContacts: ok,
    setRegistrarLock: async (i: { domain: string; locked: boolean }) => done({ domain: i.domain, locked: i.locked }),
    getAuthCode: ok,
    info: async (i: { domain: string }) => done({ domain: i.domain, statuses: [], nameservers: [] }),
  },
  custom: { zoneInit: async () => done({}) },
  poll: async () => [],
};

describe('definePlugin', () => {
  it('brands the plugin so any sdk copy recognises it', () => {
    const plugin = definePlugin(complete);
    expect(isRegistrarPlugin(plugin)).toBe(true);
    expect(plugin[PLUGIN_BRAND].contract).toBe(1);
    expect(isRegistrarPlugin({ ...complete })).toBe(false);
    // A structurally identical object branded by another sdk copy is still a plugin.
    const foreign = Object.defineProperty({ ...complete }, Symbol.for('registrar-kit.plugin'), { value: { contract: 1, sdkVersion: '0.0.9' } });
    expect(isRegistrarPlugin(foreign)).toBe(true);
  });

  it('makes TypeScript require a handler for every listed auto operation', () => {
    // @ts-expect-error: "info" is listed as auto but has no handler.
    definePlugin({ id: 'x', auto: ['info'], operations: {} });
    definePlugin<{ key: string }>()({
      id: 'typed',
      auto: ['register'],
      operations: {
        register: async (input, ctx) => {
          const key: string = ctx.settings.key;
          return key === '' ? failed('AUTHENTICATION', 'no key') : done({ domain: input.domain });
        },
      },
    });
  });
});

describe('validatePlugin', () => {
  it('accepts a plugin that implements its manifest', () => {
    expect(validatePlugin(definePlugin(complete), manifest).errors).toEqual([]);
  });

  it('names every auto operation without a handler', () => {
    const { info: _info, register: _register, ...rest } = complete.operations;
    const plugin = definePlugin({ ...complete, auto: undefined as never, operations: rest as never });
    expect(validatePlugin(plugin, manifest).errors.map((e) => e.path)).toEqual(['/operations/register', '/operations/info']);
  });

  it('needs poll() for poll completion, the custom handlers, and a matching id', () => {
    const plugin = definePlugin({ ...complete, id: 'other', poll: undefined as never, custom: {} });
    expect(validatePlugin(plugin, manifest).errors.map((e) => e.path)).toEqual(['/id', '/custom/zoneInit', '/poll']);
  });

  it('checks the auto list against the manifest', () => {
    const plugin = definePlugin({ ...complete, auto: [...complete.auto.filter((o) => o !== 'renew'), 'setDnssec'] as never });
    expect(validatePlugin(plugin, manifest).errors.map((e) => e.message)).toEqual([
      'does not list renew, which the manifest declares auto',
      'lists setDnssec, which the manifest does not declare auto',
    ]);
  });

  it('rejects an unbranded default export', () => {
    expect(validatePlugin({ operations: {} }, manifest).errors[0]?.message).toContain('definePlugin()');
  });
});

describe('settle', () => {
  it('passes outcomes through and turns thrown errors into failed outcomes', async () => {
    expect(await settle(async () => done({ a: 1 }))).toEqual({ status: 'done', result: { a: 1 } });
    const thrown = await settle(async () => {
      throw registrarError('RATE_LIMITED', 'slow down');
    });
    expect(thrown.status === 'failed' && [thrown.error.code, thrown.error.retryable]).toEqual(['RATE_LIMITED', true]);
    const bug = await settle(async () => {
      throw new TypeError('x is undefined');
    });
    expect(bug.status === 'failed' && [bug.error.code, bug.error.detail]).toEqual(['PROTOCOL', 'TypeError: x is undefined']);
    const junk = await settle(async () => ({ status: 'maybe' }) as never);
    expect(junk.status === 'failed' && junk.error.message).toBe('The plugin returned an invalid result');
  });

  it('refuses a pending outcome without a ref', () => {
    expect(() => pending({ ref: '', await: 'poll' })).toThrow(/non-empty ref/);
  });
});
