/** Teams and their agents: create a team, add and remove agents, see each team's members. */
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { client, errorText, unwrap } from '../api/client';
import type { FullUser, Team } from '../api/types';
import { usePageTitle } from '../lib/title';
import { Notice } from '../lib/ui';

type Status = { kind: 'error' | 'success'; text: string } | null;

export function TeamsPage() {
  usePageTitle('Teams');
  const [teams, setTeams] = useState<Team[] | null>(null);
  const [agents, setAgents] = useState<FullUser[]>([]);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  const reload = useCallback(async () => {
    try {
      setTeams((await unwrap(client.GET('/api/admin/teams'))).items);
    } catch (err) {
      setStatus({ kind: 'error', text: errorText(err) });
    }
  }, []);
  useEffect(() => {
    void reload();
    unwrap(client.GET('/api/admin/users')).then(
      (u) => setAgents(u.items.filter((x) => x.role === 'agent')),
      (err) => setStatus({ kind: 'error', text: errorText(err) }),
    );
  }, [reload]);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const t = await unwrap(client.POST('/api/admin/teams', { body: { name: name.trim() } }));
      setName('');
      setStatus({ kind: 'success', text: `Team ${t.name} created.` });
      await reload();
    } catch (err) {
      setStatus({ kind: 'error', text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="teams-page">
      <h1>Teams</h1>
      <p className="muted">Agents in a connector's teams are the ones its calls reach and who may call out through it.</p>
      <form className="card inline-form teams-create" onSubmit={(e) => void create(e)}>
        <label>
          New team name
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} />
        </label>
        <button type="submit" className="primary" disabled={busy || !name.trim()}>
          {busy ? 'Saving…' : 'Create team'}
        </button>
      </form>
      {status && (
        <Notice kind={status.kind} onDismiss={() => setStatus(null)}>
          {status.text}
        </Notice>
      )}
      {teams === null ? (
        <p className="loading">Loading teams…</p>
      ) : teams.length === 0 ? (
        <p className="empty">No teams yet.</p>
      ) : (
        <div className="teams-grid">
          {teams.map((t) => (
            <TeamCard
              key={t.id}
              team={t}
              agents={agents}
              onTeam={(next) => setTeams((all) => (all ?? []).map((x) => (x.id === next.id ? next : x)))}
              onStatus={setStatus}
            />
          ))}
        </div>
      )}
    </div>
  );
}

function TeamCard({
  team,
  agents,
  onTeam,
  onStatus,
}: {
  team: Team;
  agents: FullUser[];
  onTeam(t: Team): void;
  onStatus(s: Status): void;
}) {
  const [pick, setPick] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const outside = agents.filter((a) => !team.members.some((m) => m.id === a.id));
  const headingId = `team-${team.id}`;

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (!pick) return;
    setBusy('add');
    try {
      const next = await unwrap(
        client.POST('/api/admin/teams/{id}/members', { params: { path: { id: team.id } }, body: { userId: pick } }),
      );
      onTeam(next);
      setPick('');
      onStatus({ kind: 'success', text: `${agents.find((a) => a.id === pick)?.name ?? 'The agent'} joined ${team.name}.` });
    } catch (err) {
      onStatus({ kind: 'error', text: errorText(err) });
    } finally {
      setBusy(null);
    }
  };
  const remove = async (userId: string, name: string) => {
    setBusy(userId);
    try {
      onTeam(await unwrap(client.DELETE('/api/admin/teams/{id}/members/{userId}', { params: { path: { id: team.id, userId } } })));
      onStatus({ kind: 'success', text: `${name} left ${team.name}.` });
    } catch (err) {
      onStatus({ kind: 'error', text: errorText(err) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="card team-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {team.name} <span className="muted small">({team.members.length})</span>
      </h2>
      {team.members.length === 0 ? (
        <p className="muted">No members yet.</p>
      ) : (
        <ul className="team-members" aria-label={`Members of ${team.name}`}>
          {team.members.map((m) => (
            <li key={m.id}>
              <span>
                {m.name} <span className="muted small">{m.email}</span>
                {!m.active && <span className="muted small"> (inactive)</span>}
              </span>
              <button
                type="button"
                className="small"
                onClick={() => void remove(m.id, m.name)}
                disabled={busy !== null}
                aria-label={`Remove ${m.name} from ${team.name}`}
              >
                {busy === m.id ? 'Removing…' : 'Remove'}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={(e) => void add(e)}>
        <label>
          <span className="sr-only">Agent to add to {team.name}</span>
          <select value={pick} onChange={(e) => setPick(e.target.value)} aria-label={`Agent to add to ${team.name}`}>
            <option value="">{outside.length ? 'Choose an agent…' : 'Every agent is a member'}</option>
            {outside.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.email})
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={!pick || busy !== null}>
          {busy === 'add' ? 'Saving…' : 'Add agent'}
        </button>
      </form>
    </section>
  );
}
