import { isIP } from 'node:net';
import type { Logger } from './context.js';
import { RegistrarError } from './errors.js';
import { redact } from './secrets.js';

/** One registrar request made through {@link HttpClient.request}. */
export interface HttpRequest {
  /** HTTP method, any case. Defaults to `GET` without a body and `POST` with one. */
  method?: string;
  /**
   * Absolute URL. Must be `https:` (plain `http:` only to loopback) and on a host the manifest's
   * `network.allowedHosts` lists, else the request is refused with POLICY before it is sent.
   * Secrets in it are redacted from logs and errors, but prefer a header or the body for them.
   */
  url: string;
  /** Request headers, sent as given (e.g. `content-type`, `soapaction`, `authorization`). */
  headers?: Record<string, string>;
  /** The request body, already encoded (JSON text, a form, XML). No body: none is sent. */
  body?: string;
  /**
   * Overrides the client's default timeout (30 s unless the host set another) for this request;
   * when it passes, the request is aborted and a retryable TRANSPORT error is thrown.
   */
  timeoutMs?: number;
  /**
   * Statuses the plugin wants to read itself instead of getting an error, e.g. `[500]` for
   * SOAP 1.1 faults, which arrive as HTTP 500 with a fault body, or for a JSON API that sends
   * its error objects with a 4xx / 5xx status. Any 2xx is always accepted.
   */
  acceptStatus?: readonly number[];
  /** A short name for logs and error details (`domainCreate`, `0101`); defaults to method and URL path. */
  label?: string;
}

/** A registrar's answer with an accepted status (2xx or one listed in {@link HttpRequest.acceptStatus}). */
export interface HttpResponse {
  /** The HTTP status code. */
  status: number;
  /** The response headers (a WHATWG `Headers`: case-insensitive `get()`). */
  headers: Headers;
  /** The final URL after redirects, with secrets redacted. */
  url: string;
  /** The whole body, decoded as UTF-8 text (already read: no stream to consume). */
  text: string;
  /** Parses the body as JSON or throws a PROTOCOL {@link RegistrarError} (empty or malformed body). */
  json<T = unknown>(): T;
}

/** `ctx.http`: the only way a plugin should reach its registrar over HTTP. */
export interface HttpClient {
  /**
   * Sends one request. Resolves with the response when its status is accepted; otherwise throws
   * a {@link RegistrarError} (see {@link createHttpClient} for the mapping), which a handler may
   * simply let propagate.
   */
  request(request: HttpRequest): Promise<HttpResponse>;
}

export interface HttpClientOptions {
  /** Defaults to the global `fetch` (which msw intercepts in tests). */
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Secret values that must never appear in a log line or error. */
  secrets?: readonly string[];
  log?: Logger;
  /** From the manifest's `network.allowedHosts`; loopback is always allowed. Empty = any host. */
  allowedHosts?: readonly string[];
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** True for `localhost`, 127.0.0.0/8 and ::1. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1';
  return false;
}

function hostAllowed(hostname: string, allowed: readonly string[]): boolean {
  if (allowed.length === 0 || isLoopbackHost(hostname)) return true;
  return allowed.some((pattern) =>
    pattern.startsWith('*.') ? hostname.endsWith(pattern.slice(1)) && hostname.length > pattern.length - 1 : hostname === pattern,
  );
}

/** Parses Retry-After (seconds or an HTTP date) into seconds. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

function causeCode(error: unknown): string | undefined {
  let cur: unknown = error;
  for (let depth = 0; depth < 4 && typeof cur === 'object' && cur !== null; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Failure codes that can only happen before the request was written: the connection was refused
 * or could not be routed, the name did not resolve, the connection or TLS handshake did not
 * complete. Any other failure (a reset, a timeout, a broken answer) may come after the registrar
 * got the request.
 */
const NOT_SENT_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
]);

