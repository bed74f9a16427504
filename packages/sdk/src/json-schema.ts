import { createRequire } from 'node:module';
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type * as Ajv2020Module from 'ajv/dist/2020.js';
import type { ErrorIssue } from './errors.js';
import { validateManifestSchema, validateMetaSchema } from './schema-validators.generated.js';
import { manifestSchema } from './version.js';

// ajv (its compiler, vocabularies and ajv-formats) takes tens of milliseconds to load. The fixed
// schemas are compiled at build time (schema-validators.generated.ts, scripts/generate-validators.mjs),
// so ajv itself is loaded, synchronously, only when a schema known at run time needs compiling.
const require = createRequire(import.meta.url);

/** The draft 2020-12 meta-schema every schema is checked against before it is compiled. */
const META_SCHEMA_ID = 'https://json-schema.org/draft/2020-12/schema';

/** The options of the sdk's ajv; the precompiled validators were generated with the same ones. */
const AJV_OPTIONS = { allErrors: true, strict: false, useDefaults: false } as const;

let shared: Ajv2020 | undefined;

/**
 * The one ajv instance of the sdk (draft 2020-12, all errors, formats, the `x-secret`
 * annotation), created on first use. {@link compileSchema} caches what it compiles per schema
 * object and per content, so each schema compiles once.
 */
export function schemaCompiler(): Ajv2020 {
  if (shared === undefined) {
    const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as typeof Ajv2020Module;
    // ajv-formats is CommonJS; its default export arrives wrapped.
    const formats = require('ajv-formats') as { default: (ajv: Ajv2020) => Ajv2020 };
    const ajv = new Ajv(AJV_OPTIONS);
    formats.default(ajv);
    ajv.addKeyword({ keyword: 'x-secret', schemaType: 'boolean' });
    // The meta-schema's validator is precompiled too: ajv uses it as if it had compiled it itself
    // (same options, same code), which spares compiling the meta-schema before the first schema.
    const meta = ajv.schemas[META_SCHEMA_ID];
    if (meta !== undefined && meta.validate === undefined) {
      Object.assign(validateMetaSchema, { schema: meta.schema, schemaEnv: meta });
      meta.validate = validateMetaSchema;
    }
    shared = ajv;
  }
  return shared;
}

const cache = new WeakMap<object, ValidateFunction>([[manifestSchema, validateManifestSchema]]);
/** Schemas equal in content share one validator (two instances of a plugin, one settings schema). */
const byContent = new Map<string, ValidateFunction>();

function contentKey(schema: object): string | undefined {
  try {
    return JSON.stringify(schema);
  } catch {
    return undefined;
  }
}

/** Compiles (once) and returns a validator, or throws with ajv's reason when the schema is invalid. */
export function compileSchema(schema: object): ValidateFunction {
  // Callers with unchecked input may pass a boolean schema, which no WeakMap can hold.
  const isObject = typeof schema === 'object' && schema !== null;
  let fn = isObject ? cache.get(schema) : undefined;
  if (fn === undefined) {
    const key = contentKey(schema);
    fn = key === undefined ? undefined : byContent.get(key);
    if (fn === undefined) {
      fn = schemaCompiler().compile(schema);
      if (key !== undefined) byContent.set(key, fn);
    }
    if (isObject) cache.set(schema, fn);
  }
  return fn;
}

/** Turns ajv errors into `{ path, message }` with JSON pointers that name the offending field. */
export function toIssues(errors: readonly ErrorObject[] | null | undefined, base = ''): ErrorIssue[] {
  const out: ErrorIssue[] = [];
  const seen = new Set<string>();
  for (const e of errors ?? []) {
    // "if/then" wrappers repeat the inner error; keep the precise one.
    if (e.keyword === 'if') continue;
    let path = `${base}${e.instancePath}`;
    let message = e.message ?? 'is invalid';
    if (e.keyword === 'required') {
      path = `${path}/${String((e.params as { missingProperty: string }).missingProperty)}`;
      message = 'is required';
    } else if (e.keyword === 'additionalProperties') {
      path = `${path}/${String((e.params as { additionalProperty: string }).additionalProperty)}`;
      message = 'is not a known property';
    } else if (e.keyword === 'enum') {
      message = `must be one of ${((e.params as { allowedValues: unknown[] }).allowedValues).map((v) => JSON.stringify(v)).join(', ')}`;
    } else if (e.keyword === 'const') {
      message = `must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
    }
    const key = `${path}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path: path === '' ? '/' : path, message });
  }
  return out;
}

/** Validates a value against a JSON Schema and returns every issue (empty when valid). */
export function validateWithSchema(schema: object, value: unknown, base = ''): ErrorIssue[] {
  const fn = compileSchema(schema);
  return fn(value) ? [] : toIssues(fn.errors, base);
}
