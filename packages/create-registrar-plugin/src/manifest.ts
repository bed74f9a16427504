import { EXAMPLE_HOST, TRANSPORT_SPECS, type Transport } from './transports.js';
import { caret, VERSIONS } from './versions.js';

/** The standard operations, in the manifest's order: a copy of the sdk's `OPERATIONS` (so the scaffold installs without the sdk), held equal by operations.test.ts. */
export const OPERATIONS = [
  'checkAvailability',
  'register',
  'transfer',
  'renew',
  'cancel',
  'updateNameservers',
  'updateContacts',
  'changeRegistrant',
  'setRegistrarLock',
  'getAuthCode',
  'setWhoisPrivacy',
  'setAutoRenew',
  'setDnssec',
  'info',
  'createHost',
  'updateHost',
  'deleteHost',
  'restore',
  'approveTransferOut',
  'rejectTransferOut',
  'resendTransferConfirmation',
  'listDomains',
  'listTlds',
] as const;

export interface PluginIdentity {
  id: string;
  name: string;
  transport: Transport;
}

/** Every period a registry may offer; the author narrows it per TLD. */
const PERIODS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * The scaffold's `registrar-plugin.json`: the example operations `auto`, every other standard
 * operation `unsupported` with a reason (declared, so the capability matrix is honest and the
 * suite checks that each one refuses without traffic).
 */
export function buildManifest({ id, name, transport }: PluginIdentity): Record<string, unknown> {
  const spec = TRANSPORT_SPECS[transport];
  const operations = Object.fromEntries(
    OPERATIONS.map((op) => {
      const completion = spec.auto[op];
      if (completion !== undefined) return [op, { mode: 'auto', completion }];
      return [op, { mode: 'unsupported', reason: 'not-implemented', note: 'Not written yet: implement the handler, declare it auto with its completion, and add a success and a registrar-error cassette.' }];
    }),
  );
  const email = transport === 'email';
  return {
    $schema: './node_modules/@registrar-kit/sdk/manifest.schema.json',
    manifestVersion: 1,
    id,
    name,
    description: `${name}: ${spec.title}. The wire format is the scaffold's example until it is replaced with the registrar's documented one.`,
    version: '0.1.0',
    sdk: caret(VERSIONS.sdk),
    entry: './dist/index.js',
    transports: spec.manifestTransports,
    operations,
    tlds: { '*': { registerPeriods: PERIODS, renewPeriods: PERIODS, nameservers: { min: 2, max: 13 } } },
    settings: spec.settings,
    ...(email ? { inbound: { mail: true } } : { network: { allowedHosts: [EXAMPLE_HOST] } }),
    conformance: { suite: caret(VERSIONS.conformance) },
  };
}
