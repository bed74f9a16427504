// Generates src/config-validator.generated.ts from config.schema.json: the configuration's
// validator compiled at build time with ajv's standalone code generation, by the sdk's generator
// (same ajv, same options as the sdk's run-time validation). The schema is the source of truth;
// src/config-validator.test.ts fails when the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { standaloneModule } from '../../sdk/scripts/generate-validators.mjs';

export async function generateConfigValidator() {
  const configSchema = JSON.parse(await readFile(new URL('../config.schema.json', import.meta.url), 'utf8'));
  return standaloneModule({
    banner: 'Generated from config.schema.json by scripts/generate-config-validator.mjs.',
    validators: { validateConfigSchema: configSchema },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(new URL('../src/config-validator.generated.ts', import.meta.url), await generateConfigValidator());
}