/**
 * A fetch-based HTTP client for plugins. Every failure becomes a {@link RegistrarError}:
 * connection problems and timeouts are TRANSPORT (retryable; `received: 'no'` when the
 * connection, name lookup or TLS handshake failed before the request was written, else
 * `'unknown'`), 429 is RATE_LIMITED, 5xx is
 * REMOTE (retryable, with Retry-After), 401/403 AUTHENTICATION, other 4xx REMOTE. Plain `http:`
 * is refused except to loopback, so credentials only travel over TLS. Secret values are removed
 * from every message and log line.
 */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const secrets = options.secrets ?? [];
  const allowed = options.allowedHosts ?? [];
  const clean = (s: string): string => redact(s, secrets);

  return {
    async request(req: HttpRequest): Promise<HttpResponse> {
      const fetchImpl = options.fetch ?? globalThis.fetch;
      const method = (req.method ?? (req.body === undefined ? 'GET' : 'POST')).toUpperCase();
      let url: URL;
      try {
        url = new URL(req.url);
      } catch {
        throw new RegistrarError({ code: 'INVALID_INPUT', message: 'The registrar endpoint is not a valid URL', detail: clean(req.url) });
      }
      const shown = clean(`${url.origin}${url.pathname}`);
      if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
        throw new RegistrarError({
          code: 'POLICY',
          message: 'Refusing to send a registrar request over plain HTTP',
          detail: `${shown}: only https: is allowed outside loopback`,
        });
      }
      if (!hostAllowed(url.hostname, allowed)) {
        throw new RegistrarError({
          code: 'POLICY',
          message: 'Refusing to contact a host outside the plugin\'s allowed hosts',
          detail: `${url.hostname} is not in network.allowedHosts (${allowed.join(', ')})`,
        });
      }
      const timeoutMs = req.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      const started = performance.now();
      const label = req.label ?? `${method} ${shown}`;
      let response: Response | undefined;
      let text: string;
      try {
        const init: RequestInit = { method, signal: controller.signal };
        if (req.headers !== undefined) init.headers = req.headers;
        if (req.body !== undefined) init.body = req.body;
        response = await fetchImpl(url, init);
        text = await response.text();
      } catch (error) {
        const timedOut = controller.signal.aborted;
        const code = causeCode(error);
        const notSent = !timedOut && response === undefined && code !== undefined && NOT_SENT_CODES.has(code);
        options.log?.warn('registrar request failed', { request: label, timedOut, cause: code });
        throw new RegistrarError({
          code: 'TRANSPORT',
          retryable: true,
          message: timedOut ? 'The registrar did not answer in time' : 'Could not reach the registrar',
          received: notSent ? 'no' : 'unknown',
          detail: clean(
            timedOut
              ? `${label}: no answer within ${timeoutMs} ms`
              : `${label}: ${code ?? (error instanceof Error ? error.message : String(error))}`,
          ),
        });
      } finally {
        clearTimeout(timer);
      }
      const ms = Math.round(performance.now() - started);
      options.log?.debug('registrar request', { request: label, status: response.status, ms });
      const accepted = (response.status >= 200 && response.status < 300) || (req.acceptStatus ?? []).includes(response.status);
      if (!accepted) throw statusError(response, text, label, clean);
      return {
        status: response.status,
        headers: response.headers,
        url: clean(response.url || url.toString()),
        text,
        json<T>(): T {
          if (text.trim() === '') {
            throw new RegistrarError({ code: 'PROTOCOL', message: 'The registrar sent an empty answer', detail: `${label}: empty body` });
          }
          try {
            return JSON.parse(text) as T;
          } catch {
            throw new RegistrarError({
              code: 'PROTOCOL',
              message: 'The registrar sent an answer that could not be read',
              detail: clean(`${label}: malformed JSON: ${text.slice(0, 200)}`),
            });
          }
        },
      };
    },
  };
}

function statusError(response: Response, text: string, label: string, clean: (s: string) => string): RegistrarError {
  const status = response.status;
  const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'));
  const detail = clean(`${label}: HTTP ${status}${text ? `: ${text.slice(0, 300)}` : ''}`);
  const extra = retryAfterSeconds === undefined ? {} : { retryAfterSeconds };
  if (status === 429) {
    return new RegistrarError({ code: 'RATE_LIMITED', retryable: true, message: 'The registrar asked us to slow down', detail, ...extra });
  }
  if (status === 401 || status === 403) {
    return new RegistrarError({ code: 'AUTHENTICATION', retryable: false, message: 'The registrar refused our credentials', detail });
  }
  if (status >= 500) {
    return new RegistrarError({ code: 'REMOTE', retryable: true, message: 'The registrar had an internal problem', detail, ...extra });
  }
  return new RegistrarError({ code: 'REMOTE', retryable: false, message: 'The registrar rejected the request', detail });
}
