/** Marks a setting as secret in a settings schema: `writeOnly: true` or `"x-secret": true`. */
export function isSecretSchema(schema: unknown): boolean {
  if (typeof schema !== 'object' || schema === null) return false;
  const s = schema as Record<string, unknown>;
  return s.writeOnly === true || s['x-secret'] === true;
}

/** JSON pointers of every secret property declared in a settings schema (nested objects included). */
export function secretPaths(schema: unknown, base = ''): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const props = (schema as { properties?: Record<string, unknown> }).properties;
  if (props === undefined) return [];
  const out: string[] = [];
  for (const [key, child] of Object.entries(props)) {
    const path = `${base}/${key}`;
    if (isSecretSchema(child)) out.push(path);
    else out.push(...secretPaths(child, path));
  }
  return out;
}

/** The secret values present in `settings`, per the schema's markings. */
export function secretValues(schema: unknown, settings: unknown): string[] {
  const values: string[] = [];
  for (const path of secretPaths(schema)) {
    let cur: unknown = settings;
    for (const key of path.split('/').slice(1)) {
      cur = typeof cur === 'object' && cur !== null ? (cur as Record<string, unknown>)[key] : undefined;
    }
    if (typeof cur === 'string' && cur !== '') values.push(cur);
    else if (typeof cur === 'number') values.push(String(cur));
  }
  return values;
}

export const REDACTED = '[redacted]';

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Every form a secret can take on the wire or in a log: raw, URL-encoded, XML-escaped, base64. */
function secretForms(secrets: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret === '') continue;
    for (const form of [secret, encodeURIComponent(secret), escapeXml(secret), Buffer.from(secret).toString('base64')]) if (form !== '') forms.add(form);
  }
  // Longest first, so a form that contains another is replaced whole.
  return [...forms].sort((a, b) => b.length - a.length);
}

/** A redaction function with the secrets' forms computed once (for hot paths such as the Action Log). */
export function redactor(secrets: readonly string[]): (text: string) => string {
  const forms = secretForms(secrets);
  if (forms.length === 0) return (text) => text;
  return (text) => {
    let out = text;
    for (const form of forms) if (out.includes(form)) out = out.split(form).join(REDACTED);
    return out;
  };
}

/**
 * Replaces every occurrence of each secret in `text` — raw, URL-encoded, XML-escaped and
 * base64 (HTTP Basic auth) — with `[redacted]`.
 */
export function redact(text: string, secrets: readonly string[]): string {
  return redactor(secrets)(text);
}

/** Redacts secrets in every string of a JSON-like value (for Action Log payloads). */
export function redactDeep<T>(value: T, secrets: readonly string[] | ((text: string) => string)): T {
  const clean = typeof secrets === 'function' ? secrets : redactor(secrets);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return clean(v);
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'object' && v !== null) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x);
      return out;
    }
    return v;
  };
  return walk(value) as T;
}
