import { useQuery } from '@tanstack/react-query';
import { api, seg } from '../api';
import { Loading, Problem, ScreenHeading, Time } from '../components';
import { Link } from '../router';
import type { Tracker as TrackerView } from '../types';

/** The pending tracker: per plugin instance, what waits, when it polls next, its polling policy, escalations due. */
export function Tracker() {
  const tracker = useQuery({ queryKey: ['tracker'], queryFn: () => api<TrackerView>('GET', '/v1/tracker'), refetchInterval: 30_000 });
  const instances = tracker.data?.instances ?? [];
  return (
    <>
      <ScreenHeading>Tracker</ScreenHeading>
      {tracker.isPending ? <Loading what="the tracker" /> : null}
      <Problem error={tracker.error} />
      {tracker.data?.truncated === true ? <p className="muted">More operations are pending than this view reads: the counts are lower bounds.</p> : null}
      {tracker.isSuccess && instances.length === 0 ? <p className="muted">No plugin instance is loaded.</p> : null}
      {instances.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Plugin instance</th>
              <th scope="col">Pending</th>
              <th scope="col">Next poll</th>
              <th scope="col">Polling policy</th>
              <th scope="col">Escalations due</th>
              <th scope="col">Last poll error</th>
            </tr>
          </thead>
          <tbody>
            {instances.map((i) => (
              <tr key={i.instance}>
                <th scope="row">
                  {i.instance}
                  {i.plugin === undefined ? null : <span className="muted"> ({i.plugin})</span>}
                </th>
                <td>
                  {i.pending}
                  {i.awaitingPoll === undefined && i.awaitingMessage === undefined ? null : (
                    <span className="muted">
                      {' '}
                      ({i.awaitingPoll ?? 0} polled, {i.awaitingMessage ?? 0} awaiting mail)
                    </span>
                  )}
                </td>
                <td>
                  <Time value={i.nextPollAt} />
                </td>
                <td>
                  every {i.minIntervalSeconds} s at the soonest, {i.recommendedIntervalSeconds} s recommended
                  {i.batch ? ', batch polls' : ''}
                  {i.rateLimitPerSecond === null ? '' : `, at most ${i.rateLimitPerSecond}/s`}; staff after {i.maxPendingDays} days
                </td>
                <td>
                  {i.escalationsDue.length === 0 ? (
                    '—'
                  ) : (
                    <ul className="plain">
                      {i.escalationsDue.map((e) => (
                        <li key={e.operationId}>
                          <Link to={`/operations/${seg(e.operationId)}`}>
                            {e.operation ?? 'operation'} {e.domain}
                          </Link>{' '}
                          <Time value={e.dueAt} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {i.lastPollError === undefined ? (
                    '—'
                  ) : (
                    <>
                      <Time value={i.lastPollError.at} />: {i.lastPollError.message}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
