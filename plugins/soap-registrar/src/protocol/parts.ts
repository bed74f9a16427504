/**
 * The name of the one part each reply carries. The API is SOAP rpc/encoded, so a reply is
 * `<ns1:{fn}Response>` holding a single part whose element name is the WSDL's part name, and that
 * name differs per function: `sessionOpen` answers `<IDSession>`, `contactCreate` `<idContact>`,
 * `domainCheck` `<domainCheckResponseReturn>`, most others `<return>`.
 *
 * `documented` parts are read by name only: a reply that names its part otherwise is not the
 * registrar's and fails as PROTOCOL. For the functions no public reply sample shows, the part is
 * modelled as `return` (what every StructOperationResponse function with a public sample uses), and
 * a reply with a single part of another name is still read, so a wrong guess cannot stop the
 * plugin. Sources per row are in the README's "Wire fidelity" table.
 */
export interface ResponsePart {
  /** Element name of the part; `undefined` for functions that answer an empty response. */
  name: string | undefined;
  documented: boolean;
}

const documented = (name: string | undefined): ResponsePart => ({ name, documented: true });
const modelled = (name: string): ResponsePart => ({ name, documented: false });

export const RESPONSE_PARTS: Readonly<Record<string, ResponsePart>> = {
  // acme.sh dnsapi/dns_netim.sh greps <IDSession>; dymmer-code/netim lib/netim/session.ex.
  sessionOpen: documented('IDSession'),
  // An empty <sessionCloseResponse/> (acme.sh checks for the element; dymmer-code/netim).
  sessionClose: documented(undefined),
  // dymmer-code/netim lib/netim/contact.ex.
  contactCreate: documented('idContact'),
  // dymmer-code/netim lib/netim/contact.ex and test/contact_test.exs (contactInfoResponse).
  contactInfo: documented('contact'),
  // dymmer-code/netim lib/netim/domain.ex; the encoded array in altenwald/soap-elixir's decode test.
  domainCheck: documented('domainCheckResponseReturn'),
  // dymmer-code/netim lib/netim/domain.ex and lib/netim/operation.ex read `return`.
  domainInfo: documented('return'),
  queryOpe: documented('return'),
  queryOpePending: documented('return'),
  domainCreate: documented('return'),
  domainTransferIn: documented('return'),
  domainRenew: documented('return'),
  domainDelete: documented('return'),
  domainChangeDNS: documented('return'),
  domainSetPreference: documented('return'),
  // StructOperationResponse is documented for these, the part name of their reply is not.
  domainTransferOwner: modelled('return'),
  domainChangeContact: modelled('return'),
  domainSetDNSSecExt: modelled('return'),
  domainAuthID: modelled('return'),
  domainZoneInit: modelled('return'),
  // The functions and their return types are in Netim's PHP SOAP client (FOSSBilling module); no
  // public reply sample shows the part name.
  hostCreate: modelled('return'),
  hostUpdate: modelled('return'),
  hostDelete: modelled('return'),
  domainRestore: modelled('return'),
  queryDomainList: modelled('return'),
  domainPriceList: modelled('return'),
};

/** The part of `fn`'s reply; a function missing from the table is read like a modelled `return`. */
export function responsePart(fn: string): ResponsePart {
  return RESPONSE_PARTS[fn] ?? modelled('return');
}
