import type { SimResponse } from './types.js';

/** The answer HTTP simulators give under the `fail…` rule: the registrar is down. */
export function unavailable(): SimResponse {
  return { status: 503, headers: { 'content-type': 'text/plain', 'retry-after': '30' }, body: 'Service temporarily unavailable (sandbox rule: fail…)' };
}

export function json(body: unknown, status = 200): SimResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) };
}

export function xml(body: string, status = 200): SimResponse {
  return { status, headers: { 'content-type': 'text/xml; charset=utf-8' }, body };
}
