/**
 * The signed-in session: `GET /v1/session` tells whether the browser's cookie is still good;
 * signing in exchanges an API key for the cookie (the key itself is never stored by the console);
 * signing out revokes the session on the server.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { api, ApiError, setCsrfToken, setUnauthorizedHandler } from './api';
import type { Session } from './types';

const SESSION_KEY = ['session'] as const;

async function readSession(): Promise<Session | null> {
  try {
    const session = await api<Session>('GET', '/v1/session', { quiet401: true });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(undefined);
      return null;
    }
    throw error;
  }
}

export interface SessionState {
  session: Session;
  /** The key may do staff work (claim, complete, fail, assign, discard): `staff` or `admin`. */
  canAct: boolean;
  signOut: () => void;
  signingOut: boolean;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (state === undefined) throw new Error('useSession outside a signed-in console');
  return state;
}

export const canChange = (scopes: readonly string[]): boolean => scopes.includes('staff') || scopes.includes('admin');

export function SessionGate({ signIn, children }: { signIn: (props: { onSignIn: (apiKey: string) => Promise<void> }) => ReactNode; children: ReactNode }) {
  const client = useQueryClient();
  const query = useQuery({ queryKey: SESSION_KEY, queryFn: readSession, staleTime: Infinity, retry: 1 });

  useEffect(() => {
    // Any 401 later (expired, revoked): forget everything read with the old session.
    setUnauthorizedHandler(() => {
      setCsrfToken(undefined);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      client.setQueryData(SESSION_KEY, null);
    });
    return () => setUnauthorizedHandler(undefined);
  }, [client]);

  const signOut = useMutation({
    mutationFn: () => api<void>('DELETE', '/v1/session', { quiet401: true }).catch((error: unknown) => {
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }),
    onSuccess: () => {
      setCsrfToken(undefined);
      client.clear();
      client.setQueryData(SESSION_KEY, null);
    },
  });

  const onSignIn = async (apiKey: string): Promise<void> => {
    const session = await api<Session>('POST', '/v1/session', { body: { apiKey }, quiet401: true });
    setCsrfToken(session.csrfToken);
    client.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
    client.setQueryData(SESSION_KEY, session);
  };

  if (query.isPending) {
    return (
      <main className="centered" aria-busy="true">
        <p>Loading…</p>
      </main>
    );
  }
  if (query.isError) {
    return (
      <main className="centered">
        <h1>registrar-kit console</h1>
        <p role="alert">The server did not answer: {query.error.message}</p>
        <button type="button" onClick={() => void query.refetch()}>
          Try again
        </button>
      </main>
    );
  }
  if (query.data === null) return <>{signIn({ onSignIn })}</>;
  const state: SessionState = { session: query.data, canAct: canChange(query.data.scopes), signOut: () => signOut.mutate(), signingOut: signOut.isPending };
  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}
