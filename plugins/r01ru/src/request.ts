import { domainToUnicode } from 'node:url';
import type { ErrorIssue, Nameserver, PluginContext } from '@registrar-kit/sdk';
import { lineIssues } from './contacts.js';
import { sendError } from './errors.js';
import { firstNonKoi8r } from './protocol/koi8r.js';
import { formatToken, refOf, type Stage, type Token } from './protocol/subject.js';
import { composeRequest, type Action, type Nserver, type Template } from './protocol/templates.js';
import { DEFAULT_PAY_TYPE, type R01Settings } from './settings.js';
import type { ClientKind } from './state.js';

/**
 * What a pending request carries (`pending({ data })`), so the next step can be taken when a
 * reply arrives: handleMessage has no operation input, only this.
 */
export interface FlowData {
  stage: Stage;
  customer: string;
  /** A-label. */
  domain: string;
  /** R01's task id, once a queued notification named it (a second way to correlate replies). */
  taskId?: string;
  /** register: the client kind, and what the domain request needs once the handle is known. */
  clientKind?: ClientKind;
  handle?: string;
  domainRequest?: { domain: string; descr?: string; nservers: Nserver[] };
}

/** Reads pending data back (it went through the host's store as JSON). */
export function readFlowData(data: unknown): FlowData | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Partial<FlowData>;
  if (typeof d.stage !== 'string' || typeof d.customer !== 'string' || typeof d.domain !== 'string') return undefined;
  return d as FlowData;
}

/** The secrets of the settings, for redaction. */
export function secretsOf(settings: R01Settings): string[] {
  return typeof settings.mailPassword === 'string' && settings.mailPassword !== '' ? [settings.mailPassword] : [];
}

/** Settings that go on the wire must fit a template line in koi8-r; the password is never shown. */
export function settingsIssues(settings: R01Settings): ErrorIssue[] {
  const issues = lineIssues(settings.agreement, '/settings/agreement');
  const pw = settings.mailPassword;
  if (typeof pw !== 'string' || pw === '' || /[\r\n]/.test(pw) || firstNonKoi8r(pw) !== undefined) {
    issues.push({ path: '/settings/mailPassword', message: 'must be one line of characters koi8-r can carry' });
  }
  if (typeof settings.requestAddress !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(settings.requestAddress)) {
    issues.push({ path: '/settings/requestAddress', message: 'must be the registrar request mailbox' });
  }
  return issues;
}

/**
 * The domain as the `domain:` line shows it: the Cyrillic form for .рф and other IDNs when koi8-r
 * can carry it (RIPN forms are written that way), the A-label otherwise.
 */
export function templateDomain(aLabel: string): string {
  const unicode = domainToUnicode(aLabel);
  return unicode !== '' && unicode !== aLabel && firstNonKoi8r(unicode) === undefined ? unicode : aLabel;
}

export function toNservers(list: readonly Nameserver[]): Nserver[] {
  return list.map((ns) => ({ host: ns.host, addresses: [...(ns.ipv4 ?? []), ...(ns.ipv6 ?? [])] }));
}

/**
 * Sends one request mail and returns the ref its replies will be correlated with. A send failure
 * is thrown as a RegistrarError (TRANSPORT from the host's relay), never swallowed.
 */
export async function sendRequest(
  ctx: PluginContext<R01Settings>,
  action: Action,
  token: Token,
  what: string,
  templates: readonly Template[],
): Promise<string> {
  const s = ctx.settings;
  const subject = `${formatToken(token)} ${what}`;
  const text = composeRequest({ action, payType: s.payType ?? DEFAULT_PAY_TYPE, agreement: s.agreement, password: s.mailPassword }, templates);
  let messageId: string;
  try {
    ({ messageId } = await ctx.mail.send({ to: s.requestAddress, subject, text, charset: 'koi8-r' }));
  } catch (error) {
    throw sendError(error, secretsOf(s));
  }
  // The body holds the password: only the subject and the message id are logged.
  ctx.log.info('registrar request mail sent', { action, subject, messageId });
  return refOf(token);
}
