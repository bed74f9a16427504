/** `/healthz` (the process answers) and `/readyz` (the store answers and every plugin loaded). */
import type { Host } from '@registrar-kit/host';
import type { FastifyInstance } from 'fastify';
import { problemView } from './catalog.js';

const readiness = {
  type: 'object',
  required: ['ready', 'reasons'],
  properties: { ready: { type: 'boolean' }, reasons: { type: 'array', items: { type: 'string' } } },
} as const;

/** Whether the server should get traffic, and why not. */
async function readinessOf(host: Host, draining: () => boolean): Promise<string[]> {
  const reasons: string[] = [];
  if (draining()) reasons.push('draining: the server is shutting down');
  try {
    await host.pageDomains({ limit: 1 });
  } catch (error) {
    reasons.push(`store unavailable: ${(error as Error).message.split('\n')[0]}`);
  }
  for (const p of host.problems()) {
    const view = problemView(p);
    reasons.push(`${view.kind} ${view.subject ?? ''}: ${view.code} ${view.message}`);
  }
  return reasons;
}

export function healthRoutes(app: FastifyInstance, host: Host, draining: () => boolean): void {
  app.get(
    '/healthz',
    { schema: { summary: 'Liveness', tags: ['health'], response: { 200: { description: 'The process is up', type: 'object', required: ['ok'], properties: { ok: { type: 'boolean' } } } } } },
    async () => ({ ok: true }),
  );
  app.get(
    '/readyz',
    {
      schema: {
        summary: 'Readiness',
        description: '503 with the reasons while the store does not answer, a plugin or connector has a problem, or the server is draining.',
        tags: ['health'],
        response: { 200: { description: 'Ready', ...readiness }, 503: { description: 'Not ready', ...readiness } },
      },
    },
    async (_request, reply) => {
      const reasons = await readinessOf(host, draining);
      return reply.code(reasons.length === 0 ? 200 : 503).send({ ready: reasons.length === 0, reasons });
    },
  );
}
