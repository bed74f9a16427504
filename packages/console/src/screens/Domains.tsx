import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { Chip, Field, Loading, Problem, ScreenHeading, Time } from '../components';
import { Link, navigate, useLocation, withSearch } from '../router';
import { useSession } from '../session';
import { DOMAIN_STATUSES, type Domain, type Page, type Plugins } from '../types';

export function usePlugins() {
  return useQuery({ queryKey: ['plugins'], queryFn: () => api<Plugins>('GET', '/v1/plugins'), staleTime: 60_000 });
}

/** Domains: filter by status, plugin instance, tenant and a part of the name. */
export function Domains() {
  const { search } = useLocation();
  const { session } = useSession();
  const filters = { status: search.get('status') ?? '', plugin: search.get('plugin') ?? '', tenant: search.get('tenant') ?? '', q: search.get('q') ?? '' };
  const plugins = usePlugins();
  const list = useInfiniteQuery({
    queryKey: ['domains', filters],
    queryFn: ({ pageParam }) =>
      api<Page<Domain>>('GET', '/v1/domains', {
        query: { status: filters.status === '' ? undefined : [filters.status], plugin: filters.plugin, tenant: filters.tenant, q: filters.q, cursor: pageParam, limit: 50 },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
  });
  const domains = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <ScreenHeading>Domains</ScreenHeading>
      <DomainFilters key={search.toString()} initial={filters} instances={plugins.data?.instances.map((i) => i.name) ?? []} showTenant={session.tenant === null} />
      {list.isPending ? <Loading what="domains" /> : null}
      <Problem error={list.error} />
      {list.isSuccess ? (
        <table>
          <caption className="visually-hidden">Domains matching the filters</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Status</th>
              <th scope="col">Plugin</th>
              {session.tenant === null ? <th scope="col">Tenant</th> : null}
              <th scope="col">Expires</th>
              <th scope="col">In flight</th>
            </tr>
          </thead>
          <tbody>
            {domains.length === 0 ? (
              <tr>
                <td colSpan={6} className="muted">
                  No domain matches.
                </td>
              </tr>
            ) : null}
            {domains.map((d) => (
              <tr key={d.name}>
                <th scope="row">
                  <Link to={`/domains/${encodeURIComponent(d.name)}`}>{d.name}</Link>
                </th>
                <td>
                  <Chip value={d.status} />
                </td>
                <td>{d.pluginInstance ?? '—'}</td>
                {session.tenant === null ? <td>{d.customerId ?? '—'}</td> : null}
                <td>
                  <Time value={d.expiresAt} date />
                </td>
                <td>{d.pendingOperation === undefined ? '—' : <Link to={`/operations/${encodeURIComponent(d.pendingOperation)}`}>operation</Link>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {list.hasNextPage ? (
        <button type="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          More domains
        </button>
      ) : null}
    </>
  );
}

function DomainFilters({ initial, instances, showTenant }: { initial: Record<'status' | 'plugin' | 'tenant' | 'q', string>; instances: string[]; showTenant: boolean }) {
  const [form, setForm] = useState(initial);
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(withSearch('/domains', form));
  };
  return (
    <form className="filters" role="search" aria-label="Filter domains" onSubmit={submit}>
      <Field label="Name contains">{(id) => <input id={id} type="search" value={form.q} onChange={set('q')} />}</Field>
      <Field label="Status">
        {(id) => (
          <select id={id} value={form.status} onChange={set('status')}>
            <option value="">Any</option>
            {DOMAIN_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        )}
      </Field>
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
