import {
  checkDomainName,
  operationSpec,
  RegistrarError,
  type AccountDomain,
  type Clock,
  type OperationContext,
  type OperationResults,
  type Outcome,
  type TldInfo,
} from '@registrar-kit/sdk';
import { connectorFor, type Connector } from '../connectors.js';
import type { Engine } from '../engine/engine.js';
import type { Plan } from '../engine/plan.js';
import { HostError } from '../errors.js';
import type { PluginInstance } from '../plugin-registry.js';
import { requireId } from '../router.js';
import type { CatalogueEntry, CatalogueQuery, DomainRecord, Store } from '../store/store.js';

/**
 * The account-level operations (docs: issue 19, "the vocabulary platforms expect"):
 * `listDomains` imports an existing registrar account into the store, `listTlds` keeps a TLD
 * catalogue with periods and prices for the platform to read. The host calls them itself, page
 * by page, through the instance's runtime (deadline, checked answer, secrets scrubbed); every
 * write goes through the engine.
 */
export interface AccountDeps {
  engine: Engine;
  store: Store;
  clock: Clock;
  instances: ReadonlyMap<string, PluginInstance>;
  connectors: readonly Connector[];
  newId: () => string;
}

export interface ImportOptions {
  /** Domains per page asked of the plugin (it may answer fewer). */
  pageSize?: number;
  /** Stop after this many pages (default 1000): a plugin that never stops paging cannot hold the host. */
  maxPages?: number;
}

export interface ImportReport {
  instance: string;
  pages: number;
  /** Domains created in the store, status `registered`. */
  created: string[];
  /** Domains already in the store: left exactly as they were. */
  existing: string[];
  /** What the plugin reported that could not be imported, with the reason. */
  skipped: { domain: string; reason: string }[];
}

export interface CatalogueSyncReport {
  instance: string;
  pages: number;
  tlds: number;
  skipped: { tld: string; reason: string }[];
  syncedAt: Date;
}

const DEFAULT_MAX_PAGES = 1000;

function instanceFor(deps: AccountDeps, name: string, op: 'listDomains' | 'listTlds'): PluginInstance {
  const instance = deps.instances.get(name);
  if (instance === undefined) throw new HostError('NOT_FOUND', `plugin instance "${name}" is not loaded`);
  const spec = operationSpec(instance.manifest, op);
  if (spec.mode !== 'auto') {
    throw new RegistrarError({ code: 'UNSUPPORTED', message: `The registrar connection cannot list its ${op === 'listDomains' ? 'domains' : 'TLDs'}`, detail: `plugin instance "${name}" declares ${op} ${spec.mode}: ${spec.reason ?? 'no reason given'}` });
  }
  return instance;
}

/** Calls one page of an account-level operation; a failure or a pending answer is thrown. */
async function page<K extends 'listDomains' | 'listTlds'>(deps: AccountDeps, instance: PluginInstance, op: K, input: Record<string, unknown>): Promise<OperationResults[K]> {
  const id = `${op}-${deps.newId()}`;
  const ctx: OperationContext<unknown> = { ...instance.context, log: instance.logger({ operationId: id }), operation: { id, name: op, domain: '', customerId: undefined } };
  const invocation = await instance.runtime.invoke(op, input, ctx);
  const outcome: Outcome = invocation.outcome;
  const level = outcome.status === 'done' ? 'info' : 'warn';
  await deps.engine.log({
    level,
    kind: 'plugin-call',
    message: `${op} (${instance.name}${input.cursor === undefined ? '' : `, page ${String(input.cursor)}`}): ${outcome.status}${outcome.status === 'failed' ? ` ${outcome.error.code}` : ''}`,
    pluginInstance: instance.name,
    ...(invocation.problem === undefined ? {} : { data: { problem: invocation.problem.detail } }),
  });
  if (outcome.status === 'failed') throw outcome.error;
  if (outcome.status === 'pending') throw new RegistrarError({ code: 'PROTOCOL', message: 'The registrar connection answered an account listing as pending', detail: `${op} of ${instance.name} must answer at once` });
  return outcome.result as OperationResults[K];
}

/** The next cursor, refusing one already seen (a plugin paging in a circle). */
function nextCursor(seen: Set<string>, cursor: string | undefined, op: string, instance: string): string | undefined {
  if (cursor === undefined) return undefined;
  if (seen.has(cursor)) throw new RegistrarError({ code: 'PROTOCOL', message: 'The registrar connection repeated a page', detail: `${op} of ${instance} answered the cursor "${cursor}" twice` });
  seen.add(cursor);
  return cursor;
}

