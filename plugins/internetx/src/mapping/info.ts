/**
 * The `<domain>` of a 0105 inquire answer → the sdk's DomainInfo. Field names are from the
 * tillkahlbrock DomainInquire_response.xml fixture; `registry_status` values from the
 * RegistryStatus enum of the Domainrobot swagger. Dates come as `yyyy-MM-dd HH:mm:ss` and are
 * read as UTC (modelled: the documentation does not state the zone).
 */
import type { DomainInfo, EppStatus, Nameserver } from '@registrar-kit/sdk';
import { children, isElement, textOf, type XmlElement } from '../protocol/xml.js';

const STATUS_MAP: Readonly<Record<string, EppStatus[]>> = {
  ACTIVE: ['ok'],
  AUTO: ['ok'],
  NONE: ['ok'],
  LOCK: ['clientTransferProhibited'],
  HOLD: ['clientHold'],
  HOLD_LOCK: ['clientHold', 'clientTransferProhibited'],
  LOCK_OWNER: ['clientUpdateProhibited'],
  LOCK_UPDATE: ['clientUpdateProhibited'],
  PENDING: ['pendingCreate'],
};

export function isoDate(value: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}:\d{2}))?/.exec(value.trim());
  return m === null ? undefined : `${m[1]!}T${m[2] ?? '00:00:00'}.000Z`;
}

export function domainInfoOf(name: string, domain: XmlElement | undefined): DomainInfo {
  const registryStatus = textOf(domain?.registry_status).toUpperCase();
  const statuses = STATUS_MAP[registryStatus] ?? ['ok'];
  const nameservers: Nameserver[] = children(domain, 'nserver')
    .filter(isElement)
    .map((ns) => {
      const ipv4 = children(ns, 'ip').map(textOf).filter((v) => v !== '');
      const ipv6 = children(ns, 'ip6').map(textOf).filter((v) => v !== '');
      return { host: textOf(ns.name).toLowerCase(), ...(ipv4.length > 0 ? { ipv4 } : {}), ...(ipv6.length > 0 ? { ipv6 } : {}) };
    })
    .filter((ns) => ns.host !== '');
  const createdAt = isoDate(textOf(domain?.created));
  const expiresAt = isoDate(textOf(domain?.payable));
  const autorenew = textOf(domain?.autorenew).toLowerCase();
  return {
    domain: textOf(domain?.name) || name,
    statuses,
    ...(registryStatus === '' ? {} : { registrarStatus: registryStatus }),
    ...(createdAt === undefined ? {} : { createdAt }),
    ...(expiresAt === undefined ? {} : { expiresAt }),
    nameservers,
    locked: statuses.includes('clientTransferProhibited'),
    ...(autorenew === '' ? {} : { autoRenew: autorenew === 'true' || autorenew === '1' }),
  };
}

/** The handle ids of a domain (0105 answer). */
export function domainHandles(domain: XmlElement | undefined): { ownerc: string; adminc: string; techc: string; zonec: string } {
  return { ownerc: textOf(domain?.ownerc), adminc: textOf(domain?.adminc), techc: textOf(domain?.techc), zonec: textOf(domain?.zonec) };
}
