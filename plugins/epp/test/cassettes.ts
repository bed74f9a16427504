// Finishing recorded EPP cassettes: the RFC section each frame's shape comes from, and
// placeholders for the values the plugin makes up per run (new authInfo passwords).
import type { Cassette, Exchange, Source } from '@registrar-kit/conformance';

const rfc = (n: number, title: string, section: string, anchor: string): Source => ({ title: `RFC ${n}: ${title}`, url: `https://www.rfc-editor.org/rfc/rfc${n}#section-${anchor}`, section });
const EPP = (section: string, anchor: string) => rfc(5730, 'Extensible Provisioning Protocol (EPP)', section, anchor);
const DOMAIN = (section: string, anchor: string) => rfc(5731, 'EPP Domain Name Mapping', section, anchor);
const HOST = (section: string, anchor: string) => rfc(5732, 'EPP Host Mapping', section, anchor);
const CONTACT = (section: string, anchor: string) => rfc(5733, 'EPP Contact Mapping', section, anchor);

/** Where the recorded greeting's shape is defined (the sandbox greets in this shape). */
export const GREETING: Source = EPP('2.4 (greeting)', '2.4');

/** Where the shape of one recorded exchange is defined (the sandbox answers in these shapes). */
export function sourceOf(request: string, response: string): Source {
  const code = /<result code="(\d{4})"/.exec(response)?.[1] ?? '1000';
  const note = code === '1000' ? '' : `; result code ${code} per RFC 5730 §3`;
  const with_ = (s: Source): Source => ('section' in s && s.section !== undefined ? { ...s, section: `${s.section}${note}` } : s);
  if (/<(?:\w+:)?poll\b/.test(request)) {
    if (/panData/.test(response)) return with_(DOMAIN('3.3 (offline review: panData in a poll message); poll per RFC 5730 §2.9.2.3', '3.3'));
    if (/trnData/.test(response)) return with_(DOMAIN('3.2.4 (trnData) in a poll message per RFC 5730 §2.9.2.3', '3.2.4'));
    return with_(EPP('2.9.2.3 (poll)', '2.9.2.3'));
  }
  if (/rgp:update|urn:ietf:params:xml:ns:rgp-1\.0/.test(request)) return with_(rfc(3915, 'Domain Registry Grace Period Mapping for EPP', /op="report"/.test(request) ? '4.2.5 (restore report)' : '4.2.5 (restore request)', '4.2.5'));
  if (/secDNS:update/.test(request)) return with_(rfc(5910, 'DNS Security Extensions Mapping for EPP', '5.2.5 (secDNS:update)', '5.2.5'));
  const object = /<(\w+):(check|info|create|delete|renew|transfer|update)\b[^>]*xmlns:\w+="urn:ietf:params:xml:ns:(domain|host|contact)-1\.0"/.exec(request);
  const verb = object?.[2] ?? '';
  const kind = object?.[3] ?? 'domain';
  const sections: Record<string, Record<string, [string, string]>> = {
    domain: { check: ['3.1.1', '3.1.1'], info: ['3.1.2', '3.1.2'], create: ['3.2.1', '3.2.1'], delete: ['3.2.2', '3.2.2'], renew: ['3.2.3', '3.2.3'], transfer: ['3.2.4', '3.2.4'], update: ['3.2.5', '3.2.5'] },
    host: { check: ['3.1.1', '3.1.1'], info: ['3.1.2', '3.1.2'], create: ['3.2.1', '3.2.1'], delete: ['3.2.2', '3.2.2'], update: ['3.2.5', '3.2.5'] },
    contact: { check: ['3.1.1', '3.1.1'], info: ['3.1.2', '3.1.2'], create: ['3.2.1', '3.2.1'] },
  };
  const [section, anchor] = sections[kind]?.[verb] ?? ['2.9', '2.9'];
  const op = /<(?:\w+:)?transfer\s+op="(\w+)"/.exec(request)?.[1];
  const label = `${section} (<${verb}>${op === undefined ? '' : ` op="${op}"`})`;
  if (kind === 'host') return with_(HOST(label, anchor));
  if (kind === 'contact') return with_(CONTACT(label, anchor));
  if (op === 'query') return with_(DOMAIN('3.1.3 (<transfer> op="query")', '3.1.3'));
  return with_(DOMAIN(label, anchor));
}

/**
 * The authInfo passwords the plugin makes up for a new domain or contact differ per run: in the
 * recorded command they become placeholders. Every exchange, and the greeting, gets its RFC source.
 */
export function finishCassette(cassette: Cassette): Cassette {
  let n = 0;
  if (cassette.epp?.greeting !== undefined) cassette.epp.source = GREETING;
  for (const step of cassette.steps) {
    for (const exchange of (step.exchanges ?? []) as Exchange[]) {
      if (!('epp' in exchange)) continue;
      const { request, response } = exchange.epp;
      if (/<(?:\w+:)?create>/.test(request)) {
        exchange.epp.request = request.replace(/<(domain|contact):pw>[^<]*<\/\1:pw>/g, (_whole, prefix: string) => `<${prefix}:pw>{{newAuthInfo${++n}}}</${prefix}:pw>`);
      }
      exchange.source = sourceOf(request, response);
    }
  }
  return cassette;
}
