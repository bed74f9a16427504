// Writes openapi.json: the OpenAPI 3.1 document of API v1 exactly as the built routes produce it
// (a test fails when the committed file and the served document differ). Run after `tsc -b`.
import { writeFileSync } from 'node:fs';
import { createHost } from '@registrar-kit/host';
import { openApiDocument } from '../dist/index.js';

const host = await createHost({ store: { sqlite: ':memory:' }, plugins: [], connectors: [] });
try {
  const document = await openApiDocument(host);
  writeFileSync(new URL('../openapi.json', import.meta.url), `${JSON.stringify(document, null, 2)}\n`);
} finally {
  await host.close();
}
