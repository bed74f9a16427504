import { readFileSync } from 'node:fs';
import type { RegistrarPluginManifest } from '@registrar-kit/sdk';

/**
 * The plugin's own manifest, read once: its TLD rules are what the handlers validate input
 * against (the same rules the host applies before routing). `../registrar-plugin.json` resolves
 * from `src/` and from `dist/` alike.
 */
export const manifest = JSON.parse(readFileSync(new URL('../registrar-plugin.json', import.meta.url), 'utf8')) as RegistrarPluginManifest;
