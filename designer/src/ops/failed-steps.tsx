/**
 * Failed steps across calls, for ops and admins: filters (status, connector, step, age, kept in the
 * query string), selection, and bulk retry or skip after a confirmation, with the outcome per step.
 * Each step links to its call's timeline and to the workflow in the Temporal UI.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { client, unwrap } from '../api/client';
import type { FailedStep, FailedStepFilters, StepDecisionResult, User } from '../api/types';
import { Link, navigate } from '../lib/router';
import { connectorChoices, ConnectorSelect } from '../lib/connector-select';
import { usePageTitle } from '../lib/title';
import { Badge, Modal, Notice } from '../lib/ui';
import { ageOf, callPathOf, formatWhen, problemText, useConnectorNames } from './shared';

type Status = NonNullable<FailedStepFilters['status']>;
const STATUSES: Status[] = ['failed', 'retrying', 'skipped', 'resolved'];
const AGES: { minutes: string; label: string }[] = [
  { minutes: '', label: 'Any age' },
  { minutes: '5', label: 'Older than 5 minutes' },
  { minutes: '60', label: 'Older than 1 hour' },
  { minutes: '1440', label: 'Older than 1 day' },
];
const PAGE = 100;

interface Filters {
  status: Status;
  connectorId: string;
  step: string;
  olderThanMinutes: string;
}

function filtersFromSearch(search: string): Filters {
  const q = new URLSearchParams(search);
  const status = q.get('status') as Status | null;
  return {
    status: status && STATUSES.includes(status) ? status : 'failed',
    connectorId: q.get('connectorId') ?? '',
    step: q.get('step') ?? '',
    olderThanMinutes: q.get('olderThanMinutes') ?? '',
  };
}

function searchOf(f: Filters): string {
  const q = new URLSearchParams();
  if (f.status !== 'failed') q.set('status', f.status);
  if (f.connectorId) q.set('connectorId', f.connectorId);
  if (f.step) q.set('step', f.step);
  if (f.olderThanMinutes) q.set('olderThanMinutes', f.olderThanMinutes);
  const s = q.toString();
  return s ? `?${s}` : '';
}

type Action = 'retry' | 'skip';
interface Outcome {
  action: Action;
  results: StepDecisionResult[];
  /** The steps' names, by id, as they were when decided. */
  names: Record<string, string>;
}

