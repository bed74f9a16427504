import { execFile } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

// Vitest global setup: the PostgreSQL the store tests run against. With RK_PG_URL set, that
// server is used (CI may point at its own). Otherwise a throwaway cluster of Debian's PostgreSQL
// (/usr/lib/postgresql/15/bin, or RK_PG_BIN) is started on loopback, on a free port, with fsync
// off, in a temporary directory owned by the `postgres` user when we are root (the server refuses
// to run as root), and removed at teardown. The first run keeps an initdb'd template directory in
// the temp dir, so later runs copy it instead of running initdb (~0.2 s instead of ~1.3 s).
//
// The tests read the result with `inject('rkPostgres')`: a URL, or the reason there is none — in
// which case the PostgreSQL tests fail with that reason (they are never skipped silently).

const run = promisify(execFile);

declare module 'vitest' {
  export interface ProvidedContext {
    rkPostgres: { url?: string; error?: string; startMs?: number };
  }
}

interface Cluster {
  url: string;
  stop: () => Promise<void>;
}

const isRoot = (): boolean => process.getuid?.() === 0;

async function asPostgres(cmd: string, args: string[]): Promise<void> {
  if (isRoot()) await run('runuser', ['-u', 'postgres', '--', cmd, ...args]);
  else await run(cmd, args);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function postgresIds(): Promise<{ uid: number; gid: number } | undefined> {
  if (!isRoot()) return undefined;
  const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
  const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
  return { uid, gid };
}

export async function startThrowawayCluster(): Promise<Cluster> {
  const bin = process.env.RK_PG_BIN ?? '/usr/lib/postgresql/15/bin';
  if (!existsSync(join(bin, 'initdb'))) {
    throw new Error(`PostgreSQL 15 was not found in ${bin}: install it (apt-get install postgresql) or set RK_PG_URL to a server the tests may use`);
  }
  const ids = await postgresIds();
  const own = (path: string): void => {
    if (ids !== undefined) chownSync(path, ids.uid, ids.gid);
    chmodSync(path, 0o700);
  };
  const template = join(tmpdir(), `registrar-kit-pg15-template${ids === undefined ? `-${process.getuid?.() ?? 'u'}` : ''}`);
  if (!existsSync(join(template, 'PG_VERSION'))) {
    const building = mkdtempSync(`${template}.tmp-`);
    own(building);
    await asPostgres(join(bin, 'initdb'), ['-D', building, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C', '--no-instructions']);
    try {
      renameSync(building, template);
    } catch {
      // Another run built it first.
      rmSync(building, { recursive: true, force: true });
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'rk-pg-'));
  own(dir);
  const data = join(dir, 'data');
  await asPostgres('cp', ['-a', template, data]);
  const port = await freePort();
  const options = [`-c listen_addresses=127.0.0.1`, `-p ${port}`, `-k ${dir}`, '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off', '-c max_connections=300'].join(' ');
  await asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '30', '-o', options, 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      try {
        await asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.RK_PG_URL;
  if (given !== undefined && given !== '') {
    project.provide('rkPostgres', { url: given });
    return undefined;
  }
  const started = performance.now();
  let cluster: Cluster;
  try {
    cluster = await startThrowawayCluster();
  } catch (error) {
    const message = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    project.provide('rkPostgres', { error: `no PostgreSQL for the tests: ${message}` });
    return undefined;
  }
  project.provide('rkPostgres', { url: cluster.url, startMs: Math.round(performance.now() - started) });
  return () => cluster.stop();
}
