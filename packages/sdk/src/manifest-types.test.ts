import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('manifest TypeScript types', () => {
  it('are generated from the schema and up to date (run scripts/generate-manifest-types.mjs)', async () => {
    const { generateManifestTypes } = (await import(new URL('../scripts/generate-manifest-types.mjs', import.meta.url).href)) as {
      generateManifestTypes(): Promise<string>;
    };
    const committed = readFileSync(new URL('./manifest.generated.ts', import.meta.url), 'utf8');
    expect(await generateManifestTypes()).toBe(committed);
  });
});
