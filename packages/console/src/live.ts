/**
 * Live updates: one `EventSource` on `/v1/events` (the session cookie authenticates it, the server
 * filters by the key's tenant). An event does not carry the screen's data; it marks the queries it
 * concerns stale, and TanStack Query refetches the ones on screen — so what is shown is always
 * what the API answers, and a pending operation turning done appears without a reload.
 */
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

export const EVENT_TYPES = ['operation.status', 'domain.status', 'task.opened', 'task.closed', 'inbound.quarantined'] as const;

/** The query roots each event makes stale. */
const AFFECTS: Record<(typeof EVENT_TYPES)[number], readonly string[]> = {
  'operation.status': ['operations', 'operation', 'domains', 'domain', 'log', 'tracker', 'tasks'],
  'domain.status': ['domains', 'domain', 'log'],
  'task.opened': ['tasks', 'operations', 'operation', 'log'],
  'task.closed': ['tasks', 'operations', 'operation', 'log'],
  'inbound.quarantined': ['quarantine', 'log'],
};

export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'offline';

export function invalidateFor(client: QueryClient, type: (typeof EVENT_TYPES)[number]): void {
  const roots = new Set(AFFECTS[type]);
  void client.invalidateQueries({ predicate: (q) => typeof q.queryKey[0] === 'string' && roots.has(q.queryKey[0]) });
}

export function useLiveUpdates(): LiveState {
  const client = useQueryClient();
  const [state, setState] = useState<LiveState>('connecting');
  useEffect(() => {
    const source = new EventSource('/v1/events', { withCredentials: true });
    const listeners = EVENT_TYPES.map((type) => {
      const listener = () => invalidateFor(client, type);
      source.addEventListener(type, listener);
      return [type, listener] as const;
    });
    let opened = false;
    source.onopen = () => {
      setState('live');
      // Whatever happened while the stream was down is read again.
      if (opened) void client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      opened = true;
    };
    // EventSource reconnects by itself after a network error, not after a refusal (401, 404).
    source.onerror = () => setState(source.readyState === EventSource.CLOSED ? 'offline' : 'reconnecting');
    return () => {
      for (const [type, listener] of listeners) source.removeEventListener(type, listener);
      source.close();
    };
  }, [client]);
  return state;
}
