import { XMLParser } from 'fast-xml-parser';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, trimValues: true, parseTagValue: false, parseAttributeValue: false, ignoreDeclaration: true });

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export type BodyFormat = 'xml' | 'json' | 'form' | 'text';

/** Guesses the format from a Content-Type. */
export function formatOf(contentType: string | null | undefined): BodyFormat {
  const ct = (contentType ?? '').toLowerCase();
  if (ct.includes('xml')) return 'xml';
  if (ct.includes('json')) return 'json';
  if (ct.includes('x-www-form-urlencoded')) return 'form';
  return 'text';
}

/**
 * Canonical text of a body, so that recorded and live requests compare by meaning: XML
 * whitespace, attribute order and namespace prefixes, JSON key order and form field order do not
 * matter. Placeholders inside values survive canonicalization.
 */
export function canonicalBody(body: unknown, format: BodyFormat): string {
  if (body === undefined || body === null || body === '') return '';
  switch (format) {
    case 'json':
      return stable(typeof body === 'string' ? JSON.parse(body) : body);
    case 'xml':
      return stable(xml.parse(String(body)));
    case 'form': {
      const params = new URLSearchParams(typeof body === 'string' ? body : Object.entries(body as Record<string, unknown>).map(([k, v]): [string, string] => [k, String(v)]));
      return [...params.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join('&');
    }
    default:
      return normalizeText(String(body));
  }
}

/** Line endings to \n, trailing spaces and blank trailing lines removed. */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/\s+$/, '')).join('\n').replace(/\n+$/, '');
}

/** A URL with its query parameters sorted. */
export function canonicalUrl(url: string): string {
  // An origin without a path is the root path: fetch sends https://host/ for https://host.
  const withPath = url.replace(/^(https?:\/\/[^/?#]+)(?=\?|$)/i, '$1/');
  const [base, query] = withPath.split('?', 2) as [string, string | undefined];
  if (query === undefined) return base;
  return `${base}?${query.split('&').sort().join('&')}`;
}
