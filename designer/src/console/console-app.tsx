/**
 * The agent console: sign-in, who is signed in, available/away, the ringing popup (announced in an
 * aria-live region, and as a desktop notification when the agent allowed them), the current call with
 * its lead, the agent panels (in and out of calls), the disposition, recent calls and click-to-call. Live updates come over
 * Server-Sent Events (/api/agent/events); a reload reads the same state from /api/agent/state.
 */
import { useCallback, useEffect, useState } from 'react';
import { client, errorText, onUnauthenticated, unwrap } from '../api/client';
import type { User } from '../api/types';
import { SignIn } from '../pages/sign-in';
import { usePageTitle } from '../lib/title';
import { Notice } from '../lib/ui';
import { PanelFrame, PanelsError, useAgentPanels } from './agent-panels';
import { CurrentCall, leadName, statusWord } from './current-call';
import { Dial } from './dial';
import { RecentCalls } from './recent-calls';
import type { AgentEvent, CallSummary, LeadSummary, RecentCall, VirtualNumbers } from './types';

type Presence = 'available' | 'away';

function NotificationsButton() {
  const supported = typeof window !== 'undefined' && 'Notification' in window;
  const [permission, setPermission] = useState(supported ? Notification.permission : 'denied');
  if (!supported || permission !== 'default') return null;
  return (
    <button type="button" className="small" onClick={() => void Notification.requestPermission().then(setPermission)}>
      Enable desktop notifications
    </button>
  );
}

function notifyDesktop(text: string): void {
  if (!('Notification' in window) || Notification.permission !== 'granted' || !document.hidden) return;
  try {
    new Notification('Incoming call', { body: text, tag: 'patchcord-call' });
  } catch {
    // Some browsers only allow notifications from a service worker; the page still shows the call.
  }
}

