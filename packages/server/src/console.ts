/**
 * The operator console at `/console`: the static files of `@registrar-kit/console`'s build. The
 * console is a client of the public `/v1` API like any other, so nothing here reads host state:
 * this module only serves files, with
 * - a strict Content-Security-Policy (`default-src 'self'`, no inline script, no framing), so an
 *   escaped-wrongly registrar string could still not run script;
 * - a year's immutable cache for the hashed files under `assets/`, `no-cache` for the rest;
 * - `index.html` for every other path under `/console/` (the app's client routes), while a
 *   missing file with an extension is a plain 404.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';

export interface ConsoleOptions {
  /** The built console (`index.html`, `assets/`); default: `@registrar-kit/console`'s `dist/`. */
  dir: string;
}

/** The console's Content-Security-Policy: everything from this origin, nothing inline, nothing framed. */
export const CONSOLE_CSP = ["default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"].join('; ');

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';

function securityHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header('content-security-policy', CONSOLE_CSP)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('x-frame-options', 'DENY')
    .header('cross-origin-opener-policy', 'same-origin');
}

/** The file under `root` a URL path names, or undefined for anything that would leave it. */
function fileUnder(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').filter((p) => p !== '');
  if (segments.some((p) => p === '..' || p === '.' || p.startsWith('.'))) return undefined;
  const file = resolve(root, ...segments);
  return file.startsWith(root) ? file : undefined;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Serves the console's files under `/console/`. */
export function consoleRoutes(app: FastifyInstance, options: ConsoleOptions): void {
  const root = resolve(options.dir) + sep;
  const index = resolve(root, 'index.html');

  const send = async (reply: FastifyReply, file: string, cache: string): Promise<FastifyReply> => {
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    return securityHeaders(reply).header('cache-control', cache).type(type).send(createReadStream(file));
  };

  app.get('/console', { schema: { hide: true } }, async (_request, reply) => securityHeaders(reply).redirect('/console/', 308));

  app.get<{ Params: { '*': string } }>('/console/*', { schema: { hide: true } }, async (request, reply) => {
    const path = request.params['*'];
    const file = path === '' ? index : fileUnder(root, path);
    if (file !== undefined && file !== index && (await isFile(file))) {
      return send(reply, file, path.startsWith('assets/') ? IMMUTABLE : 'no-cache');
    }
    // A client route gets the app (its last segment may well be a domain name: `domains/example.com`);
    // a missing asset or static file, or a path that tried to leave the directory, is a 404 of its own.
    const last = path.split('/').pop() ?? '';
    if ((file === undefined && path !== '') || path.startsWith('assets/') || TYPES[extname(last).toLowerCase()] !== undefined) {
      return securityHeaders(reply).code(404).type('text/plain; charset=utf-8').header('cache-control', 'no-cache').send('not found');
    }
    if (!(await isFile(index))) {
      return securityHeaders(reply)
        .code(503)
        .type('text/plain; charset=utf-8')
        .header('cache-control', 'no-store')
        .send('The console is not built: run `pnpm --filter @registrar-kit/console build` (a published @registrar-kit/console ships it built).');
    }
    return send(reply, index, 'no-cache');
  });
}
