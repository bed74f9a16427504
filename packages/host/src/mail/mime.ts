import { createRequire } from 'node:module';
import { RegistrarError, type MailCharset } from '@registrar-kit/sdk';
import type IconvLite from 'iconv-lite';

// iconv-lite (CommonJS) takes a noticeable part of the host's start-up to load and is only needed
// when a message is composed: required on first use, synchronously.
const require = createRequire(import.meta.url);
let loaded: typeof IconvLite | undefined;
const lib = (): typeof IconvLite => (loaded ??= require('iconv-lite') as typeof IconvLite);
const iconv = {
  encode: (text: string, charset: string): Buffer => lib().encode(text, charset),
  decode: (bytes: Buffer, charset: string): string => lib().decode(bytes, charset),
};

/** Header fields the composer writes itself; a plugin may not set them through `headers`. */
const RESERVED_HEADERS = new Set(['from', 'to', 'cc', 'bcc', 'subject', 'date', 'message-id', 'mime-version', 'content-type', 'content-transfer-encoding']);

/** RFC 5322 §2.2: a field name is printable US-ASCII except the colon. */
const FIELD_NAME = /^[!-9;-~]+$/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** RFC 5322 §2.1.1: a line is at most 998 octets, CRLF excluded. */
const MAX_LINE_OCTETS = 998;

export interface ComposeInput {
  from: string;
  to: readonly string[];
  subject: string;
  text: string;
  charset: MailCharset;
  headers?: Readonly<Record<string, string>>;
  messageId: string;
  date: Date;
}

export interface ComposedMessage {
  raw: Buffer;
  /** `8bit` for non-ASCII text that fits in lines, `7bit` for pure ASCII, `base64` when a line is too long for 8bit. */
  transferEncoding: '7bit' | '8bit' | 'base64';
}

function invalid(message: string, detail: string): RegistrarError {
  return new RegistrarError({ code: 'INVALID_INPUT', message, detail, retryable: false });
}

/** RFC 5322 date (`Sun, 01 Mar 2026 00:00:00 +0000`). */
export function rfc5322Date(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}

/**
 * RFC 2047 encoded words in `charset` (B encoding), each at most 75 characters, folded onto
 * continuation lines. Words never split a character, so a multi-byte UTF-8 sequence stays whole.
 */
export function encodeHeaderValue(value: string, charset: MailCharset): string {
  if (PRINTABLE_ASCII.test(value)) return value;
  const prefix = `=?${charset}?B?`;
  // 75 - prefix - "?=" characters of base64 carry floor(that / 4) * 3 bytes.
  const maxBytes = Math.floor((75 - prefix.length - 2) / 4) * 3;
  const words: string[] = [];
  let chunk = '';
  for (const char of value) {
    if (chunk !== '' && iconv.encode(chunk + char, charset).length > maxBytes) {
      words.push(`${prefix}${iconv.encode(chunk, charset).toString('base64')}?=`);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk !== '') words.push(`${prefix}${iconv.encode(chunk, charset).toString('base64')}?=`);
  return words.join('\r\n ');
}

/** Encodes `text` in `charset`, refusing characters the charset cannot carry instead of sending `?`. */
export function encodeText(text: string, charset: MailCharset): Buffer {
  const bytes = iconv.encode(text, charset);
  if (charset !== 'utf-8' && iconv.decode(bytes, charset) !== text) {
    const lost = [...text].find((char) => iconv.decode(iconv.encode(char, charset), charset) !== char) ?? '?';
    throw invalid(`The mail text has a character ${charset} cannot carry`, `character U+${lost.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} is not in ${charset}`);
  }
  return bytes;
}

function checkAddressLike(field: string, value: string): void {
  if (!PRINTABLE_ASCII.test(value) || value.trim() === '') throw invalid(`The mail ${field} is not a valid address`, `${field} must be printable ASCII without line breaks`);
}

/** The bare address of `Name <addr@example.com>` or `addr@example.com`. */
export function bareAddress(value: string): string {
  const match = /<([^<>]+)>\s*$/.exec(value);
  return (match?.[1] ?? value).trim();
}

function wrapBase64(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

/**
 * Writes one `text/plain` message in the requested charset. Registrars that read mail by robot
 * (R01's koi8-r forms) expect the body as plain bytes in that charset, so the body goes out
 * `8bit` rather than quoted-printable; only a line too long for SMTP falls back to base64.
 */
export function composeMessage(input: ComposeInput): ComposedMessage {
  checkAddressLike('sender', input.from);
  if (input.to.length === 0) throw invalid('The mail has no recipient', 'to is empty');
  for (const to of input.to) checkAddressLike('recipient', to);
  if (/[\r\n]/.test(input.subject)) throw invalid('The mail subject has a line break', 'subject must be one line');

  const lines: string[] = [
    `From: ${input.from}`,
    `To: ${input.to.join(', ')}`,
    `Subject: ${encodeHeaderValue(input.subject, input.charset)}`,
    `Date: ${rfc5322Date(input.date)}`,
    `Message-ID: ${input.messageId}`,
    'MIME-Version: 1.0',
  ];
  for (const [name, value] of Object.entries(input.headers ?? {})) {
    if (!FIELD_NAME.test(name)) throw invalid('A mail header name is invalid', `header name ${JSON.stringify(name)} is not an RFC 5322 field name`);
    if (RESERVED_HEADERS.has(name.toLowerCase())) throw invalid('A mail header is set by the host', `header ${name} is written by the host and cannot be overridden`);
    if (/[\r\n]/.test(value)) throw invalid('A mail header value has a line break', `header ${name} must be one line`);
    lines.push(`${name}: ${encodeHeaderValue(value, input.charset)}`);
  }

  const normalized = input.text.replace(/\r\n|\r|\n/g, '\r\n');
  const body = encodeText(normalized.endsWith('\r\n') ? normalized : `${normalized}\r\n`, input.charset);
  const eightBit = body.some((b) => b >= 0x80);
  const tooLong = normalized.split('\r\n').some((line) => iconv.encode(line, input.charset).length > MAX_LINE_OCTETS) || body.includes(0);
  const transferEncoding = tooLong ? 'base64' : eightBit ? '8bit' : '7bit';
  lines.push(`Content-Type: text/plain; charset=${input.charset}`, `Content-Transfer-Encoding: ${transferEncoding}`);

  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'ascii');
  const payload = transferEncoding === 'base64' ? Buffer.from(`${wrapBase64(body)}\r\n`, 'ascii') : body;
  return { raw: Buffer.concat([head, payload]), transferEncoding };
}
