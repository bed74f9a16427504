import { describe, expect, it, vi } from 'vitest';
import { createHost } from '../index.js';
import { isHostError } from '../errors.js';
import { openSqliteStore } from './sqlite-store.js';

// What better-sqlite3 throws (through the `bindings` package) when pnpm skipped its build script:
// the module loads, and the first `new Database()` fails to find the native binary.
vi.mock('better-sqlite3', () => ({
  default: class {
    constructor() {
      throw new Error(
        'Could not locate the bindings file. Tried:\n → /project/node_modules/better-sqlite3/build/better_sqlite3.node\n → /project/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      );
    }
  },
}));

describe('SQLite store without better-sqlite3 native binary', () => {
  it('says how to allow the build under pnpm 10 and what toolchain it needs', async () => {
    const error: unknown = await openSqliteStore(':memory:').catch((thrown: unknown) => thrown);
    expect(isHostError(error) && error.code).toBe('STORE_UNAVAILABLE');
    const message = (error as Error).message;
    expect(message).toContain('onlyBuiltDependencies');
    expect(message).toContain('pnpm approve-builds');
    expect(message).toMatch(/python3, make and a C\+\+ compiler/);
    // The original error stays reachable for whoever debugs further.
    expect(((error as Error).cause as Error).message).toMatch(/^Could not locate the bindings file/);
  });

  it('reaches a platform calling createHost with the same hint', async () => {
    const error: unknown = await createHost({ store: { sqlite: ':memory:' }, plugins: [], connectors: [] }).catch((thrown: unknown) => thrown);
    expect(isHostError(error) && error.code).toBe('STORE_UNAVAILABLE');
    expect((error as Error).message).toContain('onlyBuiltDependencies');
  });
});
