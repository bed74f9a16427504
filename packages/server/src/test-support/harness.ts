/**
 * A real server on loopback for the tests, and a `fetch` wrapper that validates every response
 * body against the OpenAPI document the server publishes (by method, path template and status).
 */
import { fileURLToPath } from 'node:url';
import { createHost, type Host, type HostConfig, type HostOptions } from '@registrar-kit/host';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import { hostApiKeys, type ApiKeyStore, type Scope } from '../keys.js';
import { createServer, type ServerOptions } from '../server.js';

export const FIXTURES = fileURLToPath(new URL('../../../../tests/fixtures/', import.meta.url));
export const SECRET_KEY = 'fixture-key-7c1e9a';
export const WEBHOOK_SECRET = 'webhook-secret-0123456789';

/** `.com` answers at once, `.net` registrations go to staff (manual), `.org` takes webhooks. */
export function serverConfig(overrides: Partial<HostConfig> = {}): HostConfig {
  return {
    store: { sqlite: ':memory:' },
    plugins: [
      { name: 'main', package: `${FIXTURES}host-basic`, settings: { apiKey: SECRET_KEY, account: 'acct-1' } },
      { name: 'hooks', package: `${FIXTURES}host-inbound`, settings: { apiKey: SECRET_KEY }, inbound: { webhook: { secret: WEBHOOK_SECRET } } },
    ],
    connectors: [
      { tld: 'com', plugin: 'main' },
      { tld: 'net', plugin: 'main', modes: { register: 'manual' } },
      { tld: 'org', plugin: 'hooks' },
    ],
    // The tenants here are billed by the platform before it calls the API: a customer's request
    // goes out without an order unless it names one (docs/host-guide.md#orders-and-payment).
    orders: { requireForCustomers: false },
    ...overrides,
  } as HostConfig;
}

export const registrant = {
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

export const registerInput = (domain: string) => ({ domain, period: 1, contacts: { registrant }, nameservers: [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }] });

type Validator = ((data: unknown) => boolean) & { errors?: unknown };
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

/** Finds the OpenAPI response schema of a request and validates bodies with ajv (JSON Schema 2020-12). */
export class OpenApiValidator {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly compiled = new Map<string, Validator>();
  private readonly templates: { method: string; template: string; pattern: RegExp }[];

  constructor(private readonly document: { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>; components?: unknown }) {
    addFormats(this.ajv);
    this.templates = Object.entries(document.paths).flatMap(([template, methods]) =>
      Object.keys(methods).map((method) => ({ method: method.toUpperCase(), template, pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`) })),
    );
  }

  /** Throws when the status is not documented for the route or the body does not match its schema. */
  check(method: string, url: string, status: number, contentType: string | null, body: unknown): void {
    const path = new URL(url).pathname;
    const route = this.templates.find((t) => t.method === method && t.pattern.test(path));
    if (route === undefined) throw new Error(`${method} ${path} is not in the OpenAPI document`);
    const response = this.document.paths[route.template]![method.toLowerCase()]!.responses[String(status)];
    if (response === undefined) throw new Error(`${method} ${route.template} answered ${status}, which the OpenAPI document does not list`);
    // A response without content (204) has no body to check.
    if (response.content === undefined && body === undefined) return;
    const type = (contentType ?? '').split(';')[0]!.trim();
    const media = response.content?.[type];
    if (media === undefined) throw new Error(`${method} ${route.template} ${status} answered ${type}, which the OpenAPI document does not list`);
    const key = `${method} ${route.template} ${status} ${type}`;
    let validate = this.compiled.get(key);
    if (validate === undefined) {
      validate = this.ajv.compile({ ...(media.schema as object), components: this.document.components }) as Validator;
      this.compiled.set(key, validate);
    }
    if (!validate(body)) throw new Error(`${key}: the body does not match the OpenAPI schema: ${JSON.stringify(validate.errors)}\n${JSON.stringify(body).slice(0, 2000)}`);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers loosely; the OpenAPI check types them
export interface Answer<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface TestServer {
  host: Host;
  app: FastifyInstance;
  keys: ApiKeyStore;
  url: string;
  validator: OpenApiValidator;
  /** A key with these scopes (and tenant). */
  key(scopes: Scope[], tenant?: string): Promise<string>;
  /** An HTTP request on loopback; the answer is validated against the OpenAPI document. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see Answer
  call<T = any>(method: string, path: string, options?: { key?: string; body?: unknown; headers?: Record<string, string>; raw?: string | Buffer }): Promise<Answer<T>>;
  close(): Promise<void>;
}

export async function startTestServer(
  config: HostConfig = serverConfig(),
  options: { logger?: boolean | Record<string, unknown>; host?: HostOptions; server?: Partial<Omit<ServerOptions, 'host' | 'keys'>> } = {},
): Promise<TestServer> {
  const host = await createHost(config, options.host ?? {});
  const keys = hostApiKeys(host);
  const app = await createServer({ host, keys, ...options.server, ...(options.logger === undefined ? {} : { logger: options.logger }) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const document = (await (await fetch(`${url}/v1/openapi.json`)).json()) as ConstructorParameters<typeof OpenApiValidator>[0];
  const validator = new OpenApiValidator(document);
  return {
    host,
    app,
    keys,
    url,
    validator,
    key: async (scopes, tenant) => (await keys.create({ scopes, ...(tenant === undefined ? {} : { tenant }) })).key,
    async call(method, path, opts = {}) {
      const headers: Record<string, string> = { ...opts.headers };
      if (opts.key !== undefined) headers.authorization = `Bearer ${opts.key}`;
      let body: string | Buffer | undefined = opts.raw;
      if (opts.body !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(opts.body);
      }
      const response = await fetch(`${url}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
      const text = await response.text();
      const parsed = text === '' ? undefined : (JSON.parse(text) as unknown);
      validator.check(method, `${url}${path}`, response.status, response.headers.get('content-type'), parsed);
      return { status: response.status, headers: response.headers, body: parsed as never };
    },
    async close() {
      await app.close();
      await host.close();
    },
  };
}
