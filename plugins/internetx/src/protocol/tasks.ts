/**
 * AutoDNS task codes and the objects they carry (sources: plugins/internetx/README.md#wire-fidelity). Codes are
 * documented; the element names inside the objects come from public clients (magora-labs,
 * tillkahlbrock, dim) and are listed as such in the README.
 */
import type { HandleObject } from './handle.js';

export const TASK = {
  domainCreate: '0101',
  domainUpdate: '0102',
  domainStatusUpdate: '0102002',
  cancelationCreate: '0103101',
  transferIn: '0104',
  domainInquire: '0105',
  authInfo1Create: '0113001',
  domainRestore: '0101005',
  transferOutAnswer: '0106002',
  handleCreate: '0301',
  handleUpdate: '0302',
  handleInquire: '0304',
  pollInfo: '0905',
  pollConfirm: '0906',
} as const;

export type TaskCode = (typeof TASK)[keyof typeof TASK];

/** A name server inside a domain object; `ip` / `ip6` are glue for in-zone hosts. */
export interface NserverObject {
  name: string;
  ip?: string[];
  ip6?: string[];
}

/** The `<domain>` object of 0101 / 0102 / 0102002 / 0104 / 0105 / 0113001. */
export interface DomainObject {
  name: string;
  ownerc?: string;
  adminc?: string;
  techc?: string;
  zonec?: string;
  nserver?: NserverObject[];
  period?: number;
  authinfo?: string;
  /** 1 = the order is binding (domain create). */
  confirm_order?: 1;
  /** 0102002: the registry status to set (LOCK / ACTIVE). */
  registry_status?: 'LOCK' | 'ACTIVE';
}

/**
 * The `<cancelation>` object of 0103101, with the XML API's element names and values
 * (APIXMLEN "Cancelation Create" / "DomainCancelation Object": `type` delete, `execdate`
 * expire | now | a date). The JSON API spells them `type: DELETE`, `execution: EXPIRE`; the
 * XML gateway does not.
 */
export interface CancelationObject {
  domain: string;
  type: 'delete';
  execdate: 'now' | 'expire';
}

/**
 * One `<task>`. `ctid` is required on every task so that every answer and every asynchronous
 * notification can be traced back to the operation that caused it.
 */
export interface Task {
  code: TaskCode;
  ctid: string;
  /** Where the job notification mail goes. */
  reply_to?: string;
  /**
   * Task keys. `force_handle_create` makes 0301 create a new handle even when the account has an
   * identical one (APIXMLEN "Contact Create"); without it the gateway may hand back another
   * customer's handle, which an in-place 0302 update would then change for both. A 0105 list
   * names the extra fields each listed domain carries the same way (`<key>payable</key>`).
   */
  key?: 'force_handle_create' | string[];
  domain?: DomainObject;
  /** 0301 / 0302: the handle's data; 0304 inquire: its id only (tillkahlbrock HandleInquire_request.xml). */
  handle?: HandleObject | { id: string };
  cancelation?: CancelationObject;
  message?: { id: string };
  /** 0106002: the answer to a transfer away (`ack` approves, `nack` refuses). */
  transfer?: { domain: string; type: 'ack' | 'nack' };
  /** 0105 as a list: the page (`offset`, `limit`; `children` 0 = the account's own domains only). */
  view?: { offset: number; limit: number; children: 0 };
}
