import {
  checkOperationInput,
  failed,
  invalidInput,
  type ErrorIssue,
  type FailedOutcome,
  type OperationContext,
  type OperationInputs,
  type PluginContext,
} from '@registrar-kit/sdk';
import { manifest } from '../manifest.js';
import type { InternetXSettings } from '../settings.js';

export type Ctx = OperationContext<InternetXSettings>;

/** Values that must never leave the plugin in an error detail or log line. */
export function secretsOf(ctx: PluginContext<InternetXSettings>): string[] {
  return [ctx.settings.password].filter((s) => typeof s === 'string' && s !== '');
}

/**
 * Validates an input against the manifest's TLD rules and the model (the host did so already;
 * the plugin checks again because bad input must never reach the wire), then against the
 * registrar's own limits. Every issue is reported at once, each naming its field.
 */
export function validated<K extends keyof OperationInputs>(
  operation: K,
  input: unknown,
  registrarIssues: (value: OperationInputs[K]) => ErrorIssue[] = () => [],
): { value: OperationInputs[K] } | { error: FailedOutcome } {
  const checked = checkOperationInput(manifest, operation, input);
  if (checked.value === undefined) return { error: failed(invalidInput(checked.issues)) };
  const value = checked.value as OperationInputs[K];
  const issues = registrarIssues(value);
  return issues.length > 0 ? { error: failed(invalidInput(issues)) } : { value };
}
