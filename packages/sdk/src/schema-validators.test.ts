import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { compileSchema, schemaCompiler, validateWithSchema } from './json-schema.js';
import { validateManifest } from './manifest.js';
import { validateManifestSchema, validateMetaSchema } from './schema-validators.generated.js';
import { manifestSchema } from './version.js';

interface Generator {
  AJV_OPTIONS: Record<string, unknown>;
  META_SCHEMA_ID: string;
  generateSdkValidators(): Promise<string>;
}
const generator = (): Promise<Generator> => import(new URL('../scripts/generate-validators.mjs', import.meta.url).href) as Promise<Generator>;

/** An ajv that compiles everything itself, configured like the sdk's: what the sdk did before precompiling. */
function referenceAjv(options: Record<string, unknown>): Ajv2020 {
  const ajv = new Ajv2020(options);
  const addFormats = (addFormatsModule as unknown as { default: (a: Ajv2020) => void }).default;
  addFormats(ajv);
  ajv.addKeyword({ keyword: 'x-secret', schemaType: 'boolean' });
  return ajv;
}

const errorsOf = (validate: ValidateFunction, value: unknown): ErrorObject[] | null | undefined => (validate(value) ? null : structuredClone(validate.errors));
const compileError = (compile: () => unknown): string => {
  try {
    compile();
    return 'compiled';
  } catch (error) {
    return (error as Error).message;
  }
};

const example = JSON.parse(readFileSync(new URL('../examples/registrar-plugin.json', import.meta.url), 'utf8')) as Record<string, any>;

describe('precompiled schema validators', () => {
  it('are generated from the schemas and up to date (run scripts/generate-validators.mjs)', async () => {
    const committed = readFileSync(new URL('./schema-validators.generated.ts', import.meta.url), 'utf8');
    expect(await (await generator()).generateSdkValidators()).toBe(committed);
  });

  it('were generated with the options of the run-time compiler', async () => {
    const { AJV_OPTIONS } = await generator();
    const opts = schemaCompiler().opts as unknown as Record<string, unknown>;
    for (const [option, value] of Object.entries(AJV_OPTIONS)) expect(opts[option]).toEqual(value);
  });

  it('report exactly what a run-time compiled manifest validator reports', async () => {
    const reference = referenceAjv((await generator()).AJV_OPTIONS).compile(manifestSchema);
    const broken: unknown[] = [null, 42, [], {}, example];
    const set = (mutate: (m: Record<string, any>) => void): void => {
      const m = structuredClone(example);
      mutate(m);
      broken.push(m);
    };
    set((m) => (m.operations.register.mode = 'sometimes'));
    set((m) => delete m.operations.info);
    set((m) => (m.id = 'Bad Id'));
    set((m) => (m.surprise = true));
    set((m) => (m.operations.renew = { mode: 'auto' }));
    set((m) => (m.transports = ['https', 'https', 'pigeon']));
    set((m) => (m.tlds = { '*': { registerPeriods: [], nameservers: { min: -1 } } }));
    set((m) => (m.version = 'one'));
    set((m) => (m.settings = 'none'));
    for (const value of broken) expect(errorsOf(validateManifestSchema, value)).toEqual(errorsOf(reference, value));
    expect(validateManifest(broken.at(-1)).errors).toEqual([{ path: '/settings', message: 'must be object' }]);
  });

  it('check schemas against the meta-schema exactly as ajv does', async () => {
    const options = (await generator()).AJV_OPTIONS;
    const reference = referenceAjv(options);
    // The sdk's compiler checks schemas with the precompiled meta-schema validator.
    expect(schemaCompiler().getSchema((await generator()).META_SCHEMA_ID)).toBe(validateMetaSchema);
    const schemas: unknown[] = [
      { type: 'object', properties: { apiKey: { type: 'string', minLength: 4, writeOnly: true } }, required: ['apiKey'] },
      { type: 'nope' },
      { properties: 5, required: 'apiKey', minLength: -1 },
      { type: 'object', properties: { a: { type: ['string', 'string'] } }, additionalProperties: { enum: 3 } },
      { $ref: '#/$defs/missing' },
      { type: 'string', pattern: '(' },
      { $defs: { a: { $dynamicRef: 5 } }, items: { $anchor: '1a' } },
      { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'integer', maximum: 'ten' },
    ];
    for (const schema of schemas) {
      // Fresh copies: each compiler sees each schema once.
      expect(compileError(() => schemaCompiler().compile(structuredClone(schema) as object))).toBe(compileError(() => reference.compile(structuredClone(schema) as object)));
      expect(schemaCompiler().validateSchema(structuredClone(schema) as object)).toBe(reference.validateSchema(structuredClone(schema) as object));
      expect(schemaCompiler().errors).toEqual(reference.errors);
    }
    expect(compileError(() => compileSchema({ type: 'nope' }))).toMatch(/^schema is invalid: data\/type must be equal to one of the allowed values/);
  });

  it('compile a schema once per content, so equal schemas share a validator', () => {
    const schema = { type: 'object', properties: { apiKey: { type: 'string', minLength: 4 } }, required: ['apiKey'] };
    expect(compileSchema(structuredClone(schema))).toBe(compileSchema(structuredClone(schema)));
    expect(compileSchema(manifestSchema)).toBe(validateManifestSchema);
    expect(validateWithSchema(structuredClone(schema), { apiKey: 'ab' }, '/settings')).toEqual([{ path: '/settings/apiKey', message: 'must NOT have fewer than 4 characters' }]);
  });
});
