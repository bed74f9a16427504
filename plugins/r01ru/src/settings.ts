import type { PayType } from './protocol/templates.js';

/** Instance settings, validated by the host against the manifest's settings schema. */
export interface R01Settings {
  /** Partner agreement number (`agreement:` line), e.g. `RP/01/00`. */
  agreement: string;
  /** The mail-interface password (`password:` line). Secret: it appears nowhere else. */
  mailPassword: string;
  /** R01's request mailbox, from the partner documentation. */
  requestAddress: string;
  /** R01's sender addresses (`robot@…`) or domains (`@…`); replies from anyone else are refused. */
  allowedSenders?: string[];
  /** `pay-type:` line; default `real`. */
  payType?: PayType;
}

export const DEFAULT_PAY_TYPE: PayType = 'real';

/** Same rule as the host's inbound intake: an address, or `@domain` for any sender of that domain. */
export function senderAllowed(sender: string | undefined, allowed: readonly string[] | undefined): boolean {
  if (allowed === undefined || allowed.length === 0) return true;
  if (sender === undefined) return false;
  const s = sender.toLowerCase();
  return allowed.some((pattern) => {
    const p = pattern.toLowerCase();
    return p.startsWith('@') ? s.endsWith(p) : s === p;
  });
}
