import { relative } from 'node:path';
import type { Exchange, LoadedCassette, Source } from './cassette.js';
import { eppCommandName } from './epp-canonical.js';
import type { Failure } from './replay.js';

/**
 * Where a recorded exchange's shape comes from (CASSETTES.md, "Provenance"): a cited public
 * document or open-source client file (`documented`), a reasoned `modelled`, or nothing at all
 * (`unsourced`). A conformance run proves a plugin matches its cassettes; these counts say how
 * far the cassettes themselves can be trusted to match the registrar.
 */
export type ProvenanceKind = 'documented' | 'modelled' | 'unsourced';

/** One exchange or inbound message that cites no public reference. */
export interface ProvenanceEntry {
  /** The cassette, relative to the cassette directory: `register/success.json`. */
  file: string;
  /**
   * 1-based, as in the replay's failure messages ("step 2"); absent for the cassette's recorded
   * EPP greeting (`epp.greeting`), which belongs to the whole scenario.
   */
  step?: number;
  /** 1-based position in the step's `exchanges`; absent for the step's inbound `message`. */
  exchange?: number;
  /** What was recorded there: `POST https://…`, `mail to requests@…`, `inbound mail success.1.eml`, `EPP greeting`. */
  what: string;
  kind: Exclude<ProvenanceKind, 'documented'>;
  /** The cassette's `modelled` reason. */
  reason?: string;
}

export interface ProvenanceCounts {
  documented: number;
  modelled: number;
  unsourced: number;
}

/** Per plugin: the counts, and every modelled or unsourced exchange by cassette file and step. */
export interface ProvenanceReport {
  counts: ProvenanceCounts;
  modelled: ProvenanceEntry[];
  unsourced: ProvenanceEntry[];
}

/** The kind of a `source` value (the schema guarantees one of its three forms when present). */
export function provenanceKind(source: Source | undefined): ProvenanceKind {
  if (source === undefined) return 'unsourced';
  return 'modelled' in source ? 'modelled' : 'documented';
}

function describeExchange(e: Exchange): string {
  if ('http' in e) return `${e.http.request.method} ${e.http.request.url}`;
  if ('epp' in e) return `EPP ${eppCommandName(e.epp.request)}`;
  return `mail to ${e.mailOut.to.join(', ')}`;
}

/**
 * Every exchange and inbound message of the cassettes, sourced or not, in file and step order; a
 * recorded EPP greeting first in its file. The login's answer is never recorded (the replay
 * server makes it), and a cassette without `epp.greeting` gets the suite's default greeting:
 * neither is a registry's reply, so neither is counted.
 */
function* sourcedItems(cassettes: readonly LoadedCassette[], cassetteDir: string): Generator<{ file: string; step?: number; exchange?: number; what: string; source: Source | undefined }> {
  for (const c of cassettes) {
    const file = relative(cassetteDir, c.file).split('\\').join('/');
    const server = c.cassette.epp;
    if (server?.greeting !== undefined) yield { file, what: 'EPP greeting', source: server.source };
    for (const [i, step] of c.cassette.steps.entries()) {
      if (step.message !== undefined) {
        const what = step.message.eml === undefined ? 'inbound webhook' : `inbound mail ${step.message.eml}`;
        yield { file, step: i + 1, what, source: step.message.source };
      }
      for (const [j, e] of (step.exchanges ?? []).entries()) yield { file, step: i + 1, exchange: j + 1, what: describeExchange(e), source: e.source };
    }
  }
}

/** Counts the cassettes' exchanges and messages by provenance and lists the ones without a cited reference. */
export function collectProvenance(cassettes: readonly LoadedCassette[], cassetteDir: string): ProvenanceReport {
  const report: ProvenanceReport = { counts: { documented: 0, modelled: 0, unsourced: 0 }, modelled: [], unsourced: [] };
  for (const { source, ...where } of sourcedItems(cassettes, cassetteDir)) {
    const kind = provenanceKind(source);
    report.counts[kind]++;
    if (kind === 'documented') continue;
    const entry: ProvenanceEntry = { ...where, kind, ...(source !== undefined && 'modelled' in source ? { reason: source.modelled } : {}) };
    report[kind].push(entry);
  }
  return report;
}

/** `register/success.json step 2 exchange 1 (mail to …)`, `info/success.json epp.greeting (EPP greeting)` — where a reviewer looks. */
export function formatEntry(e: ProvenanceEntry): string {
  const where = e.step === undefined ? 'epp.greeting' : `step ${e.step}${e.exchange === undefined ? '' : ` exchange ${e.exchange}`}`;
  return `${e.file} ${where} (${e.what})`;
}

/** `provenance: N documented, N modelled, N unsourced` */
export function formatCounts(c: ProvenanceCounts): string {
  return `provenance: ${c.documented} documented, ${c.modelled} modelled, ${c.unsourced} unsourced`;
}

/**
 * The failures of the strict-provenance check: every exchange or message that is modelled or
 * has no source at all, each naming its cassette and step. (Reported under the `manifest` check
 * name: a check the manifest could bypass would defeat the point of asking for strictness.)
 */
export function strictProvenanceFailures(report: ProvenanceReport): Failure[] {
  return [
    ...report.unsourced.map((e) => ({ check: 'manifest' as const, message: `cassette ${formatEntry(e)} has no source: cite a public document or client file, or say "modelled" and why` })),
    ...report.modelled.map((e) => ({ check: 'manifest' as const, message: `cassette ${formatEntry(e)} is modelled, not documented: ${e.reason ?? ''}` })),
  ];
}
