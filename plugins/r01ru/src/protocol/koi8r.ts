/**
 * KOI8-R, the charset R01's mail interface reads (help.r01.ru/partner/en/mail_interface.html). The host encodes the body;
 * a character KOI8-R lacks would silently become "?" on the wire, so the plugin refuses it first.
 * The table comes from the WHATWG decoder built into Node, not from a hand-copied list.
 */
const UPPER_HALF = new TextDecoder('koi8-r').decode(Uint8Array.from({ length: 128 }, (_, i) => i + 128));
const ENCODABLE = new Set<string>(UPPER_HALF);

/** The first character of `text` that KOI8-R cannot carry (controls other than tab count too), or undefined. */
export function firstNonKoi8r(text: string): string | undefined {
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) {
      if (code < 0x20 && ch !== '\t') return ch;
      if (code === 0x7f) return ch;
      continue;
    }
    if (!ENCODABLE.has(ch)) return ch;
  }
  return undefined;
}

/** Shows a character for an error message (`"№" (U+2116)`). */
export function describeChar(ch: string): string {
  const hex = (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(ch) ? `"${ch}" (U+${hex})` : `U+${hex}`;
}
