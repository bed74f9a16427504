/**
 * The one XML builder and parser of the plugin (fast-xml-parser): documents are never
 * concatenated by hand, so every value is escaped and every answer is read the same way.
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';

/** Elements AutoDNS repeats; they are always read as lists, even when only one is present. */
const REPEATED = new Set(['msg', 'nserver', 'address', 'ip', 'ip6']);

export const xmlBuilder = new XMLBuilder({ format: false, suppressEmptyNode: true, processEntities: true, ignoreAttributes: true });

export const xmlParser = new XMLParser({
  parseTagValue: false,
  trimValues: true,
  ignoreAttributes: true,
  processEntities: true,
  ignoreDeclaration: true,
  isArray: (name) => REPEATED.has(name),
});

/** A parsed XML node: an element object, a text value, or a list of them. */
export type XmlNode = string | XmlElement | XmlNode[];
export interface XmlElement {
  [name: string]: XmlNode;
}

export function isElement(node: unknown): node is XmlElement {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}

/** The text of an element (`''` when absent or empty). */
export function textOf(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (Array.isArray(node)) return textOf(node[0]);
  if (isElement(node)) return textOf(node['#text']);
  return String(node);
}

/** A child element, or undefined. */
export function child(node: unknown, name: string): XmlElement | undefined {
  if (!isElement(node)) return undefined;
  const c = node[name];
  const first = Array.isArray(c) ? c[0] : c;
  return isElement(first) ? first : undefined;
}

/** Repeated children as a list (an element read once is a list of one). */
export function children(node: unknown, name: string): XmlNode[] {
  if (!isElement(node)) return [];
  const c = node[name];
  if (c === undefined) return [];
  return Array.isArray(c) ? c : [c];
}
