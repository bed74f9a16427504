import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ErrorIssue } from './errors.js';

// ajv-formats is CommonJS; its default export arrives wrapped under NodeNext.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

let shared: Ajv2020 | undefined;

/**
 * The one ajv instance of the sdk (draft 2020-12, all errors, formats, the `x-secret`
 * annotation). Compiled validators are cached per schema object, so each schema compiles once.
 */
export function schemaCompiler(): Ajv2020 {
  if (shared === undefined) {
    shared = new Ajv2020({ allErrors: true, strict: false, useDefaults: false });
    (addFormats as unknown as (ajv: Ajv2020) => void)(shared);
    shared.addKeyword({ keyword: 'x-secret', schemaType: 'boolean' });
  }
  return shared;
}

const cache = new WeakMap<object, ValidateFunction>();

/** Compiles (once) and returns a validator, or throws with ajv's reason when the schema is invalid. */
export function compileSchema(schema: object): ValidateFunction {
  let fn = cache.get(schema);
  if (fn === undefined) {
    fn = schemaCompiler().compile(schema);
    cache.set(schema, fn);
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
