/**
 * The Onamae reseller HTTPS API **as modelled**. Onamae publishes no public specification of
 * its registrar API (see the README): this module is the only place that knows the wire format,
 * so the real one can replace it without touching the mapping in `plugin.ts`.
 *
 * Modelled shape: one endpoint per command (`POST {endpoint}/{command}`), JSON bodies,
 * authentication with the reseller id and API key in headers, and in every response
 * `{ "result": { "code": "0000", "message": "..." }, "data": { ... } }` where `0000` is success.
 */
import { RegistrarError, type HttpClient } from '@registrar-kit/sdk';

export interface Credentials {
  endpoint: string;
  resellerId: string;
  apiKey: string;
  timeoutMs?: number;
}

export interface WireContact {
  type: 'person' | 'organization';
  firstName: string;
  lastName: string;
  organization?: string;
  address: string[];
  postalCode: string;
  city: string;
  region?: string;
  country: string;
  phone: string;
  email: string;
}

/** Every command with its request and response `data`. */
export interface Commands {
  'domain/check': { request: { domain: string }; response: { available: boolean; reason?: string } };
  'domain/create': {
    request: { domain: string; period: number; nameservers: string[]; registrant: WireContact; admin?: WireContact; tech?: WireContact; billing?: WireContact };
    response: { expiresAt?: string };
  };
  'domain/transfer': { request: { domain: string; authCode?: string; nameservers?: string[] }; response: { transferId: string } };
  'domain/transfer-status': { request: { transferId: string }; response: { status: 'pending' | 'completed' | 'rejected' | 'denied'; reason?: string; expiresAt?: string } };
  'domain/renew': { request: { domain: string; period: number }; response: { expiresAt?: string } };
  'domain/nameservers': { request: { domain: string; nameservers: string[] }; response: Record<string, never> };
  'domain/contacts': { request: { domain: string; registrant?: WireContact; admin?: WireContact; tech?: WireContact; billing?: WireContact }; response: Record<string, never> };
  'domain/info': {
    request: { domain: string };
    response: { status: string; expiresAt?: string; createdAt?: string; nameservers: string[]; locked: boolean };
  };
}

export type Command = keyof Commands;

export interface WireResult<C extends Command> {
  code: string;
  message: string;
  data: Commands[C]['response'] | undefined;
}

export const SUCCESS = '0000';

/** Sends one command and returns its result; transport failures throw the sdk's RegistrarError. */
export async function call<C extends Command>(http: HttpClient, credentials: Credentials, command: C, request: Commands[C]['request']): Promise<WireResult<C>> {
  const res = await http.request({
    method: 'POST',
    url: `${credentials.endpoint.replace(/\/$/, '')}/${command}`,
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      'x-reseller-id': credentials.resellerId,
      'x-api-key': credentials.apiKey,
    },
    body: JSON.stringify(request),
    label: command,
    ...(credentials.timeoutMs === undefined ? {} : { timeoutMs: credentials.timeoutMs }),
  });
  const body = res.json<{ result?: { code?: unknown; message?: unknown }; data?: unknown }>();
  if (typeof body !== 'object' || body === null || typeof body.result?.code !== 'string') {
    throw new RegistrarError({ code: 'PROTOCOL', message: 'The registrar sent an answer that could not be read', detail: `${command}: no result code in ${res.text.slice(0, 200)}` });
  }
  return { code: body.result.code, message: typeof body.result.message === 'string' ? body.result.message : '', data: body.data as Commands[C]['response'] | undefined };
}
