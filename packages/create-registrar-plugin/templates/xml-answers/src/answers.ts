import { XMLParser } from 'fast-xml-parser';
import type { Command, Commands } from './commands.js';
import { unreadable } from './errors.js';

export type Element = Record<string, unknown>;
export const isElement = (v: unknown): v is Element => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Element text stays text (`parseTagValue: false`: a code "0010" keeps its zeros), namespace
 * prefixes are dropped, and `<ns>` is always a list, even with one name server.
 */
export const parser = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, parseTagValue: false, trimValues: true, isArray: (name) => name === 'ns' });

/** Parses a document; text that is not XML reads as an empty document, which callers refuse. */
export function parseXml(text: string): Element {
  try {
    const doc: unknown = parser.parse(text);
    return isElement(doc) ? doc : {};
  } catch {
    return {};
  }
}

const flag = (value: unknown): boolean | undefined => (value === 'true' ? true : value === 'false' ? false : undefined);

/**
 * Reads a command's data from the answer's elements. A value the plugin needs that is missing or
 * malformed is a PROTOCOL error naming it, never a crash or a silently wrong result.
 */
export const readData: { [C in Command]: (data: unknown) => Commands[C]['data'] } = {
  check(data) {
    const available = isElement(data) ? flag(data.available) : undefined;
    if (available === undefined) throw unreadable('check', 'no <available>true|false</available> in the answer');
    return { available, ...(isElement(data) && typeof data.reason === 'string' ? { reason: data.reason } : {}) };
  },
  info(data) {
    const locked = isElement(data) ? flag(data.locked) : undefined;
    if (!isElement(data) || typeof data.status !== 'string' || locked === undefined) throw unreadable('info', 'the answer lacks <status> or <locked>');
    const ns = isElement(data.nameservers) && Array.isArray(data.nameservers.ns) ? data.nameservers.ns : [];
    return {
      status: data.status,
      nameservers: ns.filter((n): n is string => typeof n === 'string'),
      locked,
      ...(typeof data.expiresAt === 'string' ? { expiresAt: data.expiresAt } : {}),
    };
  },
};
