/**
 * The one way the console talks to the server: `fetch` on the same origin's `/v1`, the session
 * cookie sent by the browser, the CSRF token on every state change, RFC 9457 problems turned
 * into {@link ApiError}s that keep the host's `code`.
 */

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string | undefined;
  constructor(status: number, code: string, detail: string | undefined, title: string) {
    super(detail ?? title);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
  }
}

let csrfToken: string | undefined;
let onUnauthorized: (() => void) | undefined;

/** The session's CSRF token, sent as `X-CSRF-Token` with every POST, PUT, PATCH and DELETE. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Called when a request answers 401 (the session expired or was revoked): back to sign-in. */
export function setUnauthorizedHandler(handler: (() => void) | undefined): void {
  onUnauthorized = handler;
}

export type Query = Record<string, string | number | readonly string[] | undefined>;

/** `?a=1&status=x&status=y`: arrays repeat the name (as the API's array parameters expect); empty values are left out. */
export function queryString(query: Query | undefined): string {
  if (query === undefined) return '';
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) for (const v of value as readonly string[]) params.append(name, v);
    else params.append(name, String(value));
  }
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** Do not treat a 401 as the end of the session (the sign-in and session probes). */
  quiet401?: boolean;
}

export async function api<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken !== undefined) headers['x-csrf-token'] = csrfToken;
  const init: RequestInit = { method, headers, credentials: 'same-origin', cache: 'no-store' };
  if (options.body !== undefined) init.body = JSON.stringify(options.body);
  const response = await fetch(`${path}${queryString(options.query)}`, init);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    if (response.status === 401 && options.quiet401 !== true) onUnauthorized?.();
    const problem = (body ?? {}) as { code?: unknown; detail?: unknown; title?: unknown };
    throw new ApiError(
      response.status,
      typeof problem.code === 'string' ? problem.code : `HTTP_${response.status}`,
      typeof problem.detail === 'string' ? problem.detail : undefined,
      typeof problem.title === 'string' ? problem.title : `The server answered ${response.status}`,
    );
  }
  return body as T;
}

/** Encodes one path segment (domain names, ids). */
export const seg = (value: string): string => encodeURIComponent(value);
