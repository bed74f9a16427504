/**
 * The manifest's `id` rule (manifest.schema.json `/properties/id/pattern`): kebab-case, 2 to 63
 * characters. The scaffold refuses anything else before it writes a file, so the manifest it
 * writes always validates; id.test.ts keeps this copy equal to the schema's.
 */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;

/** Why `id` cannot be a plugin id, or undefined when it can. */
export function idProblem(id: string): string | undefined {
  if (ID_PATTERN.test(id)) return undefined;
  return `"${id}" is not a valid plugin id: use 2 to 63 lower-case letters, digits and dashes, starting with a letter or digit (e.g. "acme" or "acme-registrar")`;
}

/** "acme-registrar" → "Acme Registrar": the display name when none is given. */
export function nameFromId(id: string): string {
  return id
    .split('-')
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join(' ');
}
