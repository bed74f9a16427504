import { useQuery } from '@tanstack/react-query';
import { api, seg } from '../api';
import { Chip, Loading, Problem, RegistrarErrorView, ScreenHeading, Time, Timeline } from '../components';
import { Link } from '../router';
import type { Domain, LogEntry, Operation, Page } from '../types';
import { OperationsTable } from './Operations';

/** One domain: what the registry knows, its operations, and its Action Log timeline (newest first). */
export function DomainPage({ name }: { name: string }) {
  const domain = useQuery({ queryKey: ['domain', name], queryFn: () => api<Domain>('GET', `/v1/domains/${seg(name)}`) });
  const operations = useQuery({ queryKey: ['operations', { domain: name }], queryFn: () => api<Page<Operation>>('GET', '/v1/operations', { query: { domain: name, limit: 100 } }) });
  const log = useQuery({ queryKey: ['log', { domain: name }], queryFn: () => api<Page<LogEntry>>('GET', '/v1/log', { query: { domain: name, order: 'desc', limit: 200 } }) });
  const d = domain.data;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/domains">Domains</Link> /
      </p>
      <ScreenHeading>{name}</ScreenHeading>
      {domain.isPending ? <Loading what="the domain" /> : null}
      <Problem error={domain.error} />
      {d === undefined ? null : (
        <section aria-labelledby="registry-state">
          <h2 id="registry-state">Registry state</h2>
          <dl className="facts">
            <dt>Status</dt>
            <dd>
              <Chip value={d.status} />
            </dd>
            <dt>Expires</dt>
            <dd>
              <Time value={d.expiresAt} date />
            </dd>
            <dt>Registrar lock</dt>
            <dd>{d.locked ? 'locked' : 'unlocked'}</dd>
            <dt>Plugin</dt>
            <dd>
              {d.pluginInstance ?? '—'} {d.connector === undefined ? null : <span className="muted">(connector {d.connector})</span>}
            </dd>
            <dt>Tenant</dt>
            <dd>{d.customerId ?? '—'}</dd>
            <dt>Name servers</dt>
            <dd>
              {d.nameservers === undefined || d.nameservers.length === 0 ? (
                <span className="muted">none recorded</span>
              ) : (
                <ul className="plain">
                  {d.nameservers.map((ns) => (
                    <li key={ns.host}>
                      <code>{ns.host}</code> {[...(ns.ipv4 ?? []), ...(ns.ipv6 ?? [])].join(', ')}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>In flight</dt>
            <dd>{d.pendingOperation === undefined ? '—' : <Link to={`/operations/${seg(d.pendingOperation)}`}>{d.pendingOperation}</Link>}</dd>
          </dl>
          {d.lastError === undefined ? null : (
            <>
              <h3>Last error</h3>
              <RegistrarErrorView error={d.lastError} />
            </>
          )}
        </section>
      )}
      <section aria-labelledby="domain-operations">
        <h2 id="domain-operations">Operations</h2>
        {operations.isPending ? <Loading what="operations" /> : null}
        <Problem error={operations.error} />
        {operations.data === undefined ? null : <OperationsTable operations={operations.data.items} showDomain={false} />}
      </section>
      <section aria-labelledby="domain-timeline">
        <h2 id="domain-timeline">Action Log</h2>
        {log.isPending ? <Loading what="the Action Log" /> : null}
        <Problem error={log.error} />
        {log.data === undefined ? null : <Timeline entries={log.data.items} empty="Nothing logged for this domain." />}
      </section>
    </>
  );
}
