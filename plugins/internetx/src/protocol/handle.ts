/**
 * AutoDNS contact handles (0301 create / 0302 update). Field names are from public clients
 * (magora-labs HandleUpdate.php, tillkahlbrock HandleInquire_response.xml). The length limits
 * below are modelled conservatively — the gateway's own limits are not published in one place —
 * so a value the gateway might reject never leaves the host.
 */
export interface HandleObject {
  id?: string;
  alias?: string;
  type: 'PERSON' | 'ORG';
  fname: string;
  lname: string;
  organization?: string;
  /** One element per street line. */
  address: string[];
  pcode: string;
  city: string;
  state?: string;
  country: string;
  /** AutoDNS writes phone numbers `+CC-number`. */
  phone: string;
  fax?: string;
  email: string;
}

/** Per-field maximum lengths, in characters (modelled, see the module comment). */
export const HANDLE_LIMITS = {
  fname: 64,
  lname: 64,
  organization: 80,
  address: 80,
  pcode: 16,
  city: 64,
  state: 64,
  email: 80,
} as const;

/** At most this many street lines per handle. */
export const HANDLE_MAX_ADDRESS_LINES = 3;

/** Converts the EPP phone form `+49.8912345678` to the AutoDNS form `+49-8912345678`. */
export function autodnsPhone(epp: string): string {
  return epp.replace('.', '-');
}
