/** Pieces every screen uses: status chips, times, problems, JSON, the Action Log timeline. */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { ApiError } from './api';
import type { LogEntry, RegistrarError } from './types';

const TONE: Record<string, string> = {
  done: 'good',
  registered: 'good',
  completed: 'good',
  applied: 'good',
  auto: 'good',
  failed: 'bad',
  error: 'bad',
  rejected: 'bad',
  unsupported: 'bad',
  pending: 'busy',
  submitting: 'busy',
  retrying: 'busy',
  registering: 'busy',
  transferring: 'busy',
  claimed: 'busy',
  'awaiting-manual': 'wait',
  'awaiting-payment': 'wait',
  open: 'wait',
  manual: 'wait',
  quarantined: 'wait',
};

/** A status as text in a coloured chip (the text carries the meaning; colour only helps). */
export function Chip({ value }: { value: string }) {
  return <span className={`chip chip-${TONE[value] ?? 'plain'}`}>{value}</span>;
}

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });
const dateOnly = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

/** A UTC time in a `<time>` element (the machine-readable value stays in `dateTime`). */
export function Time({ value, date = false }: { value: string | null | undefined; date?: boolean }) {
  if (value === undefined || value === null || value === '') return <span className="muted">—</span>;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return <span>{value}</span>;
  return (
    <time dateTime={parsed.toISOString()}>
      {(date ? dateOnly : dateTime).format(parsed)}
      {date ? '' : ' UTC'}
    </time>
  );
}

/** What went wrong with a request, with the host's code (what staff quote to a developer). */
export function Problem({ error }: { error: unknown }) {
  if (error === null || error === undefined) return null;
  const text = error instanceof ApiError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
  return (
    <p className="problem" role="alert">
      {text}
    </p>
  );
}

export function RegistrarErrorView({ error }: { error: RegistrarError }) {
  return (
    <div className="registrar-error" role="group" aria-label="Error">
      <p>
        <strong>{error.code}</strong>
        {error.registrarCode === undefined ? null : <> (registrar code <code>{error.registrarCode}</code>)</>}: {error.message}
      </p>
      {error.detail === undefined ? null : <p className="muted">{error.detail}</p>}
      <p className="muted">{error.retryable ? 'Retryable.' : 'Not retryable.'}</p>
    </div>
  );
}

export function Json({ value, label }: { value: unknown; label: string }) {
  if (value === undefined) return null;
  return (
    <details className="json">
      <summary>{label}</summary>
      <pre tabIndex={0}>{JSON.stringify(value, null, 2)}</pre>
    </details>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="muted" aria-busy="true">
      Loading {what}…
    </p>
  );
}

/** The Action Log as a timeline: newest or oldest first, as the caller asked the API. */
export function Timeline({ entries, empty = 'No entries.' }: { entries: readonly LogEntry[]; empty?: string }) {
  if (entries.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ol className="timeline">
      {entries.map((e) => (
        <li key={e.id} className={`level-${e.level}`}>
          <div className="timeline-head">
            <Time value={e.at} /> <span className={`level level-${e.level}`}>{e.level}</span> <span className="kind">{e.kind}</span>
            {e.registrarCode === undefined ? null : (
              <>
                {' '}
                · registrar code <code>{e.registrarCode}</code>
              </>
            )}
            {e.durationMs === undefined ? null : <> · {Math.round(e.durationMs)} ms</>}
          </div>
          <p className="timeline-message">{e.message}</p>
          <Json value={e.data} label="Details" />
        </li>
      ))}
    </ol>
  );
}

/** Moves focus to the screen's heading when the screen changes, so keyboard and screen-reader users land on it. */
export function ScreenHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}

export function Field({ label, children, hint }: { label: string; children: (id: string) => ReactNode; hint?: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {hint === undefined ? null : <span className="hint">{hint}</span>}
    </div>
  );
}
