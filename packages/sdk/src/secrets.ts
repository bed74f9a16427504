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

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The base64 text that encodes `bytes` wherever they sit inside a longer value — `user:secret` in
 * an HTTP Basic header, a token inside a JSON document. Base64 encodes 3-byte groups, so the
 * secret's own characters depend on its offset modulo 3: for each offset, the characters of the
 * groups made only of the secret's bytes. (The one or two bytes at either end that share a group
 * with their neighbours are not enough to recover the secret.)
 */
function embeddedBase64(bytes: Buffer): string[] {
  const forms: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const first = Math.ceil(offset / 3);
    const last = Math.floor((offset + bytes.length) / 3);
    if (last - first < 2) continue; // fewer than 6 whole bytes: too short to match safely
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    const inner = encoded.slice(first * 4, last * 4);
    forms.push(inner, inner.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return forms;
}

interface SecretPatterns {
  /** Textual forms, matched case-insensitively (raw, URL-, form-, XML-, JSON-escaped, hex). */
  text: RegExp | undefined;
  /** base64 / base64url forms, matched exactly. */
  binary: RegExp | undefined;
}

/**
 * Every form a secret can take on the wire, in a log or in a plugin's answer: raw and case-folded,
 * URL-encoded (`%xx` and form `+`), XML- and JSON-escaped, hex, and base64 / base64url — alone or
 * embedded in a longer encoded value such as `base64(user:secret)`.
 */
function secretPatterns(secrets: readonly string[]): SecretPatterns {
  const text = new Set<string>();
  const binary = new Set<string>();
  for (const secret of secrets) {
    if (secret === '') continue;
    const bytes = Buffer.from(secret, 'utf8');
    for (const form of [
      secret,
      encodeURIComponent(secret),
      encodeURIComponent(secret).replace(/%20/g, '+'),
      escapeXml(secret),
      JSON.stringify(secret).slice(1, -1),
      bytes.toString('hex'),
    ]) {
      if (form !== '') text.add(form);
    }
    const whole = bytes.toString('base64');
    for (const form of [whole, whole.replace(/=+$/, ''), whole.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''), ...embeddedBase64(bytes)]) {
      if (form !== '') binary.add(form);
    }
  }
  // Longest first, so a form that contains another is replaced whole.
  const alternation = (forms: Set<string>): string => [...forms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  return {
    text: text.size === 0 ? undefined : new RegExp(alternation(text), 'giu'),
    binary: binary.size === 0 ? undefined : new RegExp(alternation(binary), 'g'),
  };
}

/** A redaction function with the secrets' forms computed once (for hot paths such as the Action Log). */
export function redactor(secrets: readonly string[]): (text: string) => string {
  const { text, binary } = secretPatterns(secrets);
  if (text === undefined && binary === undefined) return (value) => value;
  return (value) => {
    let out = value;
    if (text !== undefined) out = out.replace(text, REDACTED);
    if (binary !== undefined) out = out.replace(binary, REDACTED);
    return out;
  };
}

/**
 * Replaces every occurrence of each secret in `text` — raw or case-folded, URL-encoded,
 * XML- or JSON-escaped, hex, base64 (alone or inside `base64(user:secret)`) — with `[redacted]`.
 */
export function redact(text: string, secrets: readonly string[]): string {
  return redactor(secrets)(text);
}

/** True when `text` carries one of the secrets in any of the forms {@link redact} knows. */
export function containsSecret(text: string, secrets: readonly string[]): boolean {
  return redact(text, secrets) !== text;
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
