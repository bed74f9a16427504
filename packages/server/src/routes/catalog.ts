/** `/v1/capabilities` and `/v1/plugins`: what the loaded plugins and connectors can do. */
import type { Host, HostProblem } from '@registrar-kit/host';
import type { FastifyInstance } from 'fastify';
import { json, problems } from '../schemas.js';
import { compact } from './operations.js';

const capability = {
  type: 'object',
  required: ['connector', 'tld', 'plugin', 'operation', 'mode'],
  properties: {
    connector: { type: 'string' },
    tld: { type: 'string' },
    plugin: { type: 'string', description: 'The plugin instance.' },
    operation: { type: 'string' },
    mode: { type: 'string', enum: ['auto', 'manual', 'unsupported'] },
    completion: { type: 'string', enum: ['sync', 'poll', 'message'], description: 'How an auto operation completes.' },
    reason: { type: 'string', description: 'Why an operation is manual or unsupported (e.g. renewed-by-registrar).' },
    restrictions: { type: 'array', items: { type: 'string' }, description: "The connector TLD's rules for this operation, in words for staff: periods, name servers, DNS test, auth code, extra fields." },
  },
} as const;

const hostProblem = {
  type: 'object',
  required: ['kind', 'code', 'message'],
  properties: { kind: { type: 'string', enum: ['plugin', 'connector'] }, code: { type: 'string' }, message: { type: 'string' }, subject: { type: 'string', description: 'The plugin instance or connector.' }, path: { type: 'string' }, file: { type: 'string' } },
} as const;

/** A host problem as the API shows it (the same for plugin and connector problems). */
export function problemView(p: HostProblem) {
  return compact({ kind: p.kind, code: p.code, message: p.message, subject: p.kind === 'plugin' ? p.instance : p.connector, path: p.path === '' ? undefined : p.path, file: p.file });
}

export function catalogRoutes(app: FastifyInstance, host: Host): void {
  app.get(
    '/v1/capabilities',
    {
      config: { scopes: ['read'] },
      schema: {
        summary: 'The capability matrix',
        description: 'Per connector: operation × mode × completion, with the reason for manual and unsupported ones (what `registrar-kit plugins` prints).',
        tags: ['plugins'],
        response: { 200: json('The matrix', { type: 'object', required: ['items'], properties: { items: { type: 'array', items: capability } } }), ...problems(401, 403, 500) },
      },
    },
    async () => ({ items: host.capabilities().map((c) => compact({ ...c })) }),
  );

  app.get(
    '/v1/plugins',
    {
      config: { scopes: ['read'] },
      schema: {
        summary: 'Plugin instances, connectors and problems',
        tags: ['plugins'],
        response: {
          200: json('The loaded instances', {
            type: 'object',
            required: ['instances', 'connectors', 'problems'],
            properties: {
              instances: { type: 'array', items: { type: 'object', required: ['name', 'package', 'plugin', 'version', 'transports'], properties: { name: { type: 'string' }, package: { type: 'string' }, plugin: { type: 'string' }, version: { type: 'string' }, transports: { type: 'array', items: { type: 'string' } } } } },
              connectors: { type: 'array', items: { type: 'object', required: ['name', 'tld', 'plugin'], properties: { name: { type: 'string' }, tld: { type: 'string' }, plugin: { type: 'string' }, disabled: { type: 'string' } } } },
              problems: { type: 'array', items: hostProblem },
            },
          }),
          ...problems(401, 403, 500),
        },
      },
    },
    async () => ({
      instances: [...host.plugins().values()].map((i) => ({ name: i.name, package: i.config.package, plugin: i.manifest.id, version: i.manifest.version, transports: [...i.manifest.transports] })),
      connectors: host.connectors().map((c) => compact({ name: c.name, tld: c.tld, plugin: c.plugin, disabled: c.disabled })),
      problems: host.problems().map(problemView),
    }),
  );
}
