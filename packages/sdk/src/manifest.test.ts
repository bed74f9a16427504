import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSdkRange, tldRulesFor, validateManifest, type RegistrarPluginManifest } from './manifest.js';
import { manifestSchema, SDK_VERSION } from './version.js';

const example = JSON.parse(readFileSync(new URL('../examples/registrar-plugin.json', import.meta.url), 'utf8')) as RegistrarPluginManifest;
const clone = (): RegistrarPluginManifest => structuredClone(example);
const paths = (r: { errors: { path: string }[] }): string[] => r.errors.map((e) => e.path);

describe('manifest schema', () => {
  it('is the file the package exports, unchanged unless on purpose', () => {
    const file = JSON.parse(readFileSync(new URL('../manifest.schema.json', import.meta.url), 'utf8')) as unknown;
    expect(file).toEqual(manifestSchema);
    expect(file).toMatchSnapshot();
  });

  it('accepts the example manifest without errors or warnings', () => {
    const result = validateManifest(example, { packageJson: { version: '1.0.0' }, sdkVersion: '0.1.0' });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.manifest?.id).toBe('example');
  });

  it('reports every schema error with a JSON pointer', () => {
    const m = clone() as unknown as Record<string, any>;
    m.operations.register.mode = 'sometimes';
    delete m.operations.info;
    m.id = 'Bad Id';
    m.surprise = true;
    const result = validateManifest(m, { sdkVersion: '0.1.0' });
    expect(result.manifest).toBeUndefined();
    expect(paths(result)).toEqual(expect.arrayContaining(['/operations/register/mode', '/operations/info', '/id', '/surprise']));
  });

  it('requires a completion for auto operations', () => {
    const m = clone() as unknown as Record<string, any>;
    delete m.operations.register.completion;
    expect(paths(validateManifest(m, { sdkVersion: '0.1.0' }))).toContain('/operations/register/completion');
  });

  it('rejects manifest versions it does not know', () => {
    const result = validateManifest({ ...clone(), manifestVersion: 2 });
    expect(result.errors[0]?.path).toBe('/manifestVersion');
    expect(result.errors[0]?.message).toContain('not supported');
  });
});

describe('manifest semantic rules', () => {
  const opts = { sdkVersion: '0.1.0' };
  it('version must equal package.json', () => {
    const r = validateManifest(clone(), { ...opts, packageJson: { version: '1.0.1' } });
    expect(r.errors).toEqual([expect.objectContaining({ path: '/version', message: expect.stringContaining('1.0.1') })]);
  });

  it.each([
    ['*', 'must pin a major'],
    ['>=0.1.0', 'must pin a major'],
    ['^0.1.0 || ^1.0.0', 'must pin a major'],
    ['^0.2.0', 'not satisfied'],
    ['banana', 'not a semver range'],
  ])('sdk range %s: %s', (range, message) => {
    const r = validateManifest({ ...clone(), sdk: range }, opts);
    expect(r.errors).toEqual([expect.objectContaining({ path: '/sdk', message: expect.stringContaining(message) })]);
  });

  it('accepts caret and tilde ranges within one major', () => {
    expect(checkSdkRange('^1.2.0', '1.9.0')).toEqual([]);
    expect(checkSdkRange('~0.1.3', '0.1.4')).toEqual([]);
    expect(checkSdkRange('^1.2.0', '2.0.0')[0]?.message).toContain('not satisfied');
  });

  it('poll completion needs a polling policy', () => {
    const m = clone();
    delete m.polling;
    expect(paths(validateManifest(m, opts))).toEqual(['/operations/transfer/completion']);
  });

  it('message completion needs an inbound channel', () => {
    const m = clone();
    m.operations.register = { mode: 'auto', completion: 'message' };
    expect(paths(validateManifest(m, opts))).toEqual(['/operations/register/completion']);
    m.inbound = { mail: true };
    expect(validateManifest(m, opts).errors).toEqual([]);
  });

  it('the recommended interval is not below the minimum', () => {
    const m = clone();
    m.polling = { minIntervalSeconds: 300, recommendedIntervalSeconds: 60 };
    expect(paths(validateManifest(m, opts))).toEqual(['/polling/recommendedIntervalSeconds']);
  });

  it('a bypass names an existing check and operation', () => {
    const m = clone() as unknown as Record<string, any>;
    m.conformance.bypass = [{ check: 'fault-timeout', operation: 'teleport', reason: 'no such operation exists here' }];
    expect(paths(validateManifest(m, opts))).toEqual(['/conformance/bypass/0/operation']);
    m.conformance.bypass = [{ check: 'vibes', reason: 'not a check of the conformance suite' }];
    expect(paths(validateManifest(m, opts))).toEqual(['/conformance/bypass/0/check']);
  });

  it('name-server min must not exceed max', () => {
    const m = clone();
    m.tlds = { de: { nameservers: { min: 5, max: 2 } } };
    expect(paths(validateManifest(m, opts))).toEqual(['/tlds/de/nameservers/min']);
  });

  it('settings and extra-field schemas must be valid JSON Schemas', () => {
    const m = clone();
    m.settings = { type: 'object', properties: { a: { type: 'strnig' } } };
    m.tlds = { aero: { extraFields: { type: 42 } } };
    expect(paths(validateManifest(m, opts)).sort()).toEqual(['/settings', '/tlds/aero/extraFields']);
  });

  it('custom operations cannot shadow standard ones', () => {
    const m = clone();
    m.customOperations = { register: { mode: 'auto', completion: 'sync', description: 'x', input: { type: 'object' } } };
    expect(paths(validateManifest(m, opts))).toEqual(['/customOperations/register']);
  });

  it('warns about an unsupported operation without a reason and a missing feature', () => {
    const m = clone();
    m.operations.setDnssec = { mode: 'unsupported' };
    m.operations.setWhoisPrivacy = { mode: 'auto', completion: 'sync' };
    const r = validateManifest(m, opts);
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.path).sort()).toEqual(['/features/whoisPrivacy', '/operations/setDnssec/reason']);
  });

  it('checks the sdk range against this sdk by default', () => {
    expect(validateManifest({ ...clone(), sdk: `^${SDK_VERSION}` }).errors).toEqual([]);
  });
});

describe('TLD rules', () => {
  it('overlay the * defaults with the TLD entry', () => {
    const rules = tldRulesFor(example, 'aero');
    expect(rules.nameservers).toEqual({ min: 2, max: 13 });
    expect(rules.extraFields).toBeDefined();
    expect(tldRulesFor(example, 'com').extraFields).toBeUndefined();
  });
});
