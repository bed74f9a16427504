import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { VERSIONS } from './versions.js';

const require = createRequire(import.meta.url);
type Pkg = { version: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
const read = async (file: string): Promise<Pkg> => JSON.parse(await readFile(file, 'utf8')) as Pkg;

describe('the versions a scaffolded package depends on', () => {
  it("match this monorepo's packages and tools", async () => {
    const root = await read(new URL('../../../package.json', import.meta.url).pathname);
    const sdk = await read(require.resolve('@registrar-kit/sdk/package.json'));
    const conformance = await read(require.resolve('@registrar-kit/conformance/package.json'));
    expect(VERSIONS).toEqual({
      sdk: sdk.version,
      conformance: conformance.version,
      msw: root.devDependencies?.msw,
      vitest: root.devDependencies?.vitest,
      typescript: root.devDependencies?.typescript,
      typesNode: root.devDependencies?.['@types/node'],
      fastXmlParser: conformance.dependencies?.['fast-xml-parser'],
    });
  });
});
