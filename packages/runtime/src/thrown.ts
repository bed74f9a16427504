const MAX = 1000;

function bounded(text: string): string {
  return text.length > MAX ? `${text.slice(0, MAX)}… (${text.length} characters)` : text;
}

/** Reads a property without letting a throwing getter or proxy trap escape. */
function read(value: object, key: string): unknown {
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/**
 * A one-line description of anything a plugin threw — an Error, a string, `Object.create(null)`,
 * an object whose `toString` throws, a proxy — that never throws itself and is bounded in length.
 */
export function describeThrown(thrown: unknown): string {
  try {
    if (typeof thrown === 'string') return bounded(thrown);
    if (typeof thrown !== 'object' && typeof thrown !== 'function') return bounded(String(thrown));
    if (thrown === null) return 'null';
    const name = read(thrown, 'name');
    const message = read(thrown, 'message');
    if (typeof message === 'string') return bounded(`${typeof name === 'string' ? name : 'Error'}: ${message}`);
    return bounded(String(thrown));
  } catch {
    try {
      return Object.prototype.toString.call(thrown);
    } catch {
      return '(an unprintable value)';
    }
  }
}
