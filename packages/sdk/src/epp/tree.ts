/**
 * Reading EPP XML whatever prefixes the other side chose: a client or server may write `<d:create
 * xmlns:d="urn:ietf:params:xml:ns:domain-1.0">` or put the namespace on a default `xmlns`.
 * {@link canonicalize} renames every element to the usual prefix of its namespace (`domain:`,
 * `host:`, `contact:`, `rgp:`, `secDNS:`, none for EPP itself) so code can look elements up by one
 * name; the rest are small readers of fast-xml-parser trees ({@link parseEppXml}'s output). A
 * prefix declared outside the subtree cannot be resolved and is kept as written; a namespace EPP
 * does not name becomes `{uri}:local`. Exported from the sdk as `eppTree`.
 */
import { EPP_NS } from './types.js';

export type Tree = Record<string, unknown>;

const CANONICAL = new Map<string, string>(Object.entries(EPP_NS).map(([prefix, uri]) => [uri, prefix]));

/** The tree with every element name rewritten to `canonicalPrefix:local` (EPP's own elements unprefixed). */
export function canonicalize(node: unknown, scope: ReadonlyMap<string, string> = new Map()): unknown {
  if (Array.isArray(node)) return node.map((item) => canonicalize(item, scope));
  if (typeof node !== 'object' || node === null) return node;
  const out: Tree = {};
  for (const [key, value] of Object.entries(node as Tree)) {
    if (key.startsWith('@_') || key === '#text' || key.startsWith('?')) {
      out[key] = value;
      continue;
    }
    // An element's own xmlns declarations apply to its name and everything inside it.
    const own = withDeclarations(scope, Array.isArray(value) ? value[0] : value);
    const colon = key.indexOf(':');
    const prefix = colon === -1 ? '' : key.slice(0, colon);
    const local = colon === -1 ? key : key.slice(colon + 1);
    const uri = own.get(prefix);
    const canonical = uri === undefined ? prefix : (CANONICAL.get(uri) ?? `{${uri}}`);
    const name = canonical === '' || canonical === 'epp' ? local : `${canonical}:${local}`;
    out[name] = Array.isArray(value) ? value.map((item) => canonicalize(item, withDeclarations(scope, item))) : canonicalize(value, own);
  }
  return out;
}

function withDeclarations(scope: ReadonlyMap<string, string>, element: unknown): ReadonlyMap<string, string> {
  if (typeof element !== 'object' || element === null) return scope;
  const entries = Object.entries(element).filter(([k]) => k === '@_xmlns' || k.startsWith('@_xmlns:'));
  if (entries.length === 0) return scope;
  const inner = new Map(scope);
  for (const [k, v] of entries) inner.set(k === '@_xmlns' ? '' : k.slice('@_xmlns:'.length), String(v));
  return inner;
}

/** The child element (or undefined); a repeated element gives its first occurrence. */
export function child(node: unknown, name: string): unknown {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
  const value = (node as Tree)[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Every occurrence of a child element. */
export function children(node: unknown, name: string): unknown[] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [];
  const value = (node as Tree)[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** An element's text ('' when empty or absent). */
export function text(node: unknown): string {
  if (typeof node === 'string') return node.trim();
  if (typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (typeof node === 'object' && node !== null && !Array.isArray(node)) return text((node as Tree)['#text']);
  return '';
}

/** An attribute of an element ('' when absent). */
export function attr(node: unknown, name: string): string {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return '';
  const value = (node as Tree)[`@_${name}`];
  return value === undefined ? '' : String(value);
}

/** True when the element is present (even empty). */
export function has(node: unknown, name: string): boolean {
  return typeof node === 'object' && node !== null && !Array.isArray(node) && name in (node as Tree);
}

/** The element names of a node (attributes and text left out). */
export function elementNames(node: unknown): string[] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [];
  return Object.keys(node).filter((key) => !key.startsWith('@_') && key !== '#text');
}
