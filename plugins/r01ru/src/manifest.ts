import { createRequire } from 'node:module';
import { checkOperationInput, invalidInput, type OperationInputs, type RegistrarError, type RegistrarPluginManifest } from '@registrar-kit/sdk';

// The manifest sits at the package root, one level above both src/ and dist/.
const require = createRequire(import.meta.url);

/** This plugin's registrar-plugin.json: the TLD rules the plugin checks again before any mail. */
export const manifest = require('../registrar-plugin.json') as RegistrarPluginManifest;

/**
 * The host validates inputs against the manifest before routing; the plugin checks again so that
 * nothing the TLD rules forbid can reach the wire, whoever calls it.
 */
export function checkInput<K extends keyof OperationInputs>(operation: K, input: OperationInputs[K]): { value: OperationInputs[K] } | { error: RegistrarError } {
  const { value, issues } = checkOperationInput(manifest, operation, input);
  if (value === undefined) return { error: invalidInput(issues) };
  return { value: value as OperationInputs[K] };
}
