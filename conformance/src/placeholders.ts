/** Values captured from `{{name}}` placeholders during one scenario. */
export type Bindings = Map<string, string>;

const TOKEN = /\{\{\s*(\*|secret:[A-Za-z0-9_.-]+|[A-Za-z0-9_.-]+)\s*\}\}/g;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Matches `actual` against a recorded `template`. A `{{name}}` seen for the first time captures
 * what stands there; a bound one must equal its value; `{{secret:NAME}}` must be the secret's
 * sentinel; `{{*}}` matches anything. Returns the new bindings, or undefined on mismatch.
 */
export function matchTemplate(template: string, actual: string, bindings: Bindings, secrets: Record<string, string>): Bindings | undefined {
  const names: string[] = [];
  let pattern = '';
  let last = 0;
  for (const m of template.matchAll(TOKEN)) {
    pattern += escapeRegex(template.slice(last, m.index));
    const name = m[1]!;
    if (name === '*') pattern += '[\\s\\S]*?';
    else if (name.startsWith('secret:')) {
      const value = secrets[name.slice(7)];
      pattern += value === undefined ? '(?!)' : escapeRegex(value);
    } else if (bindings.has(name)) pattern += escapeRegex(bindings.get(name)!);
    else if (names.includes(name)) pattern += `\\k<p${names.indexOf(name)}>`;
    else {
      pattern += `(?<p${names.length}>[\\s\\S]+?)`;
      names.push(name);
    }
    last = m.index + m[0].length;
  }
  pattern += escapeRegex(template.slice(last));
  const match = new RegExp(`^${pattern}$`).exec(actual);
  if (match === null) return undefined;
  const next = new Map(bindings);
  names.forEach((name, i) => next.set(name, match.groups?.[`p${i}`] ?? ''));
  return next;
}

/** Replaces bound placeholders and secrets in a recorded value (responses, expectations). */
export function substitute<T>(value: T, bindings: Bindings, secrets: Record<string, string>): T {
  if (typeof value === 'string') {
    return value.replace(TOKEN, (whole, name: string) => {
      if (name.startsWith('secret:')) return secrets[name.slice(7)] ?? whole;
      return bindings.get(name) ?? whole;
    }) as T;
  }
  if (Array.isArray(value)) return value.map((v: unknown) => substitute(v, bindings, secrets)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, bindings, secrets)])) as T;
  }
  return value;
}

/** True when a string still holds an unbound placeholder. */
export function hasPlaceholder(value: string): boolean {
  return new RegExp(TOKEN.source).test(value);
}
