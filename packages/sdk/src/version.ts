import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The version of this copy of `@registrar-kit/sdk`; hosts check plugin `sdk` ranges against it. */
export const SDK_VERSION: string = (require('../package.json') as { version: string }).version;

/** The manifest formats this sdk understands. */
export const SUPPORTED_MANIFEST_VERSIONS: readonly number[] = [1];

/** The JSON Schema of `registrar-plugin.json` (also exported as `@registrar-kit/sdk/manifest.schema.json`). */
export const manifestSchema: Record<string, unknown> = require('../manifest.schema.json') as Record<string, unknown>;
