import type { InboundMessage } from '@registrar-kit/sdk';
// mailparser loads on first use: a host that never receives mail does not pay for it at start-up.
import type { AddressObject } from 'mailparser';

/** A registrar mail as the host and the conformance suite both read it. */
export interface ParsedRegistrarMail {
  /** The Message-ID header, when there is one. */
  messageId: string | undefined;
  /** Every address of every `From:` header, lower-cased. */
  from: string[];
  /** How many `From:` header lines the mail has (more than one is a forgery sign: RFC 5322 allows one). */
  fromHeaders: number;
  /** Envelope recipients first, then the `To:` addresses, lower-cased. */
  recipients: string[];
  /** What the plugin's `handleMessage` receives. */
  message: InboundMessage;
}

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return list.flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase())).filter((a) => a !== '');
}

/**
 * Turns raw RFC 5322 bytes into the {@link InboundMessage} a plugin reads: charset applied (koi8-r,
 * iso-2022-jp, …), addresses lower-cased, header names lower-cased, text and HTML bodies. One
 * function for the host's intake and the conformance replay, so a plugin reads the same message in
 * both. Throws when the bytes are not a mail at all.
 */
export async function parseRegistrarMail(raw: Buffer, options: { receivedAt: Date; recipients?: readonly string[]; fallbackId: string }): Promise<ParsedRegistrarMail> {
  const { simpleParser } = await import('mailparser');
  const parsed = await simpleParser(raw);
  const from = addresses(parsed.from);
  const recipients = [...(options.recipients ?? []), ...addresses(parsed.to)].map((r) => r.toLowerCase());
  const message: InboundMessage = {
    kind: 'mail',
    id: parsed.messageId ?? options.fallbackId,
    receivedAt: options.receivedAt.toISOString(),
    ...(from[0] === undefined ? {} : { from: from[0] }),
    to: recipients,
    ...(parsed.subject === undefined ? {} : { subject: parsed.subject }),
    ...(typeof parsed.text === 'string' ? { text: parsed.text } : {}),
    ...(typeof parsed.html === 'string' ? { html: parsed.html } : {}),
    headers: Object.fromEntries([...parsed.headers].map(([k, v]) => [k.toLowerCase(), typeof v === 'string' ? v : JSON.stringify(v)])),
  };
  return { messageId: parsed.messageId, from, fromHeaders: parsed.headerLines.filter((h) => h.key === 'from').length, recipients, message };
}
