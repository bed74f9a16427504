import { appendFileSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { deserializeError, serializeError, type Outcome, type SerializedRegistrarError } from '@registrar-kit/sdk';
import type { Lease, OutcomeMeta } from './plan.js';

/** A registrar's answer the store could not take when it came: applied at the next start. */
export interface JournalEntry {
  operationId: string;
  lease: Lease;
  outcome: Outcome;
  meta: OutcomeMeta;
  at: string;
}

/**
 * The outcome journal: an append-only JSON-lines file beside the store. When a registrar has
 * answered but the store stays unavailable (locked by another process past the busy timeout, a
 * full disk), the answer goes here instead of being lost; the next start applies every entry
 * through the engine (still fenced by the lease it was obtained under) and removes the file.
 * Synchronous appends: the entry is on disk before the caller is told the store failed.
 */
export class OutcomeJournal {
  private readonly memory: JournalEntry[] = [];

  constructor(private readonly file: string | undefined) {}

  append(entry: JournalEntry): void {
    if (this.file === undefined) {
      this.memory.push(entry);
      return;
    }
    const line = JSON.stringify({ ...entry, outcome: entry.outcome.status === 'failed' ? { status: 'failed', error: serializeError(entry.outcome.error) } : entry.outcome });
    appendFileSync(this.file, `${line}\n`, { encoding: 'utf8', mode: 0o600 });
  }

  /** Takes every entry out of the journal (the file is renamed first, so a crash mid-replay loses nothing). */
  drain(): { entries: JournalEntry[]; done: () => void } {
    if (this.file === undefined) {
      const entries = this.memory.splice(0);
      return { entries, done: () => undefined };
    }
    const replaying = `${this.file}.replaying`;
    if (!existsSync(replaying)) {
      if (!existsSync(this.file)) return { entries: [], done: () => undefined };
      renameSync(this.file, replaying);
    }
    const entries = readFileSync(replaying, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .flatMap((l) => {
        try {
          const raw = JSON.parse(l) as Omit<JournalEntry, 'outcome'> & { outcome: Outcome | { status: 'failed'; error: SerializedRegistrarError } };
          const outcome: Outcome = raw.outcome.status === 'failed' ? { status: 'failed', error: deserializeError(raw.outcome.error as SerializedRegistrarError) } : (raw.outcome as Outcome);
          return [{ ...raw, outcome }];
        } catch {
          // A line torn by a crash mid-append: the rest of the journal still counts.
          return [];
        }
      });
    return { entries, done: () => rmSync(replaying, { force: true }) };
  }
}
