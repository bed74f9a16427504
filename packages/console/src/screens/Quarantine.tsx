import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, seg } from '../api';
import { Chip, Field, Loading, Problem, ScreenHeading, Time } from '../components';
import { Link, navigate } from '../router';
import { useSession } from '../session';
import type { Operation, Page, QuarantinedMessage } from '../types';

/** Mail and webhooks the host kept but could not apply: read the raw message, assign it to a pending operation, or discard it. */
export function Quarantine() {
  const list = useQuery({ queryKey: ['quarantine'], queryFn: () => api<{ items: QuarantinedMessage[] }>('GET', '/v1/inbound/quarantine') });
  const items = list.data?.items.filter((m) => m.status === 'quarantined') ?? [];
  return (
    <>
      <ScreenHeading>Quarantine</ScreenHeading>
      {list.isPending ? <Loading what="the quarantine" /> : null}
      <Problem error={list.error} />
      {list.isSuccess && items.length === 0 ? <p className="muted">No message waits in quarantine.</p> : null}
      {items.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Received</th>
              <th scope="col">Message</th>
              <th scope="col">Plugin</th>
              <th scope="col">Reason</th>
              <th scope="col">Size</th>
            </tr>
          </thead>
          <tbody>
            {items.map((m) => (
              <tr key={m.id}>
                <td>
                  <Time value={m.receivedAt} />
                </td>
                <td>
                  <Link to={`/quarantine/${seg(m.id)}`}>{m.messageId}</Link>
                </td>
                <td>{m.instance ?? '—'}</td>
                <td>{m.reason === undefined ? '—' : <code>{m.reason}</code>}</td>
                <td>{m.size} bytes</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

export function QuarantinedMessagePage({ id }: { id: string }) {
  const client = useQueryClient();
  const { canAct } = useSession();
  const message = useQuery({ queryKey: ['quarantine', id], queryFn: () => api<QuarantinedMessage & { raw: string }>('GET', `/v1/inbound/quarantine/${seg(id)}`) });
  const m = message.data;
  const after = () => {
    void client.invalidateQueries({ predicate: (q) => ['quarantine', 'operation', 'operations', 'domain', 'domains', 'log', 'tracker'].includes(String(q.queryKey[0])) });
    navigate('/quarantine');
  };
  return (
    <>
      <p className="breadcrumb">
        <Link to="/quarantine">Quarantine</Link> /
      </p>
      <ScreenHeading>Quarantined message</ScreenHeading>
      {message.isPending ? <Loading what="the message" /> : null}
      <Problem error={message.error} />
      {m === undefined ? null : (
        <>
          <dl className="facts">
            <dt>Message id</dt>
            <dd>
              <code>{m.messageId}</code>
            </dd>
            <dt>Status</dt>
            <dd>
              <Chip value={m.status} />
            </dd>
            <dt>Reason</dt>
            <dd>{m.reason ?? '—'}</dd>
            <dt>Plugin</dt>
            <dd>{m.instance ?? '—'}</dd>
            <dt>Received</dt>
            <dd>
              <Time value={m.receivedAt} />
            </dd>
          </dl>
          <section aria-labelledby="raw-message">
            <h2 id="raw-message">Raw message</h2>
            {/* Text only: React escapes it, so markup in a hostile message stays text. */}
            <pre className="raw" tabIndex={0} aria-label="Raw message, as received">
              {m.raw}
            </pre>
          </section>
          {m.status === 'quarantined' && canAct ? (
            <div className="two-forms">
              <AssignForm id={id} onDone={after} />
              <DiscardForm id={id} onDone={after} />
            </div>
          ) : null}
        </>
      )}
    </>
  );
}

function AssignForm({ id, onDone }: { id: string; onDone: () => void }) {
  const pending = useQuery({ queryKey: ['operations', { statuses: ['pending'] }], queryFn: () => api<Page<Operation>>('GET', '/v1/operations', { query: { status: ['pending'], limit: 200 } }) });
  const [operationId, setOperationId] = useState('');
  const [note, setNote] = useState('');
  const assign = useMutation({
    mutationFn: () => api<Operation>('POST', `/v1/inbound/quarantine/${seg(id)}/assign`, { body: note.trim() === '' ? { operationId } : { operationId, note: note.trim() } }),
    onSuccess: onDone,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    assign.mutate();
  };
  return (
    <form onSubmit={submit} aria-labelledby="assign-heading" className="task-form">
      <h2 id="assign-heading">Assign to a pending operation</h2>
      <Field label="Pending operation">
        {(fieldId) => (
          <select id={fieldId} required value={operationId} onChange={(e) => setOperationId(e.target.value)}>
            <option value="">Choose…</option>
            {pending.data?.items.map((o) => (
              <option key={o.id} value={o.id}>
                {o.operation} {o.domain} ({o.pluginInstance ?? 'no plugin'}, {o.step ?? o.await ?? 'pending'})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Note (optional)">{(fieldId) => <textarea id={fieldId} rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />}</Field>
      <Problem error={assign.error} />
      <button type="submit" disabled={assign.isPending || operationId === ''}>
        Assign
      </button>
    </form>
  );
}

function DiscardForm({ id, onDone }: { id: string; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const discard = useMutation({ mutationFn: () => api<QuarantinedMessage>('POST', `/v1/inbound/quarantine/${seg(id)}/discard`, { body: { reason: reason.trim() } }), onSuccess: onDone });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    discard.mutate();
  };
  return (
    <form onSubmit={submit} aria-labelledby="discard-heading" className="task-form">
      <h2 id="discard-heading">Discard</h2>
      <Field label="Reason for discarding" hint="Kept with the message in the Action Log.">
        {(fieldId) => <textarea id={fieldId} rows={2} required maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <Problem error={discard.error} />
      <button type="submit" className="danger" disabled={discard.isPending || reason.trim() === ''}>
        Discard the message
      </button>
    </form>
  );
}
