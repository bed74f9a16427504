/**
 * R01's mail request interface (shared/reference/protocols.md §4.2): a text/plain body (sent in
 * koi8-r) that opens with an authorization block — action, pay-type, agreement, the mail-interface
 * password — followed by RIPN-style templates, person or organisation before the domain, closed
 * by `#[TEMPLATES END]#`.
 */

export type Action = 'NEW' | 'PROLONG' | 'UPDATE';

export interface Authorization {
  action: Action;
  payType: string;
  agreement: string;
  password: string;
  lang: 'RU' | 'EN';
}

/** One template: its kind and its `key: value` lines, in order (a key may repeat, e.g. nserver). */
export interface Template {
  kind: 'PERSON' | 'ORGANIZATION' | 'DOMAIN';
  fields: [string, string][];
}

const ORDER: Record<Template['kind'], number> = { PERSON: 0, ORGANIZATION: 0, DOMAIN: 1 };

/** Composes a request body; multi-line values (a passport's issuing office) become repeated keys. */
export function composeRequest(auth: Authorization, templates: Template[]): string {
  const lines = [`action: ${auth.action}`, `pay-type: ${auth.payType}`, `agreement: ${auth.agreement}`, `password: ${auth.password}`, `lang: ${auth.lang}`, ''];
  for (const t of [...templates].sort((a, b) => ORDER[a.kind] - ORDER[b.kind])) {
    lines.push(`#[${t.kind} TEMPLATE]#`);
    for (const [key, value] of t.fields) for (const part of value.split('\n')) lines.push(`${key}: ${part}`);
  }
  lines.push('#[TEMPLATES END]#', '');
  return lines.join('\n');
}

/** Our correlation token in the subject: R01 replies to the sender quoting it. */
export function subjectToken(operationId: string, step: string): string {
  return `[RK:${operationId}:${step}]`;
}