function Workspace({ user, onSignOut }: { user: User; onSignOut(): void }) {
  const [status, setStatus] = useState<string>('free');
  const [presence, setPresence] = useState<Presence>('available');
  const [presenceBusy, setPresenceBusy] = useState(false);
  const [call, setCall] = useState<CallSummary | null>(null);
  const [lead, setLead] = useState<LeadSummary | null>(null);
  const [leadError, setLeadError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [recent, setRecent] = useState<RecentCall[] | null>(null);
  const [recentError, setRecentError] = useState<string | null>(null);
  const [numbers, setNumbers] = useState<VirtualNumbers | null>(null);

  const loadRecent = useCallback(() => {
    unwrap(client.GET('/api/agent/calls', { params: { query: { limit: 15 } } })).then(
      (res) => {
        setRecent(res.items);
        setRecentError(null);
      },
      (err: unknown) => setRecentError(errorText(err)),
    );
  }, []);

  const loadState = useCallback(() => {
    unwrap(client.GET('/api/agent/state')).then(
      (s) => {
        setStatus(s.status);
        setPresence(s.presence);
        setCall((s.call as CallSummary | null) ?? null);
      },
      (err: unknown) => setProblem(`Your state could not be loaded: ${errorText(err)}`),
    );
  }, []);

  useEffect(() => {
    loadState();
    loadRecent();
    unwrap(client.GET('/api/agent/virtual-numbers')).then(setNumbers, (err: unknown) =>
      setNumbers({ items: [], unavailable: `the numbers could not be loaded (${errorText(err)})` }),
    );
    const events = new EventSource('/api/agent/events');
    const onState = (e: MessageEvent<string>) => {
      const data = JSON.parse(e.data) as Extract<AgentEvent, { type: 'call-state' }>;
      setStatus(data.status);
      setCall(data.call);
      if (data.status === 'free' || data.status === 'wrap-up') loadRecent();
    };
    const onPopup = (e: MessageEvent<string>) => {
      const data = JSON.parse(e.data) as Extract<AgentEvent, { type: 'popup' }>;
      setCall(data.call);
      if (data.status) setStatus(data.status);
      setLead(data.lead);
      setConfirmation(null);
      const who = data.lead ? `${leadName(data.lead)}, ` : '';
      const text = `Incoming call from ${who}${data.call.customerNumber || 'an unknown number'}${data.call.virtualNumber ? ` on ${data.call.virtualNumber}` : ''}${data.call.ivr ? `, IVR ${data.call.ivr}` : ''}`;
      setAnnouncement(text);
      notifyDesktop(text);
    };
    events.addEventListener('call-state', onState);
    events.addEventListener('popup', onPopup);
    events.onerror = () => setProblem(events.readyState === EventSource.CLOSED ? 'Live updates stopped; reload the page.' : null);
    events.onopen = () => setProblem(null);
    return () => events.close();
  }, [loadRecent, loadState]);

  const leadId = call?.leadId ?? null;
  // The call's values reach the panels' URLs: reload them when the call, its lead or the agent's freedom changes.
  const { panels, error: panelsError } = useAgentPanels(`${call?.workflowId ?? ''}|${leadId ?? ''}|${status === 'free'}`);
  useEffect(() => {
    setLeadError(null);
    if (!leadId) {
      setLead(null);
      return;
    }
    if (lead?.id === leadId) return;
    unwrap(client.GET('/api/agent/leads/{id}', { params: { path: { id: leadId } } })).then(
      (l) => setLead(l),
      (err: unknown) => setLeadError(`The lead is not visible to you: ${errorText(err)}`),
    );
    // Only a change of lead reloads it (not a new lead object for the same id).
  }, [leadId]);

  const changePresence = async (next: Presence) => {
    setPresenceBusy(true);
    try {
      const res = await unwrap(client.PUT('/api/agent/presence', { body: { presence: next } }));
      setPresence(res.presence);
    } catch (err) {
      setProblem(`Your status was not changed: ${errorText(err)}`);
    } finally {
      setPresenceBusy(false);
    }
  };

  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">Patchcord · Agent console</span>
        <span className="spacer" />
        <label className="console-presence">
          Status
          <select value={presence} onChange={(e) => void changePresence(e.target.value as Presence)} disabled={presenceBusy}>
            <option value="available">Available</option>
            <option value="away">Away</option>
          </select>
        </label>
        <span className="who" id="signed-in-as">
          {user.name}
        </span>
        <button type="button" className="small" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <div role="status" aria-live="assertive" aria-atomic="true" className="sr-only" id="call-announcer">
        {announcement}
      </div>
      <main className="console-main">
        <h1 className="sr-only">Agent console</h1>
        <div className="console-state">
          <span>
            You are <strong id="agent-status">{statusWord(status)}</strong>
            {presence === 'away' && ' · away: no calls are routed to you'}
          </span>
          <NotificationsButton />
        </div>
        {problem && <Notice kind="warning">{problem}</Notice>}
        {confirmation && (
          <Notice kind="success" onDismiss={() => setConfirmation(null)}>
            <span id="console-confirmation">{confirmation}</span>
          </Notice>
        )}
        <div className="console-grid">
          <div className="console-col">
            <PanelsError error={panelsError} />
            {panels
              .filter((p) => p.showOnTop)
              .map((p) => (
                <PanelFrame key={p.connectorId} panel={p} />
              ))}
            {call ? (
              <CurrentCall
                key={call.workflowId}
                call={call}
                status={status}
                lead={lead}
                leadError={leadError}
                onLead={setLead}
                onDisposed={(value) => {
                  setConfirmation(`Disposition saved: ${value}`);
                  loadState();
                  loadRecent();
                }}
              />
            ) : (
              <section className="card" id="idle">
                <h2>No call right now</h2>
                <p className="muted">
                  {presence === 'away' ? 'You are away: set your status to Available to take calls.' : 'Incoming calls appear here.'}
                </p>
              </section>
            )}
            {panels
              .filter((p) => !p.showOnTop)
              .map((p) => (
                <PanelFrame key={p.connectorId} panel={p} />
              ))}
          </div>
          <div className="console-col">
            <RecentCalls
              calls={recent}
              error={recentError}
              canCall={numbers?.unavailable ?? null}
              onChanged={loadRecent}
              onConfirm={setConfirmation}
            />
            <Dial
              numbers={numbers}
              onPlaced={() => {
                loadState();
                loadRecent();
              }}
            />
          </div>
        </div>
      </main>
    </div>
  );
}

const SIGN_IN_TITLE = 'Sign in · Agent console';

export function ConsoleApp() {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  // The same words as the sign-in screen's own title, so the order of the two effects doesn't matter.
  usePageTitle(user ? 'Agent console' : user === null ? SIGN_IN_TITLE : null);

  useEffect(() => {
    unwrap(client.GET('/api/auth/session')).then(
      (s) => setUser(s.user),
      () => setUser(null),
    );
    return onUnauthenticated(() => setUser(null));
  }, []);

  if (user === undefined) return <div className="loading">Loading…</div>;
  if (user === null) return <SignIn onSignedIn={setUser} title={SIGN_IN_TITLE} />;
  const signOut = async () => {
    await unwrap(client.POST('/api/auth/logout')).catch(() => undefined);
    setUser(null);
  };
  return <Workspace user={user} onSignOut={() => void signOut()} />;
}
