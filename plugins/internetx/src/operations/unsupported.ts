import { failed, operationSpec, type FailedOutcome, type OperationName } from '@registrar-kit/sdk';
import { manifest } from '../manifest.js';

/**
 * A refusal for an operation the manifest declares unsupported, with the manifest's reason, sent
 * without any traffic. The host refuses these itself; the handler makes sure that a direct call
 * (e.g. a renewal, which the registrar does on its own) can never reach the gateway.
 */
export function refuse(operation: OperationName): () => Promise<FailedOutcome> {
  const spec = operationSpec(manifest, operation);
  const reason = spec.reason ?? 'unsupported';
  return async () => failed('UNSUPPORTED', `${operation} is not supported by this registrar connection (${reason})`, { detail: spec.note ?? reason });
}
