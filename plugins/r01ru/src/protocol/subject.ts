/**
 * Our correlation token. R01 answers the sender and (modelled) keeps the subject as "Re: …", so
 * the token `[RK:<operation id>:<stage>]` in the subject ties a reply to the request that caused
 * it. The same string without brackets is the pending ref the host stores.
 */

/** The request a token stands for: one stage of one host operation. */
export type Stage = 'client' | 'domain' | 'prolong' | 'update';

export const STAGES: readonly Stage[] = ['client', 'domain', 'prolong', 'update'];

export interface Token {
  operationId: string;
  stage: Stage;
}

const TOKEN = /\[RK:([A-Za-z0-9_.-]{1,128}):(client|domain|prolong|update)\]/i;

/** `[RK:op-0001:client]` */
export function formatToken(token: Token): string {
  return `[RK:${token.operationId}:${token.stage}]`;
}

/** The pending ref for a token: `op-0001:client`. */
export function refOf(token: Token): string {
  return `${token.operationId}:${token.stage}`;
}

/** Finds our token anywhere in a text (a subject, a quoted original request). */
export function findToken(text: string): Token | undefined {
  const m = TOKEN.exec(text);
  if (m === null) return undefined;
  return { operationId: m[1]!, stage: m[2]!.toLowerCase() as Stage };
}

/** Operation ids that fit a token; the host's ids (ULIDs, UUIDs, `op-0001`) all do. */
export function isTokenSafe(operationId: string): boolean {
  return /^[A-Za-z0-9_.-]{1,128}$/.test(operationId);
}
