import { isRegistrarError } from '@registrar-kit/sdk';

/** Bounds on what a plugin may hand the host in one answer. */
export interface AnswerLimits {
  /** Serialized size of one answer, in UTF-16 code units (default 1 MiB). */
  maxBytes: number;
  /** Nesting depth of one answer (default 32). */
  maxDepth: number;
}

export const DEFAULT_ANSWER_LIMITS: AnswerLimits = { maxBytes: 1_048_576, maxDepth: 32 };

export type PlainJson = { ok: true; value: unknown } | { ok: false; problem: string };

class NotJson extends Error {}

/**
 * Copies a plugin's answer into plain JSON — what the host will store — or says precisely why it
 * cannot: a cycle, a BigInt, a function, a class instance that is not a RegistrarError or a Date,
 * too deep, too large, a getter that throws. RegistrarErrors (any sdk copy, by brand) become their
 * serialized form; nothing of the original object survives, so a plugin cannot change the answer
 * after handing it over. Iterative depth and size checks stop early on a 20,000-deep or 100 MB
 * answer.
 */
export function toPlainJson(value: unknown, limits: AnswerLimits = DEFAULT_ANSWER_LIMITS): PlainJson {
  let size = 0;
  const ancestors = new Set<object>();
  const count = (n: number, path: string): void => {
    size += n;
    if (size > limits.maxBytes) throw new NotJson(`is larger than ${limits.maxBytes} bytes (stopped at ${path || '/'})`);
  };
  const walk = (v: unknown, path: string, depth: number): unknown => {
    if (depth > limits.maxDepth) throw new NotJson(`${path} is nested deeper than ${limits.maxDepth} levels`);
    switch (typeof v) {
      case 'string':
        count(v.length + 2, path);
        return v;
      case 'number':
        if (!Number.isFinite(v)) throw new NotJson(`${path || '/'} is ${String(v)}, which JSON cannot hold`);
        count(8, path);
        return v;
      case 'boolean':
        count(5, path);
        return v;
      case 'undefined':
        return undefined;
      case 'bigint':
        throw new NotJson(`${path || '/'} is a BigInt, which JSON cannot hold (use a string)`);
      case 'function':
      case 'symbol':
        throw new NotJson(`${path || '/'} is a ${typeof v}, not data`);
    }
    if (v === null) {
      count(4, path);
      return null;
    }
    const obj = v as object;
    if (ancestors.has(obj)) throw new NotJson(`${path || '/'} refers back to itself (a circular structure)`);
    if (v instanceof Date) {
      if (Number.isNaN(v.getTime())) throw new NotJson(`${path || '/'} is an invalid Date`);
      count(26, path);
      return v.toISOString();
    }
    ancestors.add(obj);
    try {
      if (isRegistrarError(v)) return walk(serializeErrorSafely(v), path, depth);
      if (Array.isArray(v)) {
        count(2, path);
        return v.map((x, i) => {
          const item = walk(x, `${path}/${i}`, depth + 1);
          return item === undefined ? null : item;
        });
      }
      const proto = Object.getPrototypeOf(obj) as unknown;
      if (proto !== Object.prototype && proto !== null) {
        const name = (proto as { constructor?: { name?: unknown } }).constructor?.name;
        if (v instanceof Error) throw new NotJson(`${path || '/'} is an Error (${typeof name === 'string' ? name : 'Error'}), not a RegistrarError: use failed(code, message) or throw a RegistrarError`);
        throw new NotJson(`${path || '/'} is a ${typeof name === 'string' && name !== '' ? name : 'class instance'}, not a plain object`);
      }
      count(2, path);
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(obj)) {
        const item = walk((obj as Record<string, unknown>)[key], `${path}/${key}`, depth + 1);
        if (item !== undefined) {
          count(key.length + 3, path);
          out[key] = item;
        }
      }
      return out;
    } finally {
      ancestors.delete(obj);
    }
  };
  try {
    return { ok: true, value: walk(value, '', 0) };
  } catch (error) {
    if (error instanceof NotJson) return { ok: false, problem: error.message };
    if (error instanceof RangeError) return { ok: false, problem: `could not be read: ${error.message}` };
    return { ok: false, problem: `could not be read: a getter or proxy threw (${error instanceof Error ? error.message : 'a non-Error'})` };
  }
}

/** The serialized fields of a branded error, each read on its own (a fake brand may lack them). */
function serializeErrorSafely(error: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ['code', 'message', 'retryable', 'registrarCode', 'detail', 'issues', 'retryAfterSeconds', 'received']) {
    const value = (error as Record<string, unknown>)[key];
    if (value !== undefined && !(key === 'issues' && Array.isArray(value) && value.length === 0)) out[key] = value;
  }
  return out;
}
