/**
 * Reading EPP responses whatever prefixes the server chose. `ctx.epp` hands back fast-xml-parser
 * trees with the server's own prefixes; a server may write `<d:infData xmlns:d="…domain-1.0">`.
 * Every element is renamed to the usual prefix of its namespace (`domain:`, `host:`, `contact:`,
 * `rgp:`, `secDNS:`) before the plugin looks at it. A prefix declared outside the subtree (on
 * `<epp>`) cannot be resolved here and is kept as written.
 */
import { EPP_NS } from '@registrar-kit/sdk';

export type Tree = Record<string, unknown>;

const USUAL = new Map<string, string>(Object.entries(EPP_NS).map(([prefix, uri]) => [uri, prefix]));

export function canonical(node: unknown, scope: ReadonlyMap<string, string> = new Map()): unknown {
  if (Array.isArray(node)) return node.map((n) => canonical(n, scope));
  if (typeof node !== 'object' || node === null) return node;
  const out: Tree = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@_') || key === '#text') {
      out[key] = value;
      continue;
    }
    // An element's own xmlns declarations apply to its name and everything inside it.
    const own = withDeclarations(scope, Array.isArray(value) ? value[0] : value);
    const colon = key.indexOf(':');
    const prefix = colon === -1 ? '' : key.slice(0, colon);
    const local = colon === -1 ? key : key.slice(colon + 1);
    const uri = own.get(prefix);
    const usual = uri === undefined ? undefined : USUAL.get(uri);
    const name = usual === undefined ? key : usual === 'epp' ? local : `${usual}:${local}`;
    out[name] = Array.isArray(value) ? value.map((v) => canonical(v, withDeclarations(scope, v))) : canonical(value, own);
  }
  return out;
}

function withDeclarations(scope: ReadonlyMap<string, string>, element: unknown): ReadonlyMap<string, string> {
  if (typeof element !== 'object' || element === null) return scope;
  const entries = Object.entries(element).filter(([k]) => k === '@_xmlns' || k.startsWith('@_xmlns:'));
  if (entries.length === 0) return scope;
  const inner = new Map(scope);
  for (const [k, v] of entries) inner.set(k === '@_xmlns' ? '' : k.slice(8), String(v));
  return inner;
}

export function child(node: unknown, name: string): unknown {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
  const value = (node as Tree)[name];
  return Array.isArray(value) ? value[0] : value;
}

export function children(node: unknown, name: string): unknown[] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [];
  const value = (node as Tree)[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function text(node: unknown): string {
  if (typeof node === 'string') return node.trim();
  if (typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (typeof node === 'object' && node !== null && !Array.isArray(node)) return text((node as Tree)['#text']);
  return '';
}

export function attr(node: unknown, name: string): string {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return '';
  const value = (node as Tree)[`@_${name}`];
  return value === undefined ? '' : String(value);
}
