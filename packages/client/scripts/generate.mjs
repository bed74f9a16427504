// `pnpm --filter @registrar-kit/client generate`: writes src/schema.generated.ts (the API's types) from the
// server's committed OpenAPI document. `--check` writes nothing and exits 1 when src/schema.generated.ts is
// not what the document gives (the client test runs it, so a stale schema fails the tests).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const documentPath = createRequire(import.meta.url).resolve('@registrar-kit/server/openapi.json');
const target = fileURLToPath(new URL('../src/schema.generated.ts', import.meta.url));
const banner = '// Generated from @registrar-kit/server/openapi.json by `pnpm --filter @registrar-kit/client generate`: do not edit.\n\n';

const document = JSON.parse(readFileSync(documentPath, 'utf8'));
const text = banner + astToString(await openapiTS(document, { alphabetize: true, emptyObjectsUnknown: true }));

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // No schema yet: stale by definition.
  }
  if (current !== text) {
    console.error('packages/client/src/schema.generated.ts is stale: run pnpm --filter @registrar-kit/client generate');
    process.exitCode = 1;
  }
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
