// mailauth costs a third of a second to import: load it only when a message needs checking.
import type { DNSResolver } from 'mailauth';

export type { DNSResolver };

export type DkimVerdict = { pass: true; signingDomain: string } | { pass: false; detail: string };

export interface DkimOptions {
  /** DNS lookups for the public keys; tests serve a local key through it. Defaults to the system resolver. */
  resolver?: DNSResolver;
  /** Smallest accepted RSA key, in bits (mailauth's default: 1024). */
  minBitLength?: number;
}

/** True when `signingDomain` is `fromDomain` or one of its parents below the public suffix (relaxed alignment, RFC 7489 §3.1.1). */
function aligned(fromDomain: string, signingDomain: string, orgDomainAligned: string | false | undefined): boolean {
  if (fromDomain === signingDomain) return true;
  // mailauth reports the organizational domain both share (from the public suffix list), or false.
  return fromDomain.endsWith(`.${signingDomain}`) && typeof orgDomainAligned === 'string' && orgDomainAligned !== '';
}

/**
 * Verifies the DKIM signatures of a raw message with mailauth and asks for one that passes with
 * a `d=` domain aligned with the `From` domain. Only DKIM is checked: mailauth's `authenticate()`
 * would also run SPF, which judges the connecting IP — on the host's loopback listener that is
 * the platform's own MTA, never the registrar, so SPF would say nothing about the sender.
 */
export async function verifyDkim(raw: Buffer, fromAddress: string, options: DkimOptions = {}): Promise<DkimVerdict> {
  const fromDomain = fromAddress.slice(fromAddress.lastIndexOf('@') + 1).toLowerCase();
  let result;
  try {
    const { dkimVerify } = await import('mailauth');
    result = await dkimVerify(raw, {
      ...(options.resolver === undefined ? {} : { resolver: options.resolver }),
      ...(options.minBitLength === undefined ? {} : { minBitLength: options.minBitLength }),
    });
  } catch (error) {
    return { pass: false, detail: `DKIM verification failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  const signatures = result.results.filter((r) => typeof r.signingDomain === 'string' && r.signingDomain !== '');
  const passing = signatures.find((r) => r.status.result === 'pass' && aligned(fromDomain, r.signingDomain.toLowerCase(), r.status.aligned as string | false | undefined));
  if (passing !== undefined) return { pass: true, signingDomain: passing.signingDomain.toLowerCase() };
  if (signatures.length === 0) return { pass: false, detail: 'the message has no DKIM signature' };
  const seen = signatures.map((r) => `d=${r.signingDomain}: ${r.status.result}${r.status.comment ? ` (${String(r.status.comment)})` : ''}`).join('; ');
  return { pass: false, detail: `no passing DKIM signature aligned with ${fromDomain}: ${seen}` };
}
