import { done, failed, invalidInput, parseOperationInput, type AccountDomain, type OperationContext, type OperationInput, type TldInfo, type TldPrice } from '@registrar-kit/sdk';
import { wireDate } from './domain-info.js';
import { MANIFEST } from './manifest.js';
import { records, type SoapArgs } from './protocol/soap.js';
import { call } from './session.js';
import type { SoapRegistrarSettings } from './settings.js';
import { submit } from './submit.js';

type Ctx = OperationContext<SoapRegistrarSettings>;

/** At most this many domains per `listDomains` page (queryDomainList has no paging of its own). */
export const DOMAIN_PAGE_SIZE = 500;

/** A string array argument (ipv4[] / ipv6[]): encoded items, or empty when there are none. */
const list = (values: readonly string[] | undefined): unknown => (values === undefined || values.length === 0 ? '' : { item: [...values] });

type HostInput = OperationInput<'createHost'>;

const hostArgs = ({ host, ipv4, ipv6 }: HostInput): SoapArgs => [
  ['host', host],
  ['ipv4', list(ipv4)],
  ['ipv6', list(ipv6)],
];

/** The result of a host create / update: what was asked, the address lists given. */
const hostResult = ({ domain, host, ipv4, ipv6 }: HostInput): HostInput => ({ domain, host, ...(ipv4 ? { ipv4 } : {}), ...(ipv6 ? { ipv6 } : {}) });

/** A fee as a decimal string ("12.50"); a comma decimal is accepted, anything else is left out. */
function amount(value: unknown): string | undefined {
  const s = (typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '').trim().replace(',', '.');
  return /^\d{1,12}(\.\d{1,6})?$/.test(s) ? s : undefined;
}

const FEES: readonly [field: string, action: TldPrice['action']][] = [
  ['Fee4Registration', 'register'],
  ['Fee4Renewal', 'renew'],
  ['Fee4Transfer', 'transfer'],
  ['Fee4Restore', 'restore'],
];

export const vocabularyOperations = {
  // hostCreate(host, ipv4[], ipv6[]): a StructOperationResponse, like the domain functions.
  async createHost(raw: unknown, ctx: Ctx) {
    const input = parseOperationInput(MANIFEST, 'createHost', raw);
    return submit(ctx, 'hostCreate', hostArgs(input), hostResult(input));
  },

  // hostUpdate takes the complete new address lists.
  async updateHost(raw: unknown, ctx: Ctx) {
    const input = parseOperationInput(MANIFEST, 'updateHost', raw);
    return submit(ctx, 'hostUpdate', hostArgs(input), hostResult(input));
  },

  async deleteHost(raw: unknown, ctx: Ctx) {
    const input = parseOperationInput(MANIFEST, 'deleteHost', raw);
    return submit(ctx, 'hostDelete', [['host', input.host]], { domain: input.domain, host: input.host });
  },

  // domainRestore(domain): out of the redemption period; billed at the TLD's restore fee.
  async restore(raw: unknown, ctx: Ctx) {
    const input = parseOperationInput(MANIFEST, 'restore', raw);
    return submit(ctx, 'domainRestore', [['domain', input.domain]], { domain: input.domain });
  },

  // queryDomainList(filter) answers the whole account at once (StructDomainList: domain,
  // dateCreate, dateExpiration); the cursor is an offset into that list.
  async listDomains(raw: unknown, ctx: Ctx) {
    const input = parseOperationInput(MANIFEST, 'listDomains', raw);
    const offset = input.cursor === undefined ? 0 : Number(input.cursor);
    if (!Number.isInteger(offset) || offset < 0) return failed(invalidInput([{ path: '/cursor', message: 'is not a cursor this plugin gave out' }]));
    const size = Math.min(input.limit ?? DOMAIN_PAGE_SIZE, DOMAIN_PAGE_SIZE);
    const all = records(await call(ctx, 'queryDomainList', [['filter', '']]));
    const domains: AccountDomain[] = all.slice(offset, offset + size).flatMap((r) => {
      const name = typeof r.domain === 'string' ? r.domain.trim().toLowerCase() : '';
      if (name === '') return [];
      const createdAt = wireDate(r.dateCreate);
      const expiresAt = wireDate(r.dateExpiration);
      return [{ domain: name, ...(createdAt === undefined ? {} : { createdAt }), ...(expiresAt === undefined ? {} : { expiresAt }) }];
    });
    return done({ domains, ...(offset + size < all.length ? { nextCursor: String(offset + size) } : {}) });
  },

  // domainPriceList() answers every TLD's fees (StructDomainPriceList) without a currency: they
  // are in the reseller account's currency, the `currency` setting (EUR unless set).
  async listTlds(raw: unknown, ctx: Ctx) {
    const input = parseOperationInput(MANIFEST, 'listTlds', raw);
    const currency = ctx.settings.currency ?? 'EUR';
    if (input.currency !== undefined && input.currency !== currency) return done({ tlds: [] });
    const tlds: TldInfo[] = records(await call(ctx, 'domainPriceList', [])).flatMap((r) => {
      const tld = typeof r.tld === 'string' ? r.tld.trim().toLowerCase().replace(/^\./, '') : '';
      if (!/^[a-z0-9-]{1,63}(\.[a-z0-9-]{1,63}){0,3}$/.test(tld)) return [];
      const prices = FEES.flatMap(([field, action]) => {
        const a = amount(r[field]);
        return a === undefined ? [] : [{ currency, action, amount: a }];
      });
      return [{ tld, prices }];
    });
    return done({ tlds });
  },
};
