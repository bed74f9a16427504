import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, seg } from '../api';
import { Chip, Field, Loading, Problem, ScreenHeading, Time } from '../components';
import { Link, navigate, useLocation, withSearch } from '../router';
import { useSession } from '../session';
import { usePlugins } from './Domains';
import { OPERATION_STATUSES, type Operation, type Page } from '../types';

/** Operations, newest first: status chips to filter by, and the operation name and domain. */
export function Operations() {
  const { search } = useLocation();
  const statuses = search.getAll('status');
  const { session } = useSession();
  const plugins = usePlugins();
  const filters = { operation: search.get('operation') ?? '', domain: search.get('domain') ?? '', plugin: search.get('plugin') ?? '', tenant: search.get('tenant') ?? '' };
  const list = useInfiniteQuery({
    queryKey: ['operations', { statuses, ...filters }],
    queryFn: ({ pageParam }) => api<Page<Operation>>('GET', '/v1/operations', { query: { status: statuses, ...filters, cursor: pageParam, limit: 50 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
  });
  const operations = list.data?.pages.flatMap((p) => p.items) ?? [];
  const toggle = (status: string) => {
    const next = statuses.includes(status) ? statuses.filter((s) => s !== status) : [...statuses, status];
    navigate(withSearch('/operations', { status: next, ...filters }));
  };

  return (
    <>
      <ScreenHeading>Operations</ScreenHeading>
      <div className="chips" role="group" aria-label="Show only these statuses">
        {OPERATION_STATUSES.map((s) => (
          <button key={s} type="button" className={`chip-toggle chip-${s}`} aria-pressed={statuses.includes(s)} onClick={() => toggle(s)}>
            {s}
          </button>
        ))}
      </div>
      <OperationFilters key={search.toString()} statuses={statuses} initial={filters} instances={plugins.data?.instances.map((i) => i.name) ?? []} showTenant={session.tenant === null} />
      {list.isPending ? <Loading what="operations" /> : null}
      <Problem error={list.error} />
      {list.isSuccess ? <OperationsTable operations={operations} showDomain /> : null}
      {list.hasNextPage ? (
        <button type="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          More operations
        </button>
      ) : null}
    </>
  );
}

function OperationFilters({ statuses, initial, instances, showTenant }: { statuses: string[]; initial: Record<'operation' | 'domain' | 'plugin' | 'tenant', string>; instances: string[]; showTenant: boolean }) {
  const [form, setForm] = useState(initial);
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(withSearch('/operations', { status: statuses, ...form }));
  };
  return (
    <form className="filters" role="search" aria-label="Filter operations" onSubmit={submit}>
      <Field label="Operation">{(id) => <input id={id} type="text" value={form.operation} onChange={set('operation')} />}</Field>
      <Field label="Domain">{(id) => <input id={id} type="text" value={form.domain} onChange={set('domain')} />}</Field>
      <Field label="Plugin">
        {(id) => (
          <select id={id} value={form.plugin} onChange={set('plugin')}>
            <option value="">Any</option>
            {instances.map((i) => (
              <option key={i} value={i}>
                {i}
              </option>
            ))}
          </select>
        )}
      </Field>
      {showTenant ? <Field label="Tenant">{(id) => <input id={id} type="text" value={form.tenant} onChange={set('tenant')} />}</Field> : null}
      <button type="submit">Filter</button>
    </form>
  );
}

export function OperationsTable({ operations, showDomain }: { operations: readonly Operation[]; showDomain: boolean }) {
  if (operations.length === 0) return <p className="muted">No operation matches.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Operation</th>
          {showDomain ? <th scope="col">Domain</th> : null}
          <th scope="col">Status</th>
          <th scope="col">Mode</th>
          <th scope="col">Plugin</th>
          <th scope="col">Error</th>
          <th scope="col">Created</th>
        </tr>
      </thead>
      <tbody>
        {operations.map((o) => (
          <tr key={o.id} data-operation={o.id}>
            <th scope="row">
              <Link to={`/operations/${seg(o.id)}`}>{o.operation}</Link>
            </th>
            {showDomain ? (
              <td>
                <Link to={`/domains/${seg(o.domain)}`}>{o.domain}</Link>
              </td>
            ) : null}
            <td>
              <Chip value={o.status} />
            </td>
            <td>{o.mode}</td>
            <td>{o.pluginInstance ?? '—'}</td>
            <td>{o.error === undefined ? '—' : <code>{o.error.code}</code>}</td>
            <td>
              <Time value={o.createdAt} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
