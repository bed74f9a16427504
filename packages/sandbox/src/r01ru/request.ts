/**
 * Reads an R01 mail request the way the registrar's robot does (plugins/r01ru/README.md, "Wire fidelity"): an
 * authorization block of `key: value` lines (`action`, `pay-type`, `agreement`, `password` —
 * help.r01.ru/partner/en/mail_interface.html, "Authorization block"), then templates between
 * `#[… TEMPLATE]#` markers, closed by `#[TEMPLATES END]#` (rule_requests.html). Field names may
 * hold underscores: R01 spells the handle `nic_hdl` ("Template block").
 * Anything after the end marker (a signature) is ignored. The password is kept only for the
 * check: nothing derived from it leaves this module except "right" or "wrong".
 */

export type TemplateKind = 'PERSON' | 'ORGANIZATION' | 'DOMAIN';

export interface RequestTemplate {
  kind: TemplateKind;
  /** Values by lower-case key, in order; repeated keys (`passport`, `nserver`) keep every line. */
  fields: Map<string, string[]>;
}

export interface ParsedRequest {
  /** Authorization block, lower-case keys; `password` is among them. */
  header: Map<string, string>;
  templates: RequestTemplate[];
  /** What is wrong with the layout itself (no end marker, an unknown template, a line without `key:`). */
  problems: string[];
}

const MARKER = /^#\[\s*([A-Z]+)\s+TEMPLATE\s*\]#$/i;
const END = /^#\[\s*TEMPLATES\s+END\s*\]#$/i;
const LINE = /^([A-Za-z][A-Za-z0-9_-]*)\s*:\s?(.*)$/;
const KINDS: readonly TemplateKind[] = ['PERSON', 'ORGANIZATION', 'DOMAIN'];

export function parseRequest(text: string): ParsedRequest {
  const header = new Map<string, string>();
  const templates: RequestTemplate[] = [];
  const problems: string[] = [];
  let current: RequestTemplate | undefined;
  let ended = false;
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.trim();
    if (line === '') continue;
    if (END.test(line)) {
      ended = true;
      break;
    }
    const marker = MARKER.exec(line);
    if (marker !== null) {
      const kind = marker[1]!.toUpperCase() as TemplateKind;
      if (!KINDS.includes(kind)) {
        problems.push(`unknown template ${marker[1]!.toUpperCase()}`);
        current = undefined;
        continue;
      }
      current = { kind, fields: new Map() };
      templates.push(current);
      continue;
    }
    const kv = LINE.exec(line);
    if (kv === null) {
      problems.push(`line without "key: value" ${current === undefined ? 'in the authorization block' : `in the ${current.kind} template`}`);
      continue;
    }
    const key = kv[1]!.toLowerCase();
    const value = kv[2]!.trim();
    if (current === undefined) {
      if (templates.length > 0) continue; // lines of an unknown template
      header.set(key, value);
    } else {
      const list = current.fields.get(key) ?? [];
      list.push(value);
      current.fields.set(key, list);
    }
  }
  if (!ended) problems.push('no #[TEMPLATES END]# marker');
  return { header, templates, problems };
}

/** The first value of a field, or undefined when absent or blank. */
export function field(t: RequestTemplate, key: string): string | undefined {
  const v = t.fields.get(key)?.[0];
  return v === undefined || v === '' ? undefined : v;
}

/** Every non-blank value of a repeated field. */
export function fields(t: RequestTemplate, key: string): string[] {
  return (t.fields.get(key) ?? []).filter((v) => v !== '');
}
