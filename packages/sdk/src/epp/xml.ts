/**
 * The one XML configuration of the EPP transport, shared by the client, the conformance replay
 * server and the sandbox, so every side reads and writes EPP the same way.
 * @module
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  // Values stay strings: a contact id "0042" or a period "01" must not become a number.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  removeNSPrefix: false,
  // The five XML entities only; EPP (RFC 5730 §2) documents carry no DTD of their own.
  processEntities: true,
  htmlEntities: false,
});

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  suppressEmptyNode: true,
  processEntities: true,
  format: false,
});

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>';

/**
 * Parses one EPP document into a fast-xml-parser object tree (attributes as `@_name`, text as
 * `#text` when an element also has attributes, namespace prefixes kept). Throws on malformed XML.
 */
export function parseEppXml(xml: string): Record<string, unknown> {
  const tree: unknown = parser.parse(xml, true);
  if (typeof tree !== 'object' || tree === null) throw new Error('EPP document is empty');
  return tree as Record<string, unknown>;
}

/**
 * Builds XML from an object tree (the inverse of {@link parseEppXml}), escaping every value, and
 * prefixes the XML declaration when the tree has none.
 */
export function buildEppXml(tree: Record<string, unknown>): string {
  const body = String(builder.build(tree));
  return '?xml' in tree ? body : `${DECLARATION}${body}`;
}
