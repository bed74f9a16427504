import type { Contact, ErrorIssue } from '@registrar-kit/sdk';
import { describeChar, firstNonKoi8r } from './protocol/koi8r.js';
import type { OrganizationTemplate, PersonTemplate } from './protocol/templates.js';

/**
 * The registrant as a RIPN person or organisation template. Russian registrant data needs the
 * Cyrillic fields, which the manifest declares as the registrant's `extra` (names as on the
 * wire): person `person-r`, `passport`, `birth-date`, `p-addr`; organisation `org-r`, `code`
 * (INN), `p-addr`, optional `bank`. Every problem is returned at once, each naming its field.
 */

const CYRILLIC = /[А-Яа-яЁё]/;
const LATIN_NAME = /^[A-Za-z][A-Za-z .'-]*$/;
const LATIN_ORG = /^[\x20-\x7e]*[A-Za-z][\x20-\x7e]*$/;
const BIRTH_DATE = /^(\d{2})\.(\d{2})\.(\d{4})$/;
const INN = /^\d{10}(?:\d{2})?(?:\s+\d{8}(?:\d{2})?)?$/;
const MAX = 255;

/** Checks one value that goes on one template line: present, one line, KOI8-R, length. */
export function lineIssues(value: unknown, path: string, required = true): ErrorIssue[] {
  if (value === undefined || value === null || value === '') return required ? [{ path, message: 'is required by the registrar (RIPN template field)' }] : [];
  if (typeof value !== 'string') return [{ path, message: 'must be a string' }];
  if (/[\r\n]/.test(value)) return [{ path, message: 'must be a single line' }];
  if (value.trim() === '') return [{ path, message: 'must not be blank' }];
  if (value.length > MAX) return [{ path, message: `must be at most ${MAX} characters` }];
  const bad = firstNonKoi8r(value);
  if (bad !== undefined) return [{ path, message: `contains ${describeChar(bad)}, which the registrar's koi8-r mail cannot carry` }];
  return [];
}

function birthDateIssues(value: unknown, path: string): ErrorIssue[] {
  const base = lineIssues(value, path);
  if (base.length > 0) return base;
  const m = BIRTH_DATE.exec(value as string);
  const date = m === null ? undefined : new Date(`${m[3]}-${m[2]}-${m[1]}T00:00:00Z`);
  if (m === null || date === undefined || Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(m[1]) || Number(m[3]) < 1900) {
    return [{ path, message: 'must be a date in the form DD.MM.YYYY' }];
  }
  return [];
}

/** `passport` as its lines: a string with line breaks, or a list of lines (1 to 5). */
function passportLines(value: unknown, path: string): { lines: string[]; issues: ErrorIssue[] } {
  if (value === undefined || value === null || value === '') return { lines: [], issues: [{ path, message: 'is required by the registrar (RIPN template field)' }] };
  const raw = typeof value === 'string' ? value.split(/\r?\n/) : Array.isArray(value) ? value : undefined;
  if (raw === undefined) return { lines: [], issues: [{ path, message: 'must be a string or a list of lines' }] };
  const lines = raw.map((l: unknown) => (typeof l === 'string' ? l.trim() : l)).filter((l: unknown) => l !== '');
  if (lines.length === 0 || lines.length > 5) return { lines: [], issues: [{ path, message: 'must have one to five lines (series and number, issued by, date)' }] };
  const issues = lines.flatMap((l: unknown, i: number) => lineIssues(l, typeof value === 'string' ? path : `${path}/${i}`));
  return { lines: lines as string[], issues };
}

/** `+7.4951234567` (EPP form) → `+7 4951234567` (RIPN form). */
export function ripnPhone(phone: string): string {
  return phone.replace('.', ' ');
}

export interface ClientTemplateResult {
  template?: PersonTemplate | OrganizationTemplate;
  issues: ErrorIssue[];
}

/** Maps a contact to its template, or lists every field that stops it (`path` = the contact's path). */
export function clientTemplate(contact: Contact, path: string): ClientTemplateResult {
  const extra = contact.extra ?? {};
  const ex = `${path}/extra`;
  const issues: ErrorIssue[] = [];
  const common = {
    pAddr: extra['p-addr'],
    phone: ripnPhone(contact.phone),
    email: contact.email,
  };
  issues.push(...lineIssues(common.pAddr, `${ex}/p-addr`));
  issues.push(...lineIssues(contact.email, `${path}/email`));
  issues.push(...lineIssues(common.phone, `${path}/phone`));
  const fax = contact.fax === undefined ? undefined : ripnPhone(contact.fax);
  if (fax !== undefined) issues.push(...lineIssues(fax, `${path}/fax`));

  if (contact.type === 'organization') {
    const org = contact.organization ?? '';
    if (!LATIN_ORG.test(org)) issues.push({ path: `${path}/organization`, message: 'must be written in Latin letters (the Cyrillic name goes in extra/org-r)' });
    else issues.push(...lineIssues(org, `${path}/organization`));
    const orgR = extra['org-r'];
    const orgRIssues = lineIssues(orgR, `${ex}/org-r`);
    issues.push(...orgRIssues);
    if (orgRIssues.length === 0 && !CYRILLIC.test(orgR as string)) issues.push({ path: `${ex}/org-r`, message: 'must be written in Cyrillic' });
    const code = extra.code;
    const codeIssues = lineIssues(code, `${ex}/code`);
    issues.push(...codeIssues);
    if (codeIssues.length === 0 && !INN.test(code as string)) issues.push({ path: `${ex}/code`, message: 'must be the INN (10 or 12 digits), optionally followed by the OKPO' });
    const bank = extra.bank;
    issues.push(...lineIssues(bank, `${ex}/bank`, false));
    if (issues.length > 0) return { issues };
    return {
      issues,
      template: {
        kind: 'ORGANIZATION',
        org,
        orgR: orgR as string,
        code: code as string,
        ...(typeof bank === 'string' && bank !== '' ? { bank } : {}),
        pAddr: common.pAddr as string,
        phone: common.phone,
        ...(fax === undefined ? {} : { faxNo: fax }),
        email: common.email,
      },
    };
  }

  for (const key of ['firstName', 'lastName'] as const) {
    if (!LATIN_NAME.test(contact[key])) issues.push({ path: `${path}/${key}`, message: 'must be written in Latin letters (the Cyrillic name goes in extra/person-r)' });
  }
  const personR = extra['person-r'];
  const personRIssues = lineIssues(personR, `${ex}/person-r`);
  issues.push(...personRIssues);
  if (personRIssues.length === 0 && !CYRILLIC.test(personR as string)) issues.push({ path: `${ex}/person-r`, message: 'must be written in Cyrillic' });
  const passport = passportLines(extra.passport, `${ex}/passport`);
  issues.push(...passport.issues);
  issues.push(...birthDateIssues(extra['birth-date'], `${ex}/birth-date`));
  if (issues.length > 0) return { issues };
  return {
    issues,
    template: {
      kind: 'PERSON',
      person: `${contact.firstName} ${contact.lastName}`,
      personR: personR as string,
      passport: passport.lines,
      birthDate: extra['birth-date'] as string,
      pAddr: common.pAddr as string,
      phone: common.phone,
      ...(fax === undefined ? {} : { faxNo: fax }),
      email: common.email,
    },
  };
}
