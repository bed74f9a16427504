/**
 * The documented bounds on what a caller may send. Every value past one is refused with an
 * INVALID_INPUT error naming the field, before anything is stored or a plugin runs: a stranger's
 * 10 MB field must cost the host neither disk nor a plugin call.
 */
export const INPUT_LIMITS = {
  /** A domain name in A-label form (RFC 1035 §2.3.4 less the root dot; RFC 5890). */
  domainOctets: 253,
  /** One label in A-label form (RFC 1035 §2.3.4). */
  labelOctets: 63,
  /**
   * Characters of the name as given, before UTS #46 mapping. Mapping can only drop characters
   * (soft hyphens, variation selectors) or shorten full-width ones, so a longer input is refused
   * without being mapped.
   */
  domainInputChars: 1024,
  /** `idempotencyKey`: a non-empty printable string. */
  idempotencyKeyChars: 255,
  /** `orderId` and `customerId`: non-empty printable strings. */
  referenceChars: 255,
  /** The whole operation input serialized as JSON (UTF-8 bytes). */
  inputBytes: 64 * 1024,
  /** A contact's `extra` object serialized as JSON (UTF-8 bytes). */
  contactExtraBytes: 4 * 1024,
  /** Glue addresses per family (IPv4, IPv6) of one child name server (`createHost`, `updateHost`). */
  hostAddresses: 13,
  /** `rejectTransferOut`'s `reason`: printable text. */
  reasonChars: 500,
  /** The `cursor` of `listDomains` / `listTlds`: a non-empty printable string. */
  cursorChars: 1024,
  /** The largest `limit` of one `listDomains` page. */
  pageLimit: 1000,
  /** A value shown in a refusal or an Action Log entry: longer ones are cut to this many characters. */
  shownChars: 100,
} as const;

/**
 * A bounded, printable form of a value the caller sent, for error messages and the Action Log:
 * the first {@link INPUT_LIMITS.shownChars} characters and the length, never the whole of it.
 */
export function clipText(value: string, max: number = INPUT_LIMITS.shownChars): string {
  return value.length <= max ? value : `${value.slice(0, max)}… (${value.length} characters)`;
}

/** A JSON pointer segment for a key the caller chose (escaped, and bounded in length). */
export function pointerSegment(key: string): string {
  return clipText(key, 64).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** C0/C1 controls and lone surrogates (which UTF-8 storage turns into U+FFFD, merging distinct keys). */
const NOT_PRINTABLE = /[\p{Cc}\p{Cs}]/u;

/** True when the string has no control character and no lone surrogate. */
export function isPrintable(value: string): boolean {
  return !NOT_PRINTABLE.test(value);
}

/** UTF-8 byte length of a value's JSON form, or undefined when it has none (a cycle, a BigInt). */
export function jsonBytes(value: unknown): number | undefined {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? 0 : Buffer.byteLength(text, 'utf8');
  } catch {
    return undefined;
  }
}
