import { readFileSync } from 'node:fs';
import type { RegistrarPluginManifest } from '@registrar-kit/sdk';

/**
 * The plugin's own manifest (one level above both `src/` and `dist/`). Handlers validate their
 * input against its TLD rules again, so bad input never reaches the wire even when a caller
 * skipped the host's validation.
 */
export const MANIFEST = JSON.parse(readFileSync(new URL('../registrar-plugin.json', import.meta.url), 'utf8')) as RegistrarPluginManifest;
