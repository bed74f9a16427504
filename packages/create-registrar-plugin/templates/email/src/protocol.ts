/**
 * The registrar's mail interface. This is the scaffold's example, to be replaced with the
 * registrar's documented one. A request is a plain-text mail to `requestAddress`:
 *
 *   Subject: [RK:<ref>] RENEW example.com
 *
 *   account: R-1001
 *   password: …
 *   action: RENEW
 *   domain: example.com
 *   period: 1
 *
 * and the registrar replies to it (the subject keeps the `[RK:<ref>]` token) with `status: done`
 * and the new `expires:` date, or `status: failed` with a `code:` and a `message:`.
 */
import type { OutboundMail } from '@registrar-kit/sdk';
import type { Settings } from './settings.js';

/** The request mail for one action; `ref` (the operation id) ties the reply to it. */
export function requestMail(settings: Settings, ref: string, action: string, fields: { domain: string } & Record<string, string>): OutboundMail {
  const lines = { account: settings.account, password: settings.mailPassword, action, ...fields };
  return {
    to: settings.requestAddress,
    subject: `[RK:${ref}] ${action} ${fields.domain}`,
    text: `${Object.entries(lines)
      .map(([key, value]) => `${key}: ${value}`)
      .join('\n')}\n`,
  };
}

const TOKEN = /\[RK:([^\]\s]+)\]/;

/** The ref in a reply's subject (`Re: [RK:op-1] RENEW example.com` → `op-1`). */
export const refOf = (subject: string): string | undefined => TOKEN.exec(subject)?.[1];

/** The `key: value` lines of a reply, keys lower-cased; other lines (quoted text, greetings) are ignored. */
export function replyFields(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^([A-Za-z-]+):\s*(.*?)\s*$/.exec(line);
    if (m !== null && fields[m[1]!.toLowerCase()] === undefined) fields[m[1]!.toLowerCase()] = m[2]!;
  }
  return fields;
}
