/**
 * R01's mail request interface (sources: plugins/r01ru/README.md, "Wire fidelity"): a text/plain body (sent in
 * koi8-r) that opens with the authorization block — exactly `action`, `pay-type`, `agreement` and
 * the mail-interface `password`, as R01's "Email interface field description"
 * (help.r01.ru/partner/en/mail_interface.html, "Authorization block") lists it; there is no
 * `lang:` line, that belongs to RIPN's own forms — followed by the templates, the person or
 * organisation before the domain, closed by `#[TEMPLATES END]#` (help.r01.ru/partner/en/rule_requests.html).
 *
 * The handle field is `nic_hdl`, R01's spelling on the same page ("Template block"). R01's table
 * of the other template fields is not in the public record we could read: those keep the RIPN
 * form names (`person-r`, `p-addr`, `e-mail`, `admin-o`, …) and are marked modelled in the
 * cassettes. Pure: no I/O, no sdk types.
 */

export type Action = 'NEW' | 'PROLONG' | 'UPDATE';
export type PayType = 'real' | 'bonus' | 'real,bonus' | 'bonus,real';

export interface Authorization {
  action: Action;
  payType: PayType;
  agreement: string;
  /** The mail-interface password: a secret that appears in this block and nowhere else. */
  password: string;
}

/** `#[PERSON TEMPLATE]#`: `person` in Latin letters, `person-r` in Cyrillic (RIPN). */
export interface PersonTemplate {
  kind: 'PERSON';
  /** Only in UPDATE requests: the handle being changed (`nic_hdl:`, R01's spelling). */
  nicHdl?: string;
  person: string;
  personR: string;
  /** One `passport:` line each: series and number, issuing office, date of issue. */
  passport: string[];
  /** DD.MM.YYYY */
  birthDate: string;
  pAddr: string;
  phone: string;
  faxNo?: string;
  email: string;
}

/** `#[ORGANIZATION TEMPLATE]#`: `org` in Latin letters, `org-r` in Cyrillic, `code` = INN (RIPN). */
export interface OrganizationTemplate {
  kind: 'ORGANIZATION';
  nicHdl?: string;
  org: string;
  orgR: string;
  code: string;
  bank?: string;
  pAddr: string;
  phone: string;
  faxNo?: string;
  email: string;
}

export interface Nserver {
  host: string;
  /** Glue addresses, only for a name server inside the domain itself ("host ip" on one line). */
  addresses: string[];
}

/** `#[DOMAIN TEMPLATE]#`. */
export interface DomainTemplate {
  kind: 'DOMAIN';
  domain: string;
  descr?: string;
  /** The administrator: the client handle (`…-GPT`, `…-ORG-GPT`). */
  adminO?: string;
  nservers?: Nserver[];
  /** PROLONG only: years. */
  prolong?: number;
}

export type Template = PersonTemplate | OrganizationTemplate | DomainTemplate;

/** The `key: value` lines of one template: `nic_hdl` as R01 names it, the rest in the RIPN forms' names and order. */
export function templateLines(t: Template): [string, string][] {
  const out: [string, string][] = [];
  const add = (key: string, value: string | undefined): void => {
    if (value !== undefined) out.push([key, value]);
  };
  switch (t.kind) {
    case 'PERSON':
      add('nic_hdl', t.nicHdl);
      add('person', t.person);
      add('person-r', t.personR);
      for (const line of t.passport) add('passport', line);
      add('birth-date', t.birthDate);
      add('p-addr', t.pAddr);
      add('phone', t.phone);
      add('fax-no', t.faxNo);
      add('e-mail', t.email);
      break;
    case 'ORGANIZATION':
      add('nic_hdl', t.nicHdl);
      add('org', t.org);
      add('org-r', t.orgR);
      add('code', t.code);
      add('bank', t.bank);
      add('p-addr', t.pAddr);
      add('phone', t.phone);
      add('fax-no', t.faxNo);
      add('e-mail', t.email);
      break;
    case 'DOMAIN':
      add('domain', t.domain);
      add('descr', t.descr);
      add('admin-o', t.adminO);
      for (const ns of t.nservers ?? []) add('nserver', [ns.host, ...ns.addresses].join(' '));
      add('prolong', t.prolong === undefined ? undefined : String(t.prolong));
      break;
  }
  return out;
}

const RANK: Record<Template['kind'], number> = { PERSON: 0, ORGANIZATION: 0, DOMAIN: 1 };

function assertLine(key: string, value: string): void {
  // A line break inside a value would let input forge template lines (a second "password:",
  // an early "#[TEMPLATES END]#"); input validation refuses it first, this is the last guard.
  if (/[\r\n]/.test(value)) throw new TypeError(`R01 request: the value of "${key}" spans several lines`);
}

/**
 * Composes a request body. The person/organisation template always precedes the domain template,
 * as R01 requires, whatever order the caller passes.
 */
export function composeRequest(auth: Authorization, templates: readonly Template[]): string {
  const head: [string, string][] = [
    ['action', auth.action],
    ['pay-type', auth.payType],
    ['agreement', auth.agreement],
    ['password', auth.password],
  ];
  const lines: string[] = [];
  for (const [key, value] of head) {
    assertLine(key, value);
    lines.push(`${key}: ${value}`);
  }
  lines.push('');
  for (const t of [...templates].sort((a, b) => RANK[a.kind] - RANK[b.kind])) {
    lines.push(`#[${t.kind} TEMPLATE]#`);
    for (const [key, value] of templateLines(t)) {
      assertLine(key, value);
      lines.push(`${key}: ${value}`);
    }
  }
  lines.push('#[TEMPLATES END]#', '');
  return lines.join('\n');
}
