/** The signed-in console: a skip link, the header with navigation and the live state, one screen. */
import { useEffect, type ReactNode } from 'react';
import { type LiveState, useLiveUpdates } from './live';
import { href, Link, navigate, useLocation } from './router';
import { useSession } from './session';
import { DomainPage } from './screens/DomainPage';
import { Domains } from './screens/Domains';
import { OperationPage } from './screens/OperationPage';
import { Operations } from './screens/Operations';
import { Plugins } from './screens/Plugins';
import { QuarantinedMessagePage, Quarantine } from './screens/Quarantine';
import { Tasks } from './screens/Tasks';
import { Tracker } from './screens/Tracker';

const LIVE_TEXT: Record<LiveState, string> = { connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…', offline: 'Not live: reload the page' };

interface Screen {
  path: string;
  label: string;
  /** Shown only to keys that can use it (the server refuses the others anyway). */
  show?: (s: { canAct: boolean; tenant: string | null }) => boolean;
}

const SCREENS: Screen[] = [
  { path: '/domains', label: 'Domains' },
  { path: '/operations', label: 'Operations' },
  { path: '/tasks', label: 'Manual tasks' },
  { path: '/quarantine', label: 'Quarantine', show: (s) => s.canAct && s.tenant === null },
  { path: '/plugins', label: 'Connectors and plugins' },
  { path: '/tracker', label: 'Tracker' },
];

const segment = (path: string, prefix: string): string | undefined => (path.startsWith(prefix) && path.length > prefix.length ? decodeURIComponent(path.slice(prefix.length)) : undefined);

function route(path: string): ReactNode {
  const domain = segment(path, '/domains/');
  if (domain !== undefined) return <DomainPage key={domain} name={domain} />;
  const operation = segment(path, '/operations/');
  if (operation !== undefined) return <OperationPage key={operation} id={operation} />;
  const message = segment(path, '/quarantine/');
  if (message !== undefined) return <QuarantinedMessagePage key={message} id={message} />;
  switch (path) {
    case '/domains':
      return <Domains />;
    case '/operations':
      return <Operations />;
    case '/tasks':
      return <Tasks />;
    case '/quarantine':
      return <Quarantine />;
    case '/plugins':
      return <Plugins />;
    case '/tracker':
      return <Tracker />;
    default:
      return undefined;
  }
}

export function App() {
  const { session, canAct, signOut, signingOut } = useSession();
  const live = useLiveUpdates();
  const { path } = useLocation();
  useEffect(() => {
    if (path === '/' || path === '') navigate('/domains', { replace: true });
  }, [path]);
  const screen = route(path);
  const visible = SCREENS.filter((s) => s.show === undefined || s.show({ canAct, tenant: session.tenant }));
  const who = [session.name ?? session.keyId ?? 'API key', session.tenant === null ? null : `tenant ${session.tenant}`, session.scopes.join(', ')].filter((x) => x !== null).join(' · ');

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top">
        <a className="brand" href={href('/domains')} onClick={(e) => (e.preventDefault(), navigate('/domains'))}>
          registrar-kit
        </a>
        <nav aria-label="Screens">
          <ul>
            {visible.map((s) => (
              <li key={s.path}>
                <Link to={s.path} aria-current={path === s.path || path.startsWith(`${s.path}/`) ? 'page' : undefined}>
                  {s.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span role="status" className={`live live-${live}`}>
            <span className="visually-hidden">Live updates: </span>
            {LIVE_TEXT[live]}
          </span>
          <span className="muted">{who}</span>
          <button type="button" onClick={signOut} disabled={signingOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main">
        {screen ?? (
          <>
            <h1>Not found</h1>
            <p>
              No screen at this address. <Link to="/domains">Domains</Link>
            </p>
          </>
        )}
      </main>
    </>
  );
}
