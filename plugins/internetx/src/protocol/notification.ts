/**
 * AutoDNS notification mail (protocols.md §1.4). Two layouts are read:
 * - **Standard** (text + XML): a `<system>` block of `key: value` lines — `transaction:` is our
 *   ctid, `status:` the S/E/N code and its text — then `<reply>` and `<nic_response>` blocks;
 * - **XML only**: a job notification document whose `<ctid>` and `<status><code|type|text>` say
 *   the same.
 * The parser is tolerant of spacing and of the blocks' order.
 */
import { XMLParser } from 'fast-xml-parser';

export interface JobNotification {
  ctid: string;
  /** S (success), E (error) or N (still running) followed by the task code, e.g. `S0101`. */
  code: string;
  text: string;
  /** The EF… codes of the registry / AutoDNS answer, when present. */
  errorCodes: string[];
}

const parser = new XMLParser({ parseTagValue: false, trimValues: true });

function fromStandard(body: string): JobNotification | undefined {
  const transaction = /^\s*transaction:\s*(\S+)/im.exec(body)?.[1];
  const status = /^\s*status:\s*([SEN]\d{4,7})\s*(.*)$/im.exec(body);
  if (transaction === undefined || status === null) return undefined;
  return { ctid: transaction, code: status[1]!, text: status[2]!.replace(/^\[|\]$/g, '').trim(), errorCodes: [...new Set(body.match(/\bEF\d{4,6}\b/g) ?? [])] };
}

function fromXml(body: string): JobNotification | undefined {
  const start = body.indexOf('<');
  if (start < 0) return undefined;
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(body.slice(start)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  // Find the first object carrying a ctid and a status, wherever the layout nests it.
  const seen: unknown[] = [doc];
  while (seen.length > 0) {
    const node = seen.shift();
    if (typeof node !== 'object' || node === null) continue;
    const n = node as Record<string, unknown>;
    const status = n.status as Record<string, unknown> | undefined;
    if (n.ctid !== undefined && typeof status === 'object' && status !== null && status.code !== undefined) {
      return { ctid: String(n.ctid), code: String(status.code), text: String(status.text ?? ''), errorCodes: [...new Set(body.match(/\bEF\d{4,6}\b/g) ?? [])] };
    }
    seen.push(...Object.values(n));
  }
  return undefined;
}

/** Reads a notification mail body, either layout; undefined when it is not a job notification. */
export function parseNotification(body: string): JobNotification | undefined {
  return fromStandard(body) ?? fromXml(body);
}
