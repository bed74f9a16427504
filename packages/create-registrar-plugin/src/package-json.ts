import type { PluginIdentity } from './manifest.js';
import { TRANSPORT_SPECS } from './transports.js';
import { caret, VERSIONS } from './versions.js';

/** The npm name of a scaffolded plugin. */
export const packageName = (id: string): string => `registrar-plugin-${id}`;

/** The scaffold's `package.json`: build before test, the suite as a script, versions of this release. */
export function buildPackageJson({ id, name, transport }: PluginIdentity): Record<string, unknown> {
  return {
    name: packageName(id),
    version: '0.1.0',
    description: `registrar-kit plugin for ${name}.`,
    license: 'UNLICENSED',
    type: 'module',
    engines: { node: '>=20.19' },
    keywords: ['registrar-kit-plugin'],
    exports: {
      '.': { types: './dist/index.d.ts', import: './dist/index.js' },
      './registrar-plugin.json': './registrar-plugin.json',
      './package.json': './package.json',
    },
    main: './dist/index.js',
    types: './dist/index.d.ts',
    files: ['dist', 'registrar-plugin.json', 'cassettes', 'README.md'],
    scripts: {
      build: 'tsc -p tsconfig.json',
      // The suite loads the plugin from dist/, as a host does: build first, so tests never see a stale dist/.
      pretest: 'tsc -p tsconfig.json',
      test: 'vitest run',
      conformance: 'registrar-conformance .',
    },
    dependencies: {
      '@registrar-kit/sdk': caret(VERSIONS.sdk),
      ...TRANSPORT_SPECS[transport].dependencies,
    },
    devDependencies: {
      '@registrar-kit/conformance': caret(VERSIONS.conformance),
      '@types/node': VERSIONS.typesNode,
      msw: VERSIONS.msw,
      typescript: VERSIONS.typescript,
      vitest: VERSIONS.vitest,
    },
  };
}
