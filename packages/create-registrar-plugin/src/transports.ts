import { VERSIONS } from './versions.js';

/** The wire formats the scaffold has an example for. */
export const TRANSPORTS = ['json', 'form', 'query', 'xml', 'soap', 'email'] as const;
export type Transport = (typeof TRANSPORTS)[number];

export function isTransport(value: unknown): value is Transport {
  return typeof value === 'string' && (TRANSPORTS as readonly string[]).includes(value);
}

/** How an example operation finishes (the manifest's `completion`). */
export type Completion = 'sync' | 'message';

export interface TransportSpec {
  /** One line for the prompt, the manifest description and the README. */
  title: string;
  /** The manifest's `transports`. */
  manifestTransports: string[];
  /** The operations the example implements (manifest mode `auto`), with their completion. */
  auto: Record<string, Completion>;
  /** The manifest's `settings` JSON Schema; `src/settings.ts` is generated from it. */
  settings: Record<string, unknown>;
  /** Runtime dependencies beyond the sdk. */
  dependencies: Record<string, string>;
  /** Template folders under `templates/`, copied in order (a later file replaces an earlier one). */
  templates: string[];
}

/** The placeholder registrar host of every example: replaced by the author, never contacted. */
export const EXAMPLE_HOST = 'api.registrar.example';

// An https URL, or plain http only to loopback (a local simulator), as ctx.http enforces.
const endpoint = {
  type: 'string',
  format: 'uri',
  pattern: '^(https://|http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:[0-9]+)?(/|$))',
  description: "The registrar's API base URL (production or its test system). No default: a guessed URL would receive the credentials.",
  examples: [`https://${EXAMPLE_HOST}/v1`],
};
const login = { type: 'string', minLength: 1, maxLength: 64, description: 'The reseller account name the registrar issued.' };
const secret = (description: string) => ({ type: 'string', minLength: 8, writeOnly: true, description });
const timeoutMs = { type: 'integer', minimum: 1000, maximum: 120000, description: 'How long one registrar request may take (ms).' };

const httpSettings = (properties: Record<string, unknown>, required: string[]): Record<string, unknown> => ({
  title: 'Settings',
  type: 'object',
  additionalProperties: false,
  required: ['endpoint', ...required],
  properties: { endpoint, ...properties, timeoutMs },
});

const httpOperations: Record<string, Completion> = { checkAvailability: 'sync', info: 'sync' };
const xml = { 'fast-xml-parser': VERSIONS.fastXmlParser };

export const TRANSPORT_SPECS: Record<Transport, TransportSpec> = {
  json: {
    title: 'JSON over HTTPS (REST: resources per URL, JSON bodies, HTTP status codes)',
    manifestTransports: ['https', 'json'],
    auto: httpOperations,
    settings: httpSettings({ apiKey: secret('Secret API key, sent as a bearer token.') }, ['apiKey']),
    dependencies: {},
    templates: ['common', 'http', 'json-answers', 'json'],
  },
  form: {
    title: 'form parameters over HTTPS (POST application/x-www-form-urlencoded, JSON answers)',
    manifestTransports: ['https', 'json'],
    auto: httpOperations,
    settings: httpSettings({ login, password: secret('Secret API password, sent as a form field.') }, ['login', 'password']),
    dependencies: {},
    templates: ['common', 'http', 'json-answers', 'form'],
  },
  query: {
    title: 'query parameters over HTTPS (GET with the command and credentials in the URL, JSON answers)',
    manifestTransports: ['https', 'json'],
    auto: httpOperations,
    settings: httpSettings({ login, apiKey: secret('Secret API key, sent as a query parameter.') }, ['login', 'apiKey']),
    dependencies: {},
    templates: ['common', 'http', 'json-answers', 'query'],
  },
  xml: {
    title: 'XML over HTTPS (one XML request document per command)',
    manifestTransports: ['https', 'xml'],
    auto: httpOperations,
    settings: httpSettings({ login, password: secret('Secret API password, sent in the request document.') }, ['login', 'password']),
    dependencies: xml,
    templates: ['common', 'http', 'xml-answers', 'xml'],
  },
  soap: {
    title: 'SOAP 1.1 over HTTPS (one envelope per call, SOAPAction header, faults as HTTP 500)',
    manifestTransports: ['https', 'soap', 'xml'],
    auto: httpOperations,
    settings: httpSettings({ login, password: secret('Secret API password, sent in every call.') }, ['login', 'password']),
    dependencies: xml,
    templates: ['common', 'http', 'xml-answers', 'soap'],
  },
  email: {
    title: 'e-mail (requests sent by mail, results read from the registrar\'s reply mail)',
    manifestTransports: ['email'],
    auto: { renew: 'message' },
    settings: {
      title: 'Settings',
      type: 'object',
      additionalProperties: false,
      required: ['requestAddress', 'account', 'mailPassword', 'allowedSenders'],
      properties: {
        requestAddress: { type: 'string', format: 'email', description: "The registrar's request mailbox." },
        account: { ...login, description: 'The reseller account the requests are made for.' },
        mailPassword: secret('Secret mail-interface password, written into every request mail.'),
        allowedSenders: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: { type: 'string', pattern: '^[^\\s@]+@[^\\s@]+$' },
          description: "The registrar's sender addresses: replies from anyone else are not applied.",
        },
      },
    },
    dependencies: {},
    templates: ['common', 'email'],
  },
};
