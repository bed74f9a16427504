// Generates src/schema-validators.generated.ts: the validators of the sdk's fixed schemas (the
// manifest schema and ajv's draft 2020-12 meta-schema), compiled at build time with ajv's
// standalone code generation instead of at every start. The schemas are the source of truth;
// src/schema-validators.test.ts fails when the committed file is stale.
//
// `standaloneModule` is also what the host's generator uses for its configuration schema, so every
// precompiled validator comes from an ajv configured exactly like the sdk's run-time one.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Ajv2020 } = require('ajv/dist/2020.js');
const standaloneCode = require('ajv/dist/standalone').default;
const addFormats = require('ajv-formats').default;

/** The id of the meta-schema ajv checks every schema against before compiling it. */
export const META_SCHEMA_ID = 'https://json-schema.org/draft/2020-12/schema';

/**
 * The options of the sdk's run-time ajv (`schemaCompiler()` in src/json-schema.ts; a test checks
 * that they agree). Standalone code is only valid for the options it was generated with.
 */
export const AJV_OPTIONS = { allErrors: true, strict: false, useDefaults: false };

function generatingAjv() {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: true, lines: true } });
  addFormats(ajv);
  ajv.addKeyword({ keyword: 'x-secret', schemaType: 'boolean' });
  return ajv;
}

/**
 * A TypeScript module (ESM, type-checking off, typed exports) exporting one precompiled validator
 * per entry of `validators`: a schema object, or the id of a schema ajv already knows (the
 * meta-schema).
 */
export function standaloneModule({ banner, validators }) {
  const ajv = generatingAjv();
  const refs = {};
  for (const [name, schema] of Object.entries(validators)) {
    if (typeof schema === 'string') {
      refs[name] = schema;
    } else {
      ajv.addSchema(schema, `#${name}`);
      refs[name] = `#${name}`;
    }
  }
  const code = standaloneCode(ajv, refs)
    .replace(/^"use strict";\n/, '')
    .replace(/^export const (\w+) = (\w+);$/gm, 'export const $1 = $2 as unknown as ValidateFunction;');
  return [
    `/* ${banner} Do not edit. */`,
    '// @ts-nocheck',
    "import { createRequire } from 'node:module';",
    "import type { ValidateFunction } from 'ajv/dist/2020.js';",
    '',
    '// The generated code loads ajv\'s small run-time helpers (string length, deep equality) with require.',
    'const require = createRequire(import.meta.url);',
    '',
    code.trimEnd(),
    '',
  ].join('\n');
}

export async function generateSdkValidators() {
  const manifestSchema = JSON.parse(await readFile(new URL('../manifest.schema.json', import.meta.url), 'utf8'));
  return standaloneModule({
    banner: "Generated from manifest.schema.json and ajv's draft 2020-12 meta-schema by scripts/generate-validators.mjs.",
    validators: { validateManifestSchema: manifestSchema, validateMetaSchema: META_SCHEMA_ID },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(new URL('../src/schema-validators.generated.ts', import.meta.url), await generateSdkValidators());
}
