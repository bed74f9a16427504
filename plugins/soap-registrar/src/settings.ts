/** Instance settings, validated by the host against the manifest's `settings` schema. */
export interface SoapRegistrarSettings {
  /** Production `https://api.netim.com/2.0/` (default) or OTE `https://oteapi.netim.com/2.0/`. */
  endpoint?: string;
  resellerId: string;
  /** Secret (`writeOnly`): sent only in `sessionOpen`. */
  password: string;
  language?: 'EN' | 'FR';
  /** Use the reseller's own contact id for admin / tech / billing roles the request leaves out. */
  useResellerContactId?: boolean;
  /** The reseller contact id to use; defaults to the reseller id. */
  resellerContactId?: string;
  /** Name servers used when a transfer asks for the provider's name servers (docs/host-guide.md#connectors-and-modes). */
  providerNameservers?: string[];
  /** The reseller account's currency (ISO 4217): domainPriceList fees carry none. Default EUR. */
  currency?: string;
  /** How long a session id is reused before a new `sessionOpen`. */
  sessionTtlSeconds?: number;
}
