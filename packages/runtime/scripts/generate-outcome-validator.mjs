// Generates src/answer-validators.generated.ts from outcome.schema.json: one precompiled validator
// per kind of plugin answer (outcome, reconcile, poll, message), made by the sdk's generator so
// they behave exactly like the sdk's run-time ajv. The schema is the source of truth;
// src/answers.test.ts fails when the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { standaloneModule } from '../../sdk/scripts/generate-validators.mjs';

// Envelopes (poll lists, message results) are checked in code around these, so that a problem is
// reported for the one outcome it is in; outcome.schema.json still describes them whole.
export const ANSWER_KINDS = ['doneOutcome', 'pendingOutcome', 'failedOutcome', 'notReceived', 'unknown', 'messageUnmatched'];

// The operations whose done(result) is checked against outcome.schema.json#/$defs/results/<op>.
export const RESULT_OPERATIONS = ['createHost', 'updateHost', 'deleteHost', 'restore', 'approveTransferOut', 'rejectTransferOut', 'resendTransferConfirmation', 'listDomains', 'listTlds'];

export async function generateAnswerValidators() {
  const root = JSON.parse(await readFile(new URL('../outcome.schema.json', import.meta.url), 'utf8'));
  // The root schema is registered once; each validator is a reference into its $defs, so the
  // shared definitions (the outcome, the error) are compiled once.
  const validators = { plugin_answers: root };
  for (const kind of ANSWER_KINDS) validators[`validate${kind[0].toUpperCase()}${kind.slice(1)}`] = `${root.$id}#/$defs/${kind}`;
  for (const op of RESULT_OPERATIONS) validators[`validate${op[0].toUpperCase()}${op.slice(1)}Result`] = `${root.$id}#/$defs/results/properties/${op}`;
  return standaloneModule({ banner: 'Generated from outcome.schema.json by scripts/generate-outcome-validator.mjs.', validators });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(new URL('../src/answer-validators.generated.ts', import.meta.url), await generateAnswerValidators());
}
