import { fileURLToPath } from 'node:url';
import { isRegistrarError, type Clock, type Contact, type RegistrarError } from '@registrar-kit/sdk';
import { createHost, type Host } from '../host.js';
import type { HostConfig } from '../config.js';
import type { HostOptions } from '../options.js';

/** A clock tests move by hand. */
export class FakeClock implements Clock {
  constructor(private ms = Date.parse('2026-01-15T10:00:00.000Z')) {}
  now(): Date {
    return new Date(this.ms);
  }
  advance(seconds: number): void {
    this.ms += seconds * 1000;
  }
}

export const FIXTURES = fileURLToPath(new URL('../../../../tests/fixtures/', import.meta.url));
export const fixture = (name: string): string => `${FIXTURES}${name}`;

export const SECRET_KEY = 'fixture-key-7c1e9a';

export interface FixtureCall {
  instance: string;
  operation: string;
  domain?: string;
  operationId?: string;
}

export function calls(): FixtureCall[] {
  return ((globalThis as { __registrarKitFixtureCalls?: FixtureCall[] }).__registrarKitFixtureCalls ??= []);
}

export function baseConfig(overrides: Partial<HostConfig> = {}): HostConfig {
  return {
    store: { sqlite: ':memory:' },
    plugins: [{ name: 'main', package: fixture('host-basic'), settings: { apiKey: SECRET_KEY, account: 'acct-1' } }],
    connectors: [
      { tld: 'com', plugin: 'main' },
      { tld: 'aero', plugin: 'main' },
    ],
    ...overrides,
  };
}

let seq = 0;
export async function startHost(config: HostConfig = baseConfig(), options: HostOptions = {}): Promise<{ host: Host; clock: FakeClock }> {
  const clock = new FakeClock();
  const host = await createHost(config, { clock, newId: () => `id-${++seq}`, ...options });
  return { host, clock };
}

export const registrant: Contact = {
  type: 'person',
  firstName: 'Hanna',
  lastName: 'Berg',
  address: ['Leopoldstr. 1'],
  postalCode: '80802',
  city: 'München',
  country: 'DE',
  phone: '+49.8912345678',
  email: 'hanna@example.de',
};

export const nameservers = [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }];

export function registerInput(domain: string, extra: Record<string, unknown> = {}) {
  return { domain, period: 1, contacts: { registrant }, nameservers, ...extra };
}

/** The RegistrarError a promise rejects with (fails the test when it resolves or throws anything else). */
export async function refused(promise: Promise<unknown>): Promise<RegistrarError> {
  try {
    await promise;
  } catch (error) {
    if (isRegistrarError(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
