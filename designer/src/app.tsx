/**
 * The shell: sign-in, then a header with the sections the user's role may see (SECTIONS) and the routed
 * screen. The agent console is a separate entry (console.html).
 */
import { lazy, Suspense, useEffect, useLayoutEffect, useState } from 'react';
import { CallsPage } from './calls/page';
import { BoardPage } from './ops/board';
import { FailedStepsPage } from './ops/failed-steps';
import { RequestLogPage } from './ops/request-log';
import { client, onUnauthenticated, unwrap } from './api/client';
import type { User } from './api/types';
import { Link, match, navigate, usePath } from './lib/router';
import { CONNECTOR_SECTIONS, ConnectorsPage, type ConnectorSection } from './pages/connectors';
import { SignIn } from './pages/sign-in';
import { TeamsPage } from './pages/teams';

/** Analytics brings recharts: loaded only when the screen is opened. */
const AnalyticsPage = lazy(() => import('./analytics/page'));

interface Section {
  path: string;
  label: string;
  roles: User['role'][];
}

const SECTIONS: Section[] = [
  { path: '/connectors', label: 'Connectors', roles: ['admin'] },
  { path: '/calls', label: 'Calls', roles: ['admin', 'ops'] },
  { path: '/teams', label: 'Teams', roles: ['admin'] },
  { path: '/ops/failed-steps', label: 'Failed steps', roles: ['admin', 'ops'] },
  { path: '/ops/request-log', label: 'Request log', roles: ['admin', 'ops'] },
  { path: '/ops/board', label: 'Live board', roles: ['admin', 'ops'] },
  { path: '/analytics', label: 'Analytics', roles: ['admin', 'ops'] },
];

/** Whether `path` is the section's own path or one below it (`/calls/…`, not `/callsx`). */
const within = (section: string, path: string) => path === section || path.startsWith(`${section}/`);

export function App() {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const path = usePath();

  useEffect(() => {
    unwrap(client.GET('/api/auth/session')).then(
      (s) => setUser(s.user),
      () => setUser(null),
    );
    return onUnauthenticated(() => setUser(null));
  }, []);

  const home = SECTIONS.find((s) => user && s.roles.includes(user.role))?.path;
  // Before paint: a click on a section in the first painted frame must not be undone by this redirect.
  useLayoutEffect(() => {
    if (user && home && (path === '/' || path === '/sign-in')) navigate(home, { replace: true });
  }, [user, home, path]);

  if (user === undefined) return <div className="loading">Loading…</div>;
  if (user === null) return <SignIn onSignedIn={setUser} />;

  const signOut = async () => {
    await unwrap(client.POST('/api/auth/logout')).catch(() => undefined);
    setUser(null);
    navigate('/sign-in');
  };

  const sections = SECTIONS.filter((s) => s.roles.includes(user.role));
  const connector = match('/connectors/:id', path) ?? match('/connectors/:id/:section', path);
  const section: ConnectorSection = CONNECTOR_SECTIONS.find((s) => s.id === connector?.section)?.id ?? 'settings';
  const call = match('/calls/:id', path);
  const may = (sectionPath: string) => sections.some((s) => s.path === sectionPath);

  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">Patchcord</span>
        <nav aria-label="Sections">
          {sections.map((s) => (
            <Link
              key={s.path}
              to={s.path}
              className={within(s.path, path) ? 'active' : ''}
              aria-current={within(s.path, path) ? 'page' : undefined}
            >
              {s.label}
            </Link>
          ))}
          <a href="/openapi.json" target="_blank" rel="noreferrer">
            API
          </a>
        </nav>
        <span className="who">
          {user.name} · {user.role}
        </span>
        <button type="button" className="small" onClick={() => void signOut()}>
          Sign out
        </button>
      </header>
      <main>
        {sections.length === 0 ? (
          <p className="empty">Your role ({user.role}) has no screens here yet.</p>
        ) : may('/connectors') && (path === '/connectors' || connector) ? (
          <ConnectorsPage connectorId={connector?.id ?? null} section={section} />
        ) : may('/calls') && (path === '/calls' || call) ? (
          <CallsPage callId={call?.id ?? null} role={user.role} />
        ) : may('/teams') && path === '/teams' ? (
          <TeamsPage />
        ) : may('/ops/failed-steps') && path === '/ops/failed-steps' ? (
          <FailedStepsPage role={user.role} />
        ) : may('/ops/request-log') && (path === '/ops/request-log' || match('/ops/request-log/:id', path)) ? (
          <RequestLogPage entryId={match('/ops/request-log/:id', path)?.id ?? null} role={user.role} />
        ) : may('/ops/board') && path === '/ops/board' ? (
          <BoardPage />
        ) : may('/analytics') && path === '/analytics' ? (
          <Suspense fallback={<div className="loading">Loading…</div>}>
            <AnalyticsPage />
          </Suspense>
        ) : (
          <p className="empty">
            Nothing here. <Link to={sections[0]!.path}>Go to {sections[0]!.label.toLowerCase()}</Link>
          </p>
        )}
      </main>
    </div>
  );
}
