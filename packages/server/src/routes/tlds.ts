/** `/v1/tlds`: the TLD catalogue with periods and prices, as the last `host.catalogue.sync` stored it. */
import type { Host } from '@registrar-kit/host';
import type { FastifyInstance } from 'fastify';
import { json, problems } from '../schemas.js';
import { compact } from './operations.js';

const price = {
  type: 'object',
  required: ['currency', 'action', 'amount'],
  properties: {
    currency: { type: 'string', description: 'ISO 4217 code.' },
    action: { type: 'string', enum: ['register', 'renew', 'transfer', 'restore'] },
    amount: { type: 'string', description: 'A decimal string ("12.50"), per year unless `period` is given.' },
    period: { type: 'integer', description: 'The price is for this many years.' },
  },
} as const;

const tld = {
  type: 'object',
  required: ['tld', 'plugin', 'prices', 'syncedAt'],
  properties: {
    tld: { type: 'string', description: 'Lower case, without the leading dot.' },
    plugin: { type: 'string', description: 'The plugin instance whose registrar offers it.' },
    registerPeriods: { type: 'array', items: { type: 'integer' } },
    renewPeriods: { type: 'array', items: { type: 'integer' } },
    prices: { type: 'array', items: price },
    syncedAt: { type: 'string', format: 'date-time' },
  },
} as const;

interface TldQuery {
  plugin?: string;
  tld?: string;
}

export function tldRoutes(app: FastifyInstance, host: Host): void {
  app.get<{ Querystring: TldQuery }>(
    '/v1/tlds',
    {
      config: { scopes: ['read'] },
      schema: {
        summary: 'The TLD catalogue',
        description: 'TLDs with their periods and prices per currency, per plugin instance, as the last catalogue sync (`host.catalogue.sync`) read them from the registrar (`listTlds`). Empty until a sync ran.',
        tags: ['plugins'],
        querystring: { type: 'object', additionalProperties: false, properties: { plugin: { type: 'string', minLength: 1, maxLength: 255 }, tld: { type: 'string', minLength: 1, maxLength: 253 } } },
        response: { 200: json('The catalogue', { type: 'object', required: ['items'], properties: { items: { type: 'array', items: tld } } }), ...problems(400, 401, 403, 500) },
      },
    },
    async (request) => {
      const entries = await host.catalogue.list(compact({ pluginInstance: request.query.plugin, tld: request.query.tld }));
      return { items: entries.map((e) => compact({ tld: e.tld, plugin: e.pluginInstance, registerPeriods: e.registerPeriods, renewPeriods: e.renewPeriods, prices: e.prices, syncedAt: e.syncedAt.toISOString() })) };
    },
  );
}
