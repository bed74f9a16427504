/**
 * A deep, frozen copy of what a plugin is given (operation input, pending refs): a plugin that
 * mutates it gets a TypeError (a bug conformance reports) instead of changing the caller's object
 * or the stored operation.
 */
export function frozenCopy<T>(value: T): T {
  return deepFreeze(structuredClone(value));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
