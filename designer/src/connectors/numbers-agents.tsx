/** Virtual numbers with tags (seed section 5) and user ↔ provider-agent mapping (section 13). */
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, client, errorText, unwrap } from '../api/client';
import type { Connector, FullUser, VirtualNumber } from '../api/types';
import { Notice } from '../lib/ui';
import { numberErrors, parseBulkNumbers } from './bulk-numbers';

export function VirtualNumbers({ connector, onChanged }: { connector: Connector; onChanged(): void }) {
  const [rows, setRows] = useState<VirtualNumber[]>(connector.virtualNumbers);
  const [bulk, setBulk] = useState('');
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  /** The server's reason for each refused number, by row. */
  const [refused, setRefused] = useState<Record<number, string[]>>({});
  const [saving, setSaving] = useState(false);
  const [stored, setStored] = useState<VirtualNumber[]>(connector.virtualNumbers);
  const dirty = JSON.stringify(rows) !== JSON.stringify(stored);

  const update = (i: number, patch: Partial<VirtualNumber>) => setRows((r) => r.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  const save = async () => {
    setSaving(true);
    setRefused({});
    try {
      const saved = await unwrap(
        client.PATCH('/api/admin/connectors/{id}', {
          params: { path: { id: connector.id } },
          body: { virtualNumbers: rows.filter((r) => r.number.trim()) },
        }),
      );
      // Shown as stored: the server normalises every number to E.164.
      const numbers = saved.virtualNumbers.map(({ number, tag, source }) => ({ number, tag, ...(source ? { source } : {}) }));
      setRows(numbers);
      setStored(numbers);
      setStatus({ kind: 'success', text: 'Virtual numbers saved.' });
      onChanged();
    } catch (err) {
      if (err instanceof ApiError) {
        const placed = numberErrors(rows, err.details);
        setRefused(placed.byRow);
        const count = Object.keys(placed.byRow).length;
        setStatus({
          kind: 'error',
          text: [count ? `Not saved: ${count} number(s) refused, reasons beside each.` : err.message, ...placed.other].join(' '),
        });
      } else setStatus({ kind: 'error', text: errorText(err) });
    } finally {
      setSaving(false);
    }
  };
  const paste = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseBulkNumbers(bulk);
    setRows((r) => [...r, ...parsed.filter((p) => !r.some((x) => x.number === p.number))]);
    setBulk('');
    setStatus({ kind: 'success', text: `${parsed.length} number(s) added below; save to keep them.` });
  };

  return (
    <section className="card" aria-labelledby="numbers-title">
      <h2 id="numbers-title">Virtual numbers</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Number</th>
            <th scope="col">Tag</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td>
                <input
                  aria-label={`Number ${i + 1}`}
                  value={row.number}
                  onChange={(e) => update(i, { number: e.target.value })}
                  maxLength={32}
                  {...(refused[i] ? { 'aria-invalid': true, 'aria-describedby': `number-error-${i}` } : {})}
                />
                {refused[i] && (
                  <span className="error-text field-error" id={`number-error-${i}`}>
                    {refused[i].join(' ')}
                  </span>
                )}
              </td>
              <td>
                <input
                  aria-label={`Tag of number ${i + 1}`}
                  value={row.tag}
                  onChange={(e) => update(i, { tag: e.target.value })}
                  maxLength={64}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="small"
                  onClick={() => {
                    setRows((r) => r.filter((_, j) => j !== i));
                    setRefused({}); // positions moved: the reasons come back with the next save
                  }}
                  aria-label={`Remove ${row.number || `number ${i + 1}`}`}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={3} className="muted">
                No virtual numbers yet.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <div className="buttons left">
        <button type="button" onClick={() => setRows((r) => [...r, { number: '', tag: '' }])}>
          Add number
        </button>
      </div>
      <form onSubmit={paste} className="bulk">
        <label>
          Bulk paste (one per line: number, tag)
          <textarea
            value={bulk}
            onChange={(e) => setBulk(e.target.value)}
            rows={3}
            placeholder={'+918040001000, Sales\n+918040001001, Support'}
          />
        </label>
        <button type="submit" disabled={!bulk.trim()}>
          Add pasted numbers
        </button>
      </form>
      {status && (
        <Notice kind={status.kind} onDismiss={() => setStatus(null)}>
          {status.text}
        </Notice>
      )}
      <div className="buttons">
        {dirty && <span className="muted small">Unsaved changes</span>}
        <button type="button" className="primary" onClick={() => void save()} disabled={!dirty || saving} aria-busy={saving}>
          {saving ? 'Saving…' : 'Save numbers'}
        </button>
      </div>
    </section>
  );
}

export function AgentMapping({ connector }: { connector: Connector }) {
  const [users, setUsers] = useState<FullUser[] | null>(null);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const load = () =>
    unwrap(client.GET('/api/admin/users')).then(
      (u) => setUsers(u.items),
      (err) => setStatus({ kind: 'error', text: errorText(err) }),
    );
  useEffect(() => {
    void load();
  }, []);

  const own = (u: FullUser) => u.agentIds.find((a) => a.connectorId === connector.id)?.agentId ?? '';
  const save = async (u: FullUser) => {
    const value = (edits[u.id] ?? own(u)).trim();
    const others = u.agentIds.filter((a) => a.connectorId !== connector.id);
    try {
      await unwrap(
        client.PATCH('/api/admin/users/{id}', {
          params: { path: { id: u.id } },
          body: { agentIds: value ? [...others, { agentId: value, connectorId: connector.id }] : others },
        }),
      );
      setStatus({
        kind: 'success',
        text: value ? `${u.name} is agent "${value}" on ${connector.name}.` : `${u.name} has no agent id on ${connector.name}.`,
      });
      setEdits(({ [u.id]: _, ...rest }) => rest);
      await load();
    } catch (err) {
      setStatus({ kind: 'error', text: errorText(err) });
    }
  };

  const people = (users ?? []).filter((u) => u.active && u.role !== 'admin');
  return (
    <section className="card wide" aria-labelledby="agents-title">
      <h2 id="agents-title">User ↔ provider agent mapping</h2>
      <p className="muted small">The identifier this provider sends as AgentId for each user, used when the agent's number is not known.</p>
      {users === null ? (
        <p>Loading users…</p>
      ) : people.length === 0 ? (
        <p className="muted">No agents yet: add users through the admin API.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">User</th>
              <th scope="col">Role</th>
              <th scope="col">Agent id on {connector.name}</th>
              <th scope="col">On all connectors</th>
              <th scope="col">
                <span className="sr-only">Save</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((u) => {
              const value = edits[u.id] ?? own(u);
              return (
                <tr key={u.id}>
                  <td>
                    {u.name} <span className="muted small">{u.email}</span>
                  </td>
                  <td>{u.role}</td>
                  <td>
                    <input
                      aria-label={`Agent id of ${u.name}`}
                      value={value}
                      onChange={(e) => setEdits((all) => ({ ...all, [u.id]: e.target.value }))}
                      maxLength={128}
                    />
                  </td>
                  <td className="muted small">
                    {u.agentIds
                      .filter((a) => a.connectorId === null)
                      .map((a) => a.agentId)
                      .join(', ') || '—'}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="small"
                      onClick={() => void save(u)}
                      disabled={value === own(u)}
                      aria-label={`Save agent id of ${u.name}`}
                    >
                      Save
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {status && (
        <Notice kind={status.kind} onDismiss={() => setStatus(null)}>
          {status.text}
        </Notice>
      )}
    </section>
  );
}
