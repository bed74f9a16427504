import { useQuery } from '@tanstack/react-query';
import { api } from '../api';
import { Chip, Loading, Problem, ScreenHeading } from '../components';
import type { Capability } from '../types';
import { usePlugins } from './Domains';

/** Connectors and plugins: the loaded instances, each connector's capability matrix, and loader problems. */
export function Plugins() {
  const plugins = usePlugins();
  const capabilities = useQuery({ queryKey: ['capabilities'], queryFn: () => api<{ items: Capability[] }>('GET', '/v1/capabilities'), staleTime: 60_000 });
  const byConnector = new Map<string, Capability[]>();
  for (const c of capabilities.data?.items ?? []) byConnector.set(c.connector, [...(byConnector.get(c.connector) ?? []), c]);
  const p = plugins.data;

  return (
    <>
      <ScreenHeading>Connectors and plugins</ScreenHeading>
      {plugins.isPending ? <Loading what="plugins" /> : null}
      <Problem error={plugins.error} />
      {p === undefined ? null : (
        <>
          <section aria-labelledby="loader-problems">
            <h2 id="loader-problems">Loader problems</h2>
            {p.problems.length === 0 ? (
              <p className="muted">Every plugin and connector loaded.</p>
            ) : (
              <ul className="problems">
                {p.problems.map((x, i) => (
                  <li key={i}>
                    <strong>{x.subject ?? x.kind}</strong> <code>{x.code}</code>: {x.message}
                    {x.path === undefined ? null : <span className="muted"> at {x.path}</span>}
                    {x.file === undefined ? null : <span className="muted"> in {x.file}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="instances">
            <h2 id="instances">Plugin instances</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">Instance</th>
                  <th scope="col">Plugin</th>
                  <th scope="col">Package</th>
                  <th scope="col">Version</th>
                  <th scope="col">Transports</th>
                </tr>
              </thead>
              <tbody>
                {p.instances.map((i) => (
                  <tr key={i.name}>
                    <th scope="row">{i.name}</th>
                    <td>{i.plugin}</td>
                    <td>
                      <code>{i.package}</code>
                    </td>
                    <td>{i.version}</td>
                    <td>{i.transports.join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
      <section aria-labelledby="matrix">
        <h2 id="matrix">Capability matrix</h2>
        <p className="muted">Per connector (a TLD and its plugin instance): each operation's mode, how an automatic one completes, and why one is manual or unsupported.</p>
        {capabilities.isPending ? <Loading what="capabilities" /> : null}
        <Problem error={capabilities.error} />
        {byConnector.size === 0 ? null : <Matrix byConnector={byConnector} disabled={new Map(p?.connectors.flatMap((c) => (c.disabled === undefined ? [] : [[c.name, c.disabled] as const])) ?? [])} />}
      </section>
    </>
  );
}

function Matrix({ byConnector, disabled }: { byConnector: Map<string, Capability[]>; disabled: Map<string, string> }) {
  const connectors = [...byConnector.keys()];
  const operations = [...new Set([...byConnector.values()].flat().map((c) => c.operation))];
  return (
    <div className="matrix">
      <table>
        <thead>
          <tr>
            <th scope="col">Operation</th>
            {connectors.map((name) => {
              const first = byConnector.get(name)?.[0];
              return (
                <th scope="col" key={name}>
                  .{first?.tld} <span className="muted">({first?.plugin})</span>
                  {disabled.has(name) ? <span className="problem-inline"> disabled: {disabled.get(name)}</span> : null}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {operations.map((operation) => (
            <tr key={operation}>
              <th scope="row">{operation}</th>
              {connectors.map((name) => {
                const c = byConnector.get(name)?.find((x) => x.operation === operation);
                return (
                  <td key={name}>
                    {c === undefined ? (
                      <span className="muted">—</span>
                    ) : (
                      <>
                        <Chip value={c.mode} />
                        {c.completion === undefined ? null : <span className="completion"> {c.completion}</span>}
                        {c.reason === undefined ? null : <span className="reason">{c.reason}</span>}
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
