import type { Selectable } from 'kysely';
import type { TldCatalogueTable } from './schema.js';
import type { CatalogueEntry, CatalogueQuery } from './store.js';

// The TLD catalogue's rows (migration 0009_catalogue), shared by the SQLite and PostgreSQL stores.

export function catalogueColumns(pluginInstance: string, e: CatalogueEntry): TldCatalogueTable {
  return {
    plugin_instance: pluginInstance,
    tld: e.tld,
    register_periods: e.registerPeriods === undefined ? null : JSON.stringify(e.registerPeriods),
    renew_periods: e.renewPeriods === undefined ? null : JSON.stringify(e.renewPeriods),
    prices: JSON.stringify(e.prices),
    synced_at: e.syncedAt.getTime(),
  };
}

export function toCatalogueEntry(r: Selectable<TldCatalogueTable>): CatalogueEntry {
  return {
    pluginInstance: r.plugin_instance,
    tld: r.tld,
    registerPeriods: r.register_periods === null ? undefined : (JSON.parse(r.register_periods) as number[]),
    renewPeriods: r.renew_periods === null ? undefined : (JSON.parse(r.renew_periods) as number[]),
    prices: JSON.parse(r.prices) as CatalogueEntry['prices'],
    syncedAt: new Date(Number(r.synced_at)),
  };
}

/** The WHERE of a catalogue read: its SQL (with `?` placeholders) and values. */
export function catalogueFilter(query: CatalogueQuery): { sql: string; values: string[] } {
  const conditions: string[] = [];
  const values: string[] = [];
  if (query.pluginInstance !== undefined) {
    conditions.push('"plugin_instance" = ?');
    values.push(query.pluginInstance);
  }
  if (query.tld !== undefined) {
    conditions.push('"tld" = ?');
    values.push(query.tld);
  }
  return { sql: conditions.length === 0 ? '' : ` where ${conditions.join(' and ')}`, values };
}
