/**
 * The live board, for ops and admins: every active agent's state and the calls in progress, kept
 * current over Server-Sent Events (`/api/ops/board/events`: a snapshot, then each agent's changes).
 * The browser's EventSource reconnects by itself; the board says when it is not live.
 */
import { useEffect, useMemo, useState } from 'react';
import { Link } from '../lib/router';
import { usePageTitle } from '../lib/title';
import { Badge, Notice } from '../lib/ui';
import { callPathOf, formatWhen } from './shared';

interface BoardCall {
  workflowId: string;
  connectorId: string;
  direction: 'Inbound' | 'Outbound';
  customerNumber: string;
  virtualNumber: string | null;
  startedAt: string;
  answeredAt: string | null;
  endedAt: string | null;
}

interface BoardAgent {
  id: string;
  name: string;
  email: string;
  status: string;
  call: BoardCall | null;
  since: string | null;
}

interface Snapshot {
  agents: BoardAgent[];
  truncated: boolean;
  at: string;
}

const STATUS_BADGE: Record<string, 'ok' | 'info' | 'warn' | 'muted'> = {
  free: 'ok',
  ringing: 'warn',
  'on-call': 'info',
  'wrap-up': 'info',
};
const STATUS_ORDER = ['ringing', 'on-call', 'wrap-up', 'free'];

export function BoardPage() {
  usePageTitle('Live board');
  const [agents, setAgents] = useState<BoardAgent[] | null>(null);
  const [truncated, setTruncated] = useState(false);
  const [live, setLive] = useState<'connecting' | 'live' | 'down'>('connecting');
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);

  useEffect(() => {
    const source = new EventSource('/api/ops/board/events');
    source.onopen = () => setLive('live');
    source.onerror = () => setLive(source.readyState === EventSource.CLOSED ? 'down' : 'connecting');
    source.addEventListener('snapshot', (e) => {
      const snap = JSON.parse((e as MessageEvent<string>).data) as Snapshot;
      setAgents(snap.agents);
      setTruncated(snap.truncated);
      setUpdatedAt(snap.at);
      setLive('live');
    });
    source.addEventListener('agent', (e) => {
      const change = JSON.parse((e as MessageEvent<string>).data) as Pick<BoardAgent, 'id' | 'status' | 'call'>;
      const now = new Date().toISOString();
      setAgents(
        (prev) => prev?.map((a) => (a.id === change.id ? { ...a, status: change.status, call: change.call, since: now } : a)) ?? prev,
      );
      setUpdatedAt(now);
    });
    return () => source.close();
  }, []);

  const counts = useMemo(() => {
    const c: Record<string, number> = {};
    for (const a of agents ?? []) c[a.status] = (c[a.status] ?? 0) + 1;
    return c;
  }, [agents]);
  const sorted = useMemo(
    () =>
      [...(agents ?? [])].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.name.localeCompare(b.name)),
    [agents],
  );
  const calls = sorted.filter((a) => a.call && !a.call.endedAt && a.status !== 'free');

  return (
    <div className="ops-page board-page">
      <div className="ops-title-row">
        <h1>Live board</h1>
        <span className="spacer" />
        <span role="status" aria-live="polite" data-testid="board-live" className="small">
          {live === 'live' ? (
            <Badge kind="ok">live</Badge>
          ) : live === 'connecting' ? (
            <Badge kind="warn">connecting…</Badge>
          ) : (
            <Badge kind="bad">disconnected</Badge>
          )}
          {updatedAt && <span className="muted"> updated {formatWhen(updatedAt)}</span>}
        </span>
      </div>
      {live === 'down' && <Notice kind="error">The live updates stopped. Reload the page to connect again.</Notice>}
      {truncated && <Notice kind="info">Only the first agents by name are shown: there are more than the board holds.</Notice>}
      <ul className="board-counts" aria-label="Agents by state">
        {STATUS_ORDER.map((s) => (
          <li key={s} data-status={s}>
            <Badge kind={STATUS_BADGE[s] ?? 'info'}>{s}</Badge> <strong>{counts[s] ?? 0}</strong>
          </li>
        ))}
      </ul>
      <div className="board-grid">
        <section className="card" aria-labelledby="board-calls">
          <h2 id="board-calls">Calls in progress</h2>
          {calls.length === 0 ? (
            <p className="muted small">No call in progress.</p>
          ) : (
            <table className="table board-calls" aria-labelledby="board-calls">
              <thead>
                <tr>
                  <th scope="col">Customer</th>
                  <th scope="col">Agent</th>
                  <th scope="col">State</th>
                  <th scope="col">Since</th>
                </tr>
              </thead>
              <tbody>
                {calls.map((a) => {
                  const path = callPathOf(a.call?.workflowId);
                  return (
                    <tr key={a.id} data-workflow-id={a.call?.workflowId}>
                      <td>
                        {a.call?.direction === 'Outbound' ? '→ ' : '← '}
                        {path ? <Link to={path}>{a.call?.customerNumber}</Link> : a.call?.customerNumber}
                      </td>
                      <td>{a.name}</td>
                      <td>
                        <Badge kind={STATUS_BADGE[a.status] ?? 'info'}>{a.status}</Badge>
                      </td>
                      <td className="small">{formatWhen(a.call?.answeredAt ?? a.call?.startedAt)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </section>
        <section className="card" aria-labelledby="board-agents">
          <h2 id="board-agents">Agents</h2>
          {agents === null ? (
            <p className="muted small">Loading agents…</p>
          ) : agents.length === 0 ? (
            <p className="muted small">No active agents.</p>
          ) : (
            <table className="table board-agents" aria-labelledby="board-agents">
              <thead>
                <tr>
                  <th scope="col">Agent</th>
                  <th scope="col">State</th>
                  <th scope="col">Call</th>
                  <th scope="col">Since</th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((a) => (
                  <tr key={a.id} data-agent-id={a.id} data-status={a.status}>
                    <th scope="row">
                      {a.name} <span className="muted small">{a.email}</span>
                    </th>
                    <td>
                      <Badge kind={STATUS_BADGE[a.status] ?? 'info'}>{a.status}</Badge>
                    </td>
                    <td className="small">{a.status !== 'free' && a.call ? a.call.customerNumber : '—'}</td>
                    <td className="small">{formatWhen(a.since)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </div>
  );
}
