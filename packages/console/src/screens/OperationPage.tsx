import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, seg } from '../api';
import { Chip, Json, Loading, Problem, RegistrarErrorView, ScreenHeading, Time, Timeline } from '../components';
import { Link, navigate, withSearch } from '../router';
import { useSession } from '../session';
import type { LogEntry, Operation, OperationAction, Page, RegistrarCall } from '../types';

const KIND_TEXT: Record<RegistrarCall['kind'], string> = { call: 'call', result: 'answer', 'poll-error': 'poll failed' };

/** The actions that are a button here; completing or failing a task needs its form on the Manual tasks screen. */
const BUTTONS: Partial<Record<OperationAction['action'], string>> = { 'pay-order': 'Mark the order paid', 'cancel-order': 'Cancel the order', 'claim-task': 'Claim the task', retry: 'Retry' };

/** One operation: where it is, each registrar call, the actions the engine allows now, its Action Log. */
export function OperationPage({ id }: { id: string }) {
  const client = useQueryClient();
  const { session } = useSession();
  const operation = useQuery({ queryKey: ['operation', id], queryFn: () => api<Operation>('GET', `/v1/operations/${seg(id)}`) });
  const log = useQuery({ queryKey: ['log', { operationId: id }], queryFn: () => api<Page<LogEntry>>('GET', '/v1/log', { query: { operationId: id, limit: 200 } }) });
  const act = useMutation({
    // `href` is the API's own route for the action (e.g. /v1/orders/o-1/paid).
    mutationFn: (action: OperationAction) => api<unknown>(action.method, action.href),
    onSuccess: (answer, action) => {
      void client.invalidateQueries({ predicate: (q) => ['operation', 'operations', 'log', 'domain', 'domains', 'tasks'].includes(String(q.queryKey[0])) });
      // A retry is a new operation (the failed one stays failed): show that one.
      if (action.action === 'retry') navigate(`/operations/${seg((answer as Operation).id)}`);
    },
  });
  const o = operation.data;
  const calls = o?.calls ?? [];
  // What the key may do: the server checks the scope again.
  const allowed = (o?.actions ?? []).filter((a) => session.scopes.includes(a.scope) || session.scopes.includes('admin'));
  const buttons = allowed.filter((a) => BUTTONS[a.action] !== undefined);
  const taskWork = allowed.some((a) => a.action === 'complete-task' || a.action === 'fail-task');

  return (
    <>
      <p className="breadcrumb">
        <Link to="/operations">Operations</Link> /
      </p>
      <ScreenHeading>{o === undefined ? `Operation ${id}` : `${o.operation} ${o.domain}`}</ScreenHeading>
      {operation.isPending ? <Loading what="the operation" /> : null}
      <Problem error={operation.error} />
      {o === undefined ? null : (
        <section aria-labelledby="operation-state">
          <h2 id="operation-state">State</h2>
          <dl className="facts">
            <dt>Status</dt>
            <dd>
              <Chip value={o.status} />
              {o.step === undefined ? null : <span className="muted"> step {o.step}</span>}
            </dd>
            <dt>Domain</dt>
            <dd>
              <Link to={`/domains/${seg(o.domain)}`}>{o.domain}</Link>
            </dd>
            <dt>Mode</dt>
            <dd>{o.mode}</dd>
            <dt>Plugin</dt>
            <dd>{o.pluginInstance ?? '—'}</dd>
            <dt>Tenant</dt>
            <dd>{o.customerId ?? '—'}</dd>
            <dt>Registrar reference</dt>
            <dd>{o.ref === undefined ? '—' : <code>{o.ref}</code>}</dd>
            <dt>Next check</dt>
            <dd>
              <Time value={o.nextCheckAt} />
            </dd>
            <dt>Created</dt>
            <dd>
              <Time value={o.createdAt} />
            </dd>
            <dt>Updated</dt>
            <dd>
              <Time value={o.updatedAt} />
            </dd>
            <dt>Operation id</dt>
            <dd>
              <code>{o.id}</code>
            </dd>
          </dl>
          {o.error === undefined ? null : <RegistrarErrorView error={o.error} />}
          {o.retriedAs === undefined ? null : (
            <p>
              Retried as <Link to={`/operations/${seg(o.retriedAs)}`}>operation {o.retriedAs}</Link>.
            </p>
          )}
          <Json value={o.input} label="Input" />
          <Json value={o.result} label="Result" />
          {buttons.length > 0 || taskWork ? (
            <div className="actions" role="group" aria-label="Actions">
              {buttons.map((a) => (
                <button key={a.action} type="button" className={a.action === 'cancel-order' ? 'danger' : undefined} disabled={act.isPending} onClick={() => act.mutate(a)}>
                  {BUTTONS[a.action]}
                </button>
              ))}
              {taskWork && o !== undefined ? <Link to={withSearch('/tasks', { domain: o.domain })}>Complete or fail its manual task</Link> : null}
            </div>
          ) : null}
          <Problem error={act.error} />
        </section>
      )}
      <section aria-labelledby="registrar-calls">
        <h2 id="registrar-calls">Registrar calls</h2>
        {calls.length === 0 ? (
          <p className="muted">No registrar call yet.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Request</th>
                <th scope="col">Outcome</th>
                <th scope="col">Registrar code</th>
                <th scope="col">Duration</th>
              </tr>
            </thead>
            <tbody>
              {calls.map((c, i) => (
                <tr key={c.logId ?? `${c.at}-${i}`}>
                  <td>
                    <Time value={c.at} />
                  </td>
                  <td>
                    {KIND_TEXT[c.kind]}
                    {c.via === undefined ? null : <span className="muted"> by {c.via}</span>}
                  </td>
                  <td>{c.request === undefined ? '—' : <code className="summary">{typeof c.request === 'string' ? c.request : JSON.stringify(c.request)}</code>}</td>
                  <td>
                    <Chip value={c.outcome} />
                    {c.error === undefined ? null : (
                      <span className="call-error">
                        {' '}
                        <code>{c.error.code}</code>: {c.error.message}
                      </span>
                    )}
                  </td>
                  <td>{c.registrarCode === undefined ? '—' : <code>{c.registrarCode}</code>}</td>
                  <td>{c.durationMs === undefined ? '—' : `${Math.round(c.durationMs)} ms`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="operation-log">
        <h2 id="operation-log">Action Log</h2>
        {log.isPending ? <Loading what="the Action Log" /> : null}
        <Problem error={log.error} />
        {log.data === undefined ? null : <Timeline entries={log.data.items} />}
      </section>
    </>
  );
}
