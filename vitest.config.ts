import { defineConfig } from 'vitest/config';

// Tests read workspace packages from src/ through the "@registrar-kit/source" export
// condition, so a change is tested without a rebuild; published exports point at dist/.
// The rest is vite's default server condition list.
const conditions = ['@registrar-kit/source', 'module', 'node', 'development|production'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['@registrar-kit/source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'plugins/*/src/**/*.test.ts', 'plugins/*/test/**/*.test.ts', 'conformance/src/**/*.test.ts', 'conformance/test/**/*.test.ts', 'tests/*/src/**/*.test.ts', 'tests/*/test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 20_000,
    pool: 'forks',
    // A throwaway PostgreSQL on loopback for the PostgreSQL store tests (or RK_PG_URL's server).
    globalSetup: ['packages/host/src/test-support/postgres-global-setup.ts'],
  },
});