/** The domain row an imported domain starts with. */
function importedRow(d: AccountDomain, name: string, tld: string, instance: string, connectors: readonly Connector[], now: Date): DomainRecord {
  const connector = connectorFor(connectors, tld);
  return {
    name,
    tld,
    status: 'registered',
    connector: connector?.plugin === instance ? connector.name : undefined,
    pluginInstance: instance,
    customerId: undefined,
    locked: d.locked === true,
    expiresAt: d.expiresAt,
    nameservers: d.nameservers,
    lastError: undefined,
    pendingOperation: undefined,
    version: 0,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Imports the domains of a registrar account (`listDomains`, every page) as `registered` rows.
 * Idempotent: a domain already in the store is left as it is, so running it again (or twice at
 * once) creates each domain once.
 */
export async function importPortfolio(deps: AccountDeps, instanceName: string, options: ImportOptions = {}): Promise<ImportReport> {
  const instance = instanceFor(deps, instanceName, 'listDomains');
  const report: ImportReport = { instance: instanceName, pages: 0, created: [], existing: [], skipped: [] };
  const seen = new Set<string>();
  let cursor: string | undefined;
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  do {
    if (report.pages >= maxPages) {
      report.skipped.push({ domain: '*', reason: `stopped after ${maxPages} pages; run the import again to continue` });
      break;
    }
    const input = { ...(cursor === undefined ? {} : { cursor }), ...(options.pageSize === undefined ? {} : { limit: options.pageSize }) };
    const result = await page(deps, instance, 'listDomains', input);
    report.pages++;
    const wanted: { row: AccountDomain; name: string; tld: string }[] = [];
    for (const d of result.domains) {
      const checked = checkDomainName(d.domain);
      if (checked.value === undefined) report.skipped.push({ domain: String(d.domain).slice(0, 100), reason: checked.issues[0]?.message ?? 'not a domain name' });
      else if (wanted.some((w) => w.name === checked.value!.name)) continue;
      else wanted.push({ row: d, name: checked.value.name, tld: checked.value.tld });
    }
    const outcome = await deps.engine.commit(async (tx): Promise<Plan<{ created: string[]; existing: string[] }>> => {
      const plan: Plan<{ created: string[]; existing: string[] }> = { writes: [], log: [], events: [], result: { created: [], existing: [] } };
      const now = deps.clock.now();
      for (const w of wanted) {
        if ((await tx.getDomain(w.name)) !== undefined) {
          plan.result!.existing.push(w.name);
          continue;
        }
        plan.writes.push({ kind: 'domain.put', record: importedRow(w.row, w.name, w.tld, instanceName, deps.connectors, now), version: undefined });
        plan.log.push({ level: 'info', kind: 'transition', message: `domain ${w.name}: new → registered (imported from ${instanceName})`, domain: w.name, pluginInstance: instanceName, data: { from: undefined, to: 'registered', via: 'listDomains' } });
        plan.events.push({ name: 'domain.status', payload: { domain: w.name, from: undefined, to: 'registered' } });
        plan.result!.created.push(w.name);
      }
      return plan;
    });
    report.created.push(...outcome.created);
    report.existing.push(...outcome.existing);
    cursor = nextCursor(seen, result.nextCursor, 'listDomains', instanceName);
  } while (cursor !== undefined);
  return report;
}

/**
 * Reads the TLD catalogue of an instance (`listTlds`, every page) and replaces what the store
 * holds for it: the platform reads it with {@link listCatalogue}. A TLD reported twice keeps its
 * first entry.
 */
export async function syncCatalogue(deps: AccountDeps, instanceName: string, options: { maxPages?: number } = {}): Promise<CatalogueSyncReport> {
  const instance = instanceFor(deps, instanceName, 'listTlds');
  const seen = new Set<string>();
  const tlds = new Map<string, TldInfo>();
  const skipped: CatalogueSyncReport['skipped'] = [];
  let cursor: string | undefined;
  let pages = 0;
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  do {
    if (pages >= maxPages) throw new RegistrarError({ code: 'PROTOCOL', message: 'The registrar connection did not stop paging its TLDs', detail: `${instanceName}: more than ${maxPages} pages of listTlds` });
    const result = await page(deps, instance, 'listTlds', cursor === undefined ? {} : { cursor });
    pages++;
    for (const t of result.tlds) {
      if (tlds.has(t.tld)) skipped.push({ tld: t.tld, reason: 'reported twice: the first entry is kept' });
      else tlds.set(t.tld, t);
    }
    cursor = nextCursor(seen, result.nextCursor, 'listTlds', instanceName);
  } while (cursor !== undefined);
  const syncedAt = deps.clock.now();
  const entries: CatalogueEntry[] = [...tlds.values()].map((t) => ({
    pluginInstance: instanceName,
    tld: t.tld,
    registerPeriods: t.registerPeriods,
    renewPeriods: t.renewPeriods,
    prices: t.prices.map((p) => ({ currency: p.currency, action: p.action, amount: p.amount, ...(p.period === undefined ? {} : { period: p.period }) })),
    syncedAt,
  }));
  await deps.engine.commit(async () => ({
    writes: [{ kind: 'catalogue.replace', pluginInstance: instanceName, entries }],
    log: [{ level: 'info', kind: 'catalogue', message: `TLD catalogue of ${instanceName} synced: ${entries.length} TLDs`, pluginInstance: instanceName, data: { tlds: entries.length, pages } }],
    events: [],
  }));
  return { instance: instanceName, pages, tlds: entries.length, skipped, syncedAt };
}

/** The synced catalogue (every instance's, or one instance's / one TLD's). */
export function listCatalogue(store: Store, query: CatalogueQuery = {}): Promise<CatalogueEntry[]> {
  return store.listCatalogue({ ...query, ...(query.tld === undefined ? {} : { tld: query.tld.toLowerCase().replace(/^\./, '') }) });
}

/** The host's `portfolio` API over the dependencies of the moment (the host checks it is open). */
export function portfolioApi(deps: () => AccountDeps): { import: (instance: string, options?: ImportOptions) => Promise<ImportReport> } {
  return { import: (instance, options) => importPortfolio(deps(), requireId('/instance', instance), options) };
}

/** The host's `catalogue` API: `sync` reads an instance's `listTlds` into the store, `list` reads the store. */
export function catalogueApi(deps: () => AccountDeps): { sync: (instance: string, options?: { maxPages?: number }) => Promise<CatalogueSyncReport>; list: (query?: CatalogueQuery) => Promise<CatalogueEntry[]> } {
  return {
    sync: (instance, options) => syncCatalogue(deps(), requireId('/instance', instance), options),
    list: (query) => listCatalogue(deps().store, query),
  };
}
