// Generates src/manifest.generated.ts from manifest.schema.json. The schema is the source of
// truth; src/manifest-types.test.ts fails when the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';

export async function generateManifestTypes() {
  const schema = JSON.parse(await readFile(new URL('../manifest.schema.json', import.meta.url), 'utf8'));
  const ts = await compile(schema, 'RegistrarPluginManifest', {
    bannerComment: '/* Generated from manifest.schema.json by scripts/generate-manifest-types.mjs. Do not edit. */',
    additionalProperties: false,
    unreachableDefinitions: false,
    ignoreMinAndMaxItems: true,
    style: { singleQuote: true },
  });
  // Validation keywords are the schema's business; typedoc does not know these tags.
  return ts.replace(/\n\s*\*\s*@(minItems|maxItems) \d+\n\s*\*\//g, '\n   */').replace(/\n\s*\/\*\*\n\s*\*\/\n/g, '\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(new URL('../src/manifest.generated.ts', import.meta.url), await generateManifestTypes());
}
