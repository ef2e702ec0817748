/** The calls, newest first, with their filters; a row opens the call. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { client, errorText, unwrap } from '../api/client';
import type { CallActivity } from '../api/types';
import { ConnectorSelect, type ConnectorOption } from '../lib/connector-select';
import { Link } from '../lib/router';
import { Badge, Notice } from '../lib/ui';
import { COMPLETE_SET_FIELDS, formatSeconds, formatTime, incompleteText, leadNumberOf, type ListFilters } from './format';

const PAGE = 50;

/** The filters that are set: an empty text box filters nothing. */
const setFilters = (filters: ListFilters): ListFilters =>
  Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== ''));

export function CallMarkers({ call }: { call: CallActivity }) {
  const incomplete = incompleteText(call);
  return (
    <span className="call-markers">
      {incomplete ? (
        <Badge kind="warn" title="Fields of the connector's complete set that no event of the call brought">
          {incomplete}
        </Badge>
      ) : (
        <Badge kind="ok">complete</Badge>
      )}
      {call.noFinalEvent && (
        <Badge kind="bad" title="Finalised after the quiet period: no call log, hangup or final status arrived">
          no final event
        </Badge>
      )}
    </span>
  );
}

export function CallFiltersBar({
  filters,
  connectors,
  onChange,
  onRefresh,
}: {
  filters: ListFilters;
  connectors: ConnectorOption[];
  onChange(f: ListFilters): void;
  onRefresh(): void;
}) {
  const set = (patch: Partial<ListFilters>) => onChange({ ...filters, ...patch });
  return (
    <form className="toolbar call-filters" role="search" aria-label="Call filters" onSubmit={(e) => e.preventDefault()}>
      <ConnectorSelect value={filters.connectorId} connectors={connectors} onChange={(connectorId) => set({ connectorId })} />
      <label className="inline">
        Completeness
        <select
          value={filters.complete ?? ''}
          onChange={(e) => set({ complete: (e.target.value || undefined) as ListFilters['complete'] })}
        >
          <option value="">Complete and incomplete</option>
          <option value="false">Incomplete</option>
          <option value="true">Complete</option>
        </select>
      </label>
      <label className="inline">
        Missing field
        <select value={filters.missing ?? ''} onChange={(e) => set({ missing: e.target.value || undefined })}>
          <option value="">Any</option>
          {COMPLETE_SET_FIELDS.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
      </label>
      <label className="inline checkbox">
        <input
          type="checkbox"
          checked={filters.noFinalEvent === 'true'}
          onChange={(e) => set({ noFinalEvent: e.target.checked ? 'true' : undefined })}
        />
        No final event
      </label>
      <span className="spacer" />
      <button type="button" className="small" onClick={onRefresh}>
        Refresh
      </button>
    </form>
  );
}

/** Loads the calls for `filters`; `version` changes reload the first page. */
export function CallList({
  filters,
  version,
  selectedId,
  connectorName,
  search,
  onLoaded,
}: {
  filters: ListFilters;
  version: number;
  selectedId: string | null;
  connectorName(id: string): string;
  search: string;
  onLoaded(calls: CallActivity[]): void;
}) {
  const [calls, setCalls] = useState<CallActivity[] | null>(null);
  const [more, setMore] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Only the latest request's answer is shown: a filter changed meanwhile makes an older one stale. */
  const latest = useRef(0);
  const loaded = useRef(onLoaded);
  loaded.current = onLoaded;

  const load = useCallback(
    async (skip: number) => {
      const request = ++latest.current;
      setLoading(true);
      setError(null);
      try {
        const page = await unwrap(
          client.GET('/api/admin/activities', { params: { query: { ...setFilters(filters), skip, limit: PAGE } } }),
        );
        if (request !== latest.current) return;
        setCalls((prev) => (skip === 0 ? page.items : [...(prev ?? []), ...page.items]));
        setMore(page.items.length === PAGE);
      } catch (err) {
        if (request === latest.current) setError(errorText(err));
      } finally {
        if (request === latest.current) setLoading(false);
      }
    },
    [filters],
  );

  useEffect(() => {
    void load(0);
  }, [load, version]);
  useEffect(() => {
    if (calls) loaded.current(calls);
  }, [calls]);

  const status = loading
    ? 'Loading calls…'
    : calls === null
      ? ''
      : calls.length === 0
        ? 'No calls match these filters.'
        : `${calls.length}${more ? '+' : ''} call${calls.length === 1 ? '' : 's'}`;
  const href = (c: CallActivity) => `/calls/${encodeURIComponent(c.id)}${search}`;

  return (
    <section className="card call-list" aria-label="Call list">
      <p className="muted small calls-status" role="status" aria-live="polite" data-testid="calls-status">
        {status}
      </p>
      {error && (
        <Notice kind="error" onDismiss={() => setError(null)}>
          {error}
        </Notice>
      )}
      {calls && calls.length > 0 && (
        <table className="table calls-table" aria-busy={loading}>
          <caption className="sr-only">Calls, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Start</th>
              <th scope="col">Direction</th>
              <th scope="col">Caller</th>
              <th scope="col">Agent number</th>
              <th scope="col">Status</th>
              <th scope="col">Duration</th>
              <th scope="col">Completeness</th>
            </tr>
          </thead>
          <tbody>
            {calls.map((c) => {
              const selected = c.id === selectedId;
              return (
                <tr
                  key={c.id}
                  className={selected ? 'selected' : undefined}
                  data-call-id={c.id}
                  onClick={(e) => {
                    if ((e.target as HTMLElement).closest('a')) return;
                    e.currentTarget.querySelector('a')?.click();
                  }}
                >
                  <td>
                    <Link
                      to={href(c)}
                      aria-current={selected ? 'true' : undefined}
                      title={`Open the call${c.sessionId ? ` ${c.sessionId}` : ''} (${connectorName(c.connectorId)})`}
                    >
                      {formatTime(c.startTime) || 'no start time'}
                    </Link>
                  </td>
                  <td>{c.direction ?? <span className="muted">—</span>}</td>
                  <td>
                    {leadNumberOf(c) ?? <span className="muted">—</span>}
                    {c.caller?.name && <div className="muted small">{c.caller.name}</div>}
                  </td>
                  <td>{c.agentNumber ?? <span className="muted">—</span>}</td>
                  <td title={c.providerStatus ? `Provider: ${c.providerStatus}` : undefined}>
                    {c.status ?? <span className="muted">—</span>}
                  </td>
                  <td>{formatSeconds(c.durationSeconds) || <span className="muted">—</span>}</td>
                  <td>
                    <CallMarkers call={c} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {more && (
        <div className="buttons left">
          <button type="button" onClick={() => void load(calls?.length ?? 0)} disabled={loading}>
            Load more
          </button>
        </div>
      )}
    </section>
  );
}
