import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { api, seg } from '../api';
import { Chip, Field, Loading, Problem, ScreenHeading, Time } from '../components';
import { Link, navigate, useLocation, withSearch } from '../router';
import { useSession } from '../session';
import { TASK_STATUSES, type Domain, type Operation, type Task } from '../types';

/** Operations whose result carries the new expiry date (what the domain page shows afterwards). */
const SETS_EXPIRY = new Set(['renew', 'register', 'transfer']);

/** Manual tasks: the queue, claim, complete with the operation's result, or fail with a note. */
export function Tasks() {
  const { search } = useLocation();
  const selected = search.getAll('status');
  const statuses = selected.length === 0 ? ['open', 'claimed'] : selected;
  const domain = search.get('domain') ?? undefined;
  const tasks = useQuery({ queryKey: ['tasks', { statuses, domain }], queryFn: () => api<{ items: Task[] }>('GET', '/v1/tasks', { query: { status: statuses, domain } }) });

  return (
    <>
      <ScreenHeading>Manual tasks</ScreenHeading>
      <div className="chips" role="group" aria-label="Show tasks that are">
        {TASK_STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            className="chip-toggle"
            aria-pressed={statuses.includes(s)}
            onClick={() => navigate(withSearch('/tasks', { status: statuses.includes(s) ? statuses.filter((x) => x !== s) : [...statuses, s], domain }))}
          >
            {s}
          </button>
        ))}
      </div>
      {domain === undefined ? null : (
        <p>
          Tasks of <strong>{domain}</strong> only. <Link to={withSearch('/tasks', { status: selected })}>Show every task</Link>
        </p>
      )}
      {tasks.isPending ? <Loading what="tasks" /> : null}
      <Problem error={tasks.error} />
      {tasks.data?.items.length === 0 ? <p className="muted">No task waits for staff.</p> : null}
      <ul className="cards">
        {tasks.data?.items.map((t) => (
          <li key={t.id}>
            <TaskCard task={t} />
          </li>
        ))}
      </ul>
    </>
  );
}

function TaskCard({ task }: { task: Task }) {
  const client = useQueryClient();
  const { canAct } = useSession();
  const [form, setForm] = useState<'none' | 'complete' | 'fail'>('none');
  const headingId = useId();
  const done = () => {
    setForm('none');
    void client.invalidateQueries({ predicate: (q) => ['tasks', 'operation', 'operations', 'domain', 'domains', 'log'].includes(String(q.queryKey[0])) });
  };
  const claim = useMutation({ mutationFn: () => api<Task>('POST', `/v1/tasks/${seg(task.id)}/claim`, { body: {} }), onSuccess: done });
  const active = task.status === 'open' || task.status === 'claimed';

  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {task.operation} <Link to={`/domains/${seg(task.domain)}`}>{task.domain}</Link> <Chip value={task.status} />
      </h2>
      <p>{task.reason}</p>
      <p className="muted">
        Opened <Time value={task.createdAt} />
        {task.claimedBy === undefined ? null : <> · claimed by {task.claimedBy}</>} · <Link to={`/operations/${seg(task.operationId)}`}>operation</Link>
      </p>
      {active && canAct ? (
        <div className="actions" role="group" aria-label={`Actions on the ${task.operation} ${task.domain} task`}>
          {task.status === 'open' ? (
            <button type="button" onClick={() => claim.mutate()} disabled={claim.isPending}>
              Claim
            </button>
          ) : null}
          <button type="button" aria-expanded={form === 'complete'} onClick={() => setForm(form === 'complete' ? 'none' : 'complete')}>
            Complete…
          </button>
          <button type="button" className="danger" aria-expanded={form === 'fail'} onClick={() => setForm(form === 'fail' ? 'none' : 'fail')}>
            Fail…
          </button>
        </div>
      ) : null}
      <Problem error={claim.error} />
      {form === 'complete' ? <CompleteForm task={task} onDone={done} /> : null}
      {form === 'fail' ? <FailForm task={task} onDone={done} /> : null}
    </article>
  );
}

/** `2026-12-07T…` + 1 year → `2027-12-07` (the date input's value). */
function addYears(iso: string | undefined, years: number): string {
  const base = iso === undefined ? new Date() : new Date(iso);
  if (Number.isNaN(base.getTime())) return '';
  base.setUTCFullYear(base.getUTCFullYear() + years);
  return base.toISOString().slice(0, 10);
}

function CompleteForm({ task, onDone }: { task: Task; onDone: () => void }) {
  const needsExpiry = SETS_EXPIRY.has(task.operation);
  const operation = useQuery({ queryKey: ['operation', task.operationId], queryFn: () => api<Operation>('GET', `/v1/operations/${seg(task.operationId)}`), enabled: needsExpiry });
  const domain = useQuery({ queryKey: ['domain', task.domain], queryFn: () => api<Domain>('GET', `/v1/domains/${seg(task.domain)}`), enabled: needsExpiry, retry: false });
  const period = Number((operation.data?.input as { period?: unknown } | undefined)?.period ?? 1) || 1;
  const suggested = needsExpiry && operation.isSuccess && !domain.isPending ? addYears(task.operation === 'renew' ? domain.data?.expiresAt : undefined, period) : '';
  const [expiry, setExpiry] = useState<string | undefined>(undefined);
  const [note, setNote] = useState('');
  const value = expiry ?? suggested;
  const complete = useMutation({
    mutationFn: () => {
      const result: Record<string, unknown> = { domain: task.domain };
      if (needsExpiry && value !== '') result.expiresAt = new Date(`${value}T00:00:00Z`).toISOString();
      return api<Operation>('POST', `/v1/tasks/${seg(task.id)}/complete`, { body: note.trim() === '' ? { result } : { result, note: note.trim() } });
    },
    onSuccess: onDone,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    complete.mutate();
  };
  return (
    <form className="task-form" onSubmit={submit} aria-label={`Complete the ${task.operation} of ${task.domain}`}>
      {needsExpiry ? (
        <Field label="New expiry date" hint="As the registrar shows it after the work (UTC).">
          {(id) => <input id={id} type="date" required value={value} onChange={(e) => setExpiry(e.target.value)} />}
        </Field>
      ) : null}
      <Field label="Note (optional)">{(id) => <textarea id={id} rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />}</Field>
      <Problem error={complete.error} />
      <button type="submit" disabled={complete.isPending}>
        Mark the {task.operation} done
      </button>
    </form>
  );
}

function FailForm({ task, onDone }: { task: Task; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const fail = useMutation({ mutationFn: () => api<Operation>('POST', `/v1/tasks/${seg(task.id)}/fail`, { body: { reason: reason.trim() } }), onSuccess: onDone });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    fail.mutate();
  };
  return (
    <form className="task-form" onSubmit={submit} aria-label={`Fail the ${task.operation} of ${task.domain}`}>
      <Field label="Why it cannot be done" hint="Recorded in the Action Log; the operation fails with this reason.">
        {(id) => <textarea id={id} rows={2} required maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <Problem error={fail.error} />
      <button type="submit" className="danger" disabled={fail.isPending || reason.trim() === ''}>
        Fail the {task.operation}
      </button>
    </form>
  );
}
