/* Generated from manifest.schema.json by scripts/generate-manifest-types.mjs. Do not edit. */

/**
 * A JSON Schema (draft 2020-12).
 */
export type JsonSchema = Record<string, unknown>;

/**
 * registrar-plugin.json: what a registrar-kit plugin can do, read and validated by the host before any plugin code runs. `settings` is the JSON Schema of the instance settings; mark secrets with writeOnly: true or x-secret: true.
 */
export interface RegistrarPluginManifest {
  /**
   * Path or URL of this schema, for editors.
   */
  $schema?: string;
  /**
   * Manifest format version. Hosts reject majors they do not know.
   */
  manifestVersion: 1;
  /**
   * Stable plugin id (kebab-case).
   */
  id: string;
  name: string;
  description?: string;
  /**
   * Equal to the package.json version.
   */
  version: string;
  /**
   * Semver range of @registrar-kit/sdk this plugin is built for; must pin a major (e.g. ^0.1.0, ^1.2.0).
   */
  sdk: string;
  /**
   * Module path relative to the package root whose default export is definePlugin(...).
   */
  entry: string;
  transports: ('https' | 'soap' | 'xml' | 'json' | 'email' | 'webhook' | 'epp')[];
  /**
   * Every standard operation with its mode. The operations of sdk 0.1 are required; the later ones (host objects, restore, transfer-out, account listings) are optional and a missing one means unsupported. Declaring all of them makes the capability matrix honest.
   */
  operations: {
    checkAvailability: OperationSpec;
    register: OperationSpec;
    transfer: OperationSpec;
    renew: OperationSpec;
    cancel: OperationSpec;
    updateNameservers: OperationSpec;
    updateContacts: OperationSpec;
    changeRegistrant: OperationSpec;
    setRegistrarLock: OperationSpec;
    getAuthCode: OperationSpec;
    setWhoisPrivacy: OperationSpec;
    setAutoRenew: OperationSpec;
    setDnssec: OperationSpec;
    info: OperationSpec;
    createHost?: OperationSpec;
    updateHost?: OperationSpec;
    deleteHost?: OperationSpec;
    restore?: OperationSpec;
    approveTransferOut?: OperationSpec;
    rejectTransferOut?: OperationSpec;
    resendTransferConfirmation?: OperationSpec;
    listDomains?: OperationSpec;
    listTlds?: OperationSpec;
  };
  /**
   * Plugin-specific operations (e.g. a DNS-template zone init), each with its input schema.
   */
  customOperations?: {
    [k: string]: {
      mode: 'auto' | 'manual' | 'unsupported';
      completion?: 'sync' | 'poll' | 'message';
      reason?: string;
      description: string;
      input: JsonSchema;
    };
  };
  /**
   * Registrar features connector flags depend on (docs/host-guide.md, "Connectors and modes").
   */
  features?: {
    editNameservers?: boolean;
    manageContacts?: boolean;
    registrarLock?: boolean;
    transferKey?: boolean;
    transferUsesProviderNameservers?: boolean;
    whoisPrivacy?: boolean;
    dnssec?: boolean;
    autoRenew?: boolean;
    idn?: boolean;
  };
  /**
   * How the host may poll pending operations.
   */
  polling?: {
    /**
     * Never poll one operation sooner than this (300 for the SOAP registrar).
     */
    minIntervalSeconds: number;
    /**
     * Back off toward this interval.
     */
    recommendedIntervalSeconds: number;
    /**
     * One poll() call answers every pending ref of the instance.
     */
    batch?: boolean;
    /**
     * Maximum registrar requests per second for one plugin instance.
     */
    rateLimitPerSecond?: number;
    /**
     * After this, a pending operation is escalated to a manual task.
     */
    maxPendingDays?: number;
  };
  /**
   * Rules per TLD (without the leading dot), or '*' for defaults.
   */
  tlds?: {
    [k: string]: TldRules;
  };
  settings: JsonSchema;
  network?: {
    allowedHosts?: string[];
  };
  /**
   * How registrar messages reach the plugin.
   */
  inbound?: {
    /**
     * The plugin reads registrar mail through handleMessage.
     */
    mail?: boolean;
    webhook?: boolean;
  };
  conformance?: {
    /**
     * Semver range of @registrar-kit/conformance the cassettes were made for.
     */
    suite?: string;
    bypass?: {
      check:
        | 'manifest'
        | 'scenarios'
        | 'completion'
        | 'unsupported-refuses'
        | 'fault-timeout'
        | 'fault-500'
        | 'fault-503'
        | 'fault-reset'
        | 'fault-empty-body'
        | 'fault-malformed-body'
        | 'unused-exchanges'
        | 'unrecorded-requests'
        | 'secrets';
      operation?: string;
      reason: string;
    }[];
  };
}
/**
 * How the plugin performs an operation.
 */
export interface OperationSpec {
  /**
   * auto: the plugin calls the registrar. manual: staff do it by hand (the host opens a manual task). unsupported: refused with UNSUPPORTED.
   */
  mode: 'auto' | 'manual' | 'unsupported';
  /**
   * How an auto operation finishes: at once (sync), through poll(), or through handleMessage() (mail / webhook). Required when mode is auto.
   */
  completion?: 'sync' | 'poll' | 'message';
  /**
   * Why the mode is not auto, as a stable kebab-case code the host shows (e.g. renewed-by-registrar).
   */
  reason?: string;
  /**
   * Free text for operators.
   */
  note?: string;
}
/**
 * Rules for one TLD. extraFields is a JSON Schema for the registrant's extra fields under this TLD (e.g. .aero ids, Cyrillic names).
 */
export interface TldRules {
  registerPeriods?: number[];
  renewPeriods?: number[];
  nameservers?: {
    min?: number;
    max?: number;
  };
  dnsTestRequired?: boolean;
  /**
   * Transfers need an auth (EPP) code.
   */
  authCodeRequired?: boolean;
  /**
   * Internationalized names allowed.
   */
  idn?: boolean;
  extraFields?: JsonSchema;
  notes?: string;
}