export function FailedStepsPage({ role }: { role: User['role'] }) {
  usePageTitle('Failed steps');
  const [filters, setFilters] = useState<Filters>(() => filtersFromSearch(window.location.search));
  const [steps, setSteps] = useState<FailedStep[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [seenConnectors, setSeenConnectors] = useState<string[]>([]);
  const { names, nameOf } = useConnectorNames(role);

  const load = useCallback(async () => {
    setError(null);
    try {
      const query: FailedStepFilters = { status: filters.status, limit: PAGE };
      if (filters.connectorId) query.connectorId = filters.connectorId;
      if (filters.step.trim()) query.step = filters.step.trim();
      if (filters.olderThanMinutes) query.olderThanMinutes = Number(filters.olderThanMinutes);
      const r = await unwrap(client.GET('/api/ops/failed-steps', { params: { query } }));
      setSteps(r.items);
      setSelected((prev) => new Set(r.items.filter((s) => prev.has(s.id)).map((s) => s.id)));
      setSeenConnectors((prev) => {
        const ids = [...new Set([...prev, ...r.items.flatMap((s) => (s.connectorId ? [s.connectorId] : []))])];
        return ids.length === prev.length ? prev : ids;
      });
    } catch (err) {
      setError(problemText(err));
    }
  }, [filters]);

  useEffect(() => {
    void load();
  }, [load, version]);

  const change = (patch: Partial<Filters>) => {
    const next = { ...filters, ...patch };
    setFilters(next);
    navigate(`${window.location.pathname}${searchOf(next)}`, { replace: true });
  };

  const connectorOptions = useMemo(
    () => connectorChoices(names, [...seenConnectors, filters.connectorId]),
    [names, seenConnectors, filters.connectorId],
  );

  const stepNames = useMemo(() => [...new Set((steps ?? []).map((s) => s.step))].sort(), [steps]);
  const decidable = (steps ?? []).filter((s) => s.status === 'failed');
  const chosen = decidable.filter((s) => selected.has(s.id));
  const allChosen = decidable.length > 0 && chosen.length === decidable.length;

  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const decide = async (action: Action) => {
    setBusy(true);
    const names = Object.fromEntries(chosen.map((s) => [s.id, s.step]));
    try {
      const r = await unwrap(client.POST('/api/ops/failed-steps/decisions', { body: { ids: chosen.map((s) => s.id), action } }));
      setOutcome({ action, results: r.results, names });
      setSelected(new Set());
      setConfirming(null);
      setVersion((v) => v + 1);
    } catch (err) {
      setOutcome({ action, results: chosen.map((s) => ({ id: s.id, ok: false, error: problemText(err) })), names });
      setConfirming(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="ops-page failed-steps-page">
      <h1>Failed steps</h1>
      <form className="toolbar ops-filters" role="search" aria-label="Failed step filters" onSubmit={(e) => e.preventDefault()}>
        <label className="inline">
          Status
          <select value={filters.status} onChange={(e) => change({ status: e.target.value as Status })}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <ConnectorSelect
          value={filters.connectorId}
          connectors={connectorOptions}
          onChange={(connectorId) => change({ connectorId: connectorId ?? '' })}
        />
        <label className="inline">
          Step
          <input
            type="text"
            list="failed-step-names"
            value={filters.step}
            placeholder="any step"
            onChange={(e) => change({ step: e.target.value })}
          />
          <datalist id="failed-step-names">
            {stepNames.map((n) => (
              <option key={n} value={n} />
            ))}
          </datalist>
        </label>
        <label className="inline">
          Age
          <select value={filters.olderThanMinutes} onChange={(e) => change({ olderThanMinutes: e.target.value })}>
            {AGES.map((a) => (
              <option key={a.minutes} value={a.minutes}>
                {a.label}
              </option>
            ))}
          </select>
        </label>
        <span className="spacer" />
        <button type="button" className="small" onClick={() => setVersion((v) => v + 1)}>
          Refresh
        </button>
      </form>

      {error && <Notice kind="error">{error}</Notice>}
      {outcome && <DecisionOutcome outcome={outcome} onDismiss={() => setOutcome(null)} />}

      <div className="toolbar ops-actions" role="group" aria-label="Selected steps">
        <span data-testid="failed-steps-status" role="status" aria-live="polite">
          {steps === null
            ? 'Loading failed steps…'
            : steps.length === 0
              ? 'No steps match these filters.'
              : `${steps.length} step${steps.length === 1 ? '' : 's'}${chosen.length ? `, ${chosen.length} selected` : ''}`}
        </span>
        <span className="spacer" />
        <button type="button" disabled={chosen.length === 0 || busy} onClick={() => setConfirming('retry')}>
          Retry selected
        </button>
        <button type="button" disabled={chosen.length === 0 || busy} onClick={() => setConfirming('skip')}>
          Skip selected
        </button>
      </div>

      {steps && steps.length > 0 && (
        <div className="table-scroll">
          <table className="table failed-steps-table" aria-label="Failed steps">
            <thead>
              <tr>
                <th scope="col">
                  <input
                    type="checkbox"
                    aria-label="Select every failed step listed"
                    checked={allChosen}
                    disabled={decidable.length === 0}
                    onChange={(e) => setSelected(new Set(e.target.checked ? decidable.map((s) => s.id) : []))}
                  />
                </th>
                <th scope="col">Step</th>
                <th scope="col">Error</th>
                <th scope="col">Attempts</th>
                <th scope="col">Connector</th>
                <th scope="col">Age</th>
                <th scope="col">Status</th>
                <th scope="col">Links</th>
              </tr>
            </thead>
            <tbody>
              {steps.map((s) => {
                const callPath = callPathOf(s.workflowId);
                const created = String(s.createdAt);
                return (
                  <tr key={s.id} data-step-id={s.id} data-workflow-id={s.workflowId}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Select ${s.step} on ${s.workflowId}`}
                        checked={selected.has(s.id)}
                        disabled={s.status !== 'failed'}
                        onChange={(e) => toggle(s.id, e.target.checked)}
                      />
                    </td>
                    <th scope="row">
                      <code>{s.step}</code>
                    </th>
                    <td className="ops-error">
                      {s.errorType && <code className="small">{s.errorType}</code>} <span>{s.error}</span>
                    </td>
                    <td>{s.attempts}</td>
                    <td>{nameOf(s.connectorId)}</td>
                    <td title={formatWhen(created)}>{ageOf(created)}</td>
                    <td>
                      <Badge
                        kind={s.status === 'failed' ? 'bad' : s.status === 'resolved' ? 'ok' : s.status === 'retrying' ? 'info' : 'warn'}
                      >
                        {s.status}
                      </Badge>
                      {s.decidedBy && <span className="muted small"> by {s.decidedBy}</span>}
                    </td>
                    <td className="ops-links">
                      {callPath ? (
                        <Link to={callPath} aria-label={`Timeline of the call of ${s.step}`}>
                          Timeline
                        </Link>
                      ) : (
                        <span className="muted small">{s.workflowId}</span>
                      )}
                      {s.temporalUiUrl && (
                        <a href={s.temporalUiUrl} target="_blank" rel="noreferrer" aria-label={`Workflow of ${s.step} in the Temporal UI`}>
                          Temporal
                        </a>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      <Modal
        title={confirming === 'retry' ? 'Retry the selected steps?' : 'Skip the selected steps?'}
        open={confirming !== null}
        onClose={() => !busy && setConfirming(null)}
      >
        <p>
          {confirming === 'retry'
            ? 'Each call runs its step again; a step that fails again comes back here.'
            : 'Each call goes on without its step; what the step would have done is not done.'}
        </p>
        <ul className="ops-confirm-list">
          {chosen.map((s) => (
            <li key={s.id}>
              <code>{s.step}</code> <span className="muted small">{s.workflowId}</span>
            </li>
          ))}
        </ul>
        <div className="buttons">
          <button type="button" disabled={busy} onClick={() => setConfirming(null)}>
            Cancel
          </button>
          <button type="button" className="primary" disabled={busy} onClick={() => confirming && void decide(confirming)}>
            {busy
              ? 'Saving…'
              : confirming === 'retry'
                ? `Retry ${chosen.length} step${chosen.length === 1 ? '' : 's'}`
                : `Skip ${chosen.length} step${chosen.length === 1 ? '' : 's'}`}
          </button>
        </div>
      </Modal>
    </div>
  );
}

function DecisionOutcome({ outcome, onDismiss }: { outcome: Outcome; onDismiss(): void }) {
  const failed = outcome.results.filter((r) => !r.ok).length;
  return (
    <Notice kind={failed ? 'warning' : 'success'} onDismiss={onDismiss}>
      <p className="ops-outcome-head">
        {outcome.action === 'retry' ? 'Retry' : 'Skip'}: {outcome.results.length - failed} of {outcome.results.length} step
        {outcome.results.length === 1 ? '' : 's'} done.
      </p>
      <ul className="ops-outcome" aria-label="Outcome per step">
        {outcome.results.map((r) => (
          <li key={r.id} data-outcome-id={r.id} data-ok={r.ok}>
            <code>{outcome.names[r.id] ?? r.id}</code>: {r.ok ? `now ${r.status ?? 'decided'}` : `not done: ${r.error ?? 'unknown error'}`}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
