import { XMLParser } from 'fast-xml-parser';

/**
 * Canonical text of EPP documents, so a recorded frame and the plugin's frame compare by meaning:
 * whitespace between elements, attribute order, the spelling of namespace prefixes (`domain:` vs
 * `d:`), the XML declaration and `xsi:schemaLocation` hints do not matter; element order and every
 * value do. Each element becomes one line, `{namespace-uri}local` indented by depth, so a
 * mismatch reads as a line diff. `{{placeholders}}` inside values survive.
 */
const ordered = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
  htmlEntities: false,
});

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

function expand(qname: string, scope: ReadonlyMap<string, string>, isAttribute: boolean): string {
  const colon = qname.indexOf(':');
  const prefix = colon === -1 ? '' : qname.slice(0, colon);
  const local = colon === -1 ? qname : qname.slice(colon + 1);
  // Unprefixed attributes have no namespace (XML Namespaces §6.2); unprefixed elements take the default.
  if (isAttribute && prefix === '') return local;
  const uri = scope.get(prefix);
  return uri === undefined ? qname : `{${uri}}${local}`;
}

/** Values stay on their element's line, so a placeholder's capture cannot run into the next element. */
function oneLine(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n');
}

function walk(nodes: Node[], scope: ReadonlyMap<string, string>, depth: number, out: string[]): void {
  for (const node of nodes) {
    const name = Object.keys(node).find((k) => k !== ':@');
    if (name === undefined) continue;
    const children = node[name] as Node[] | undefined;
    if (name === '#text') {
      out.push(`${'  '.repeat(depth)}"${oneLine(String(children))}"`);
      continue;
    }
    const attrs = node[':@'] ?? {};
    const inner = new Map(scope);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'xmlns') inner.set('', v);
      else if (k.startsWith('xmlns:')) inner.set(k.slice(6), v);
    }
    const shown = Object.entries(attrs)
      .filter(([k]) => k !== 'xmlns' && !k.startsWith('xmlns:'))
      .map(([k, v]) => [expand(k, inner, true), v] as const)
      .filter(([k]) => !k.startsWith(`{${XSI}}`))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => ` ${k}="${v}"`)
      .join('');
    const kids = Array.isArray(children) ? children : [];
    const text = kids.length === 1 && kids[0] !== undefined && '#text' in kids[0] ? String(kids[0]['#text']) : undefined;
    if (text !== undefined) {
      out.push(`${'  '.repeat(depth)}<${expand(name, inner, false)}${shown}>${oneLine(text)}`);
    } else {
      out.push(`${'  '.repeat(depth)}<${expand(name, inner, false)}${shown}>`);
      walk(kids, inner, depth + 1, out);
    }
  }
}

/** The canonical lines of one EPP document. Throws when it is not well-formed XML. */
export function canonicalEpp(xml: string): string {
  const out: string[] = [];
  walk(ordered.parse(xml, true) as Node[], new Map(), 0, out);
  return out.join('\n');
}

/** A short name for messages: `domain:create`, `login`, `poll op=req`, `hello`. */
export function eppCommandName(xml: string): string {
  const command = /<(?:[\w.-]+:)?command[\s>][\s\S]*?<([\w.-]+:)?(\w+)(\s[^>]*)?\/?>\s*<([\w.-]+:\w+)/.exec(xml);
  if (command !== null) return `${command[2]} ${command[4]}`;
  const verb = /<(?:[\w.-]+:)?command[\s>][\s\S]*?<(?:[\w.-]+:)?(\w+)(?:\s+op="(\w+)")?/.exec(xml);
  if (verb !== null) return verb[2] === undefined ? verb[1]! : `${verb[1]!} op=${verb[2]}`;
  return /<(?:[\w.-]+:)?hello\s*\/?>/.test(xml) ? 'hello' : 'frame';
}
