/**
 * The request log, for ops and admins: filters (direction, kind, endpoint, status, connector, time
 * range, the call; kept in the query string), the entries newest first, and one entry as stored
 * (headers with secrets redacted, body, answer) with "re-run against the current mapping": what the
 * connector's live mapping makes of the stored body now, as a preview that writes nothing.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError, client, unwrap } from '../api/client';
import type { RequestLogEntry, RequestLogFilters, RequestLogItem, Rerun, User } from '../api/types';
import { Link, navigate } from '../lib/router';
import { connectorChoices, ConnectorSelect } from '../lib/connector-select';
import { usePageTitle } from '../lib/title';
import { Badge, Notice } from '../lib/ui';
import { callPathOf, formatWhen, problemText, useConnectorNames } from './shared';

const PAGE = 100;
const KINDS = ['call-log', 'events', 'popup', 'call-event', 'route'];
const TEXT_KEYS = ['direction', 'kind', 'endpoint', 'status', 'connectorId', 'from', 'to', 'workflowId'] as const;
type Key = (typeof TEXT_KEYS)[number];
type Filters = Partial<Record<Key, string>>;

function filtersFromSearch(search: string): Filters {
  const q = new URLSearchParams(search);
  return Object.fromEntries(TEXT_KEYS.flatMap((k) => (q.get(k) ? [[k, q.get(k) as string]] : [])));
}

function searchOf(f: Filters): string {
  const q = new URLSearchParams(Object.entries(f).filter((e): e is [string, string] => !!e[1]));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** A `datetime-local` value (the browser's zone) as ISO, or undefined when empty or invalid. */
function isoOf(local: string | undefined): string | undefined {
  if (!local) return undefined;
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

function queryOf(f: Filters): RequestLogFilters {
  const q: RequestLogFilters = { limit: PAGE };
  if (f.direction === 'inbound' || f.direction === 'outbound') q.direction = f.direction;
  if (f.kind) q.kind = f.kind;
  if (f.endpoint) q.endpoint = f.endpoint;
  if (f.status) q.status = Number(f.status);
  if (f.connectorId) q.connectorId = f.connectorId;
  if (f.workflowId) q.workflowId = f.workflowId;
  const from = isoOf(f.from);
  const to = isoOf(f.to);
  if (from) q.from = from;
  if (to) q.to = to;
  return q;
}

/** Date and time in a narrow column. */
function formatShort(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'medium' });
}

const outcomeBadge = (o: string) => (o === 'accepted' ? 'ok' : o === 'duplicate' ? 'info' : o === 'rejected' ? 'warn' : 'bad');

export function RequestLogPage({ entryId, role }: { entryId: string | null; role: User['role'] }) {
  usePageTitle(entryId ? 'Request log entry' : 'Request log');
  const [filters, setFilters] = useState<Filters>(() => filtersFromSearch(window.location.search));
  const [draft, setDraft] = useState<Filters>(filters);
  const [items, setItems] = useState<RequestLogItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const { names, nameOf } = useConnectorNames(role);

  const load = useCallback(async () => {
    setError(null);
    try {
      const r = await unwrap(client.GET('/api/admin/request-logs', { params: { query: queryOf(filters) } }));
      setItems(r.items);
    } catch (err) {
      setItems([]);
      setError(problemText(err));
    }
  }, [filters]);

  useEffect(() => {
    void load();
  }, [load, version]);

  const apply = (next: Filters) => {
    setFilters(next);
    setDraft(next);
    const base = entryId ? `/ops/request-log/${encodeURIComponent(entryId)}` : '/ops/request-log';
    navigate(`${base}${searchOf(next)}`, { replace: true });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    apply(draft);
  };
  const set = (k: Key, v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const setNow = (k: Key, v: string) => apply({ ...draft, [k]: v });

  const connectorOptions = useMemo(
    () => connectorChoices(names, [...(items ?? []).map((i) => i.connectorId), filters.connectorId]),
    [names, items, filters.connectorId],
  );

  const search = searchOf(filters);
  return (
    <div className="ops-page request-log-page">
      <h1>Request log</h1>
      <form className="toolbar ops-filters" role="search" aria-label="Request log filters" onSubmit={submit}>
        <label className="inline">
          Direction
          <select value={draft.direction ?? ''} onChange={(e) => setNow('direction', e.target.value)}>
            <option value="">Both</option>
            <option value="inbound">Inbound (webhooks)</option>
            <option value="outbound">Outbound (to providers)</option>
          </select>
        </label>
        <label className="inline">
          Kind
          <input type="text" list="request-kinds" size={10} value={draft.kind ?? ''} onChange={(e) => set('kind', e.target.value)} />
          <datalist id="request-kinds">
            {KINDS.map((k) => (
              <option key={k} value={k} />
            ))}
          </datalist>
        </label>
        <label className="inline">
          Endpoint
          <input
            type="text"
            size={14}
            placeholder="part of the path"
            value={draft.endpoint ?? ''}
            onChange={(e) => set('endpoint', e.target.value)}
          />
        </label>
        <label className="inline">
          Status
          <input
            type="number"
            min={100}
            max={599}
            className="ops-status-input"
            value={draft.status ?? ''}
            onChange={(e) => set('status', e.target.value)}
          />
        </label>
        <ConnectorSelect value={draft.connectorId} connectors={connectorOptions} onChange={(id) => setNow('connectorId', id ?? '')} />
        <label className="inline">
          From
          <input type="datetime-local" value={draft.from ?? ''} onChange={(e) => set('from', e.target.value)} />
        </label>
        <label className="inline">
          To
          <input type="datetime-local" value={draft.to ?? ''} onChange={(e) => set('to', e.target.value)} />
        </label>
        {filters.workflowId && (
          <span className="ops-chip-filter">
            Call <code>{filters.workflowId}</code>
            <button
              type="button"
              className="small"
              onClick={() => apply({ ...draft, workflowId: '' })}
              aria-label="Show every call's requests"
            >
              All calls
            </button>
          </span>
        )}
        <span className="spacer" />
        <button type="submit" className="small primary">
          Apply
        </button>
        <button type="button" className="small" onClick={() => setVersion((v) => v + 1)}>
          Refresh
        </button>
      </form>
      {error && <Notice kind="error">{error}</Notice>}
      <div className={entryId ? 'ops-split with-detail' : 'ops-split'}>
        <div className="card ops-list">
          <p className="muted small" role="status" aria-live="polite" data-testid="request-log-status">
            {items === null
              ? 'Loading the request log…'
              : items.length === 0
                ? 'No requests match these filters.'
                : `${items.length}${items.length === PAGE ? '+' : ''} request${items.length === 1 ? '' : 's'}`}
          </p>
          {items && items.length > 0 && (
            <div className="table-scroll">
              <table className="table request-log-table" aria-label="Requests">
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Status</th>
                    <th scope="col" className="col-connector">
                      Connector
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((i) => (
                    <tr
                      key={i.id}
                      data-entry-id={i.id}
                      className={i.id === entryId ? 'selected' : undefined}
                      aria-current={i.id === entryId ? 'true' : undefined}
                    >
                      <td>
                        <Link to={`/ops/request-log/${encodeURIComponent(i.id)}${search}`}>{formatShort(String(i.createdAt))}</Link>
                      </td>
                      <td>
                        <span className="muted small">{i.direction === 'outbound' ? 'out' : 'in'}</span> {i.method} <code>{i.kind}</code>
                      </td>
                      <td>
                        <Badge kind={outcomeBadge(i.outcome)}>{i.status}</Badge> <span className="small">{i.errorCode ?? i.outcome}</span>
                      </td>
                      <td className="small col-connector">{nameOf(i.connectorId)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
        {entryId && <EntryDetail id={entryId} nameOf={nameOf} onClose={() => navigate(`/ops/request-log${search}`)} />}
      </div>
    </div>
  );
}

function EntryDetail({ id, nameOf, onClose }: { id: string; nameOf(id: string | null): string; onClose(): void }) {
  const [entry, setEntry] = useState<RequestLogEntry | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [rerun, setRerun] = useState<Rerun | null>(null);
  const [rerunError, setRerunError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    setEntry(null);
    setError(null);
    setRerun(null);
    setRerunError(null);
    unwrap(client.GET('/api/admin/request-logs/{id}', { params: { path: { id } } })).then(
      (e) => {
        setEntry(e);
        heading.current?.focus();
      },
      (err) =>
        setError(err instanceof ApiError && err.status === 404 ? 'This entry is gone (the log is pruned by age).' : problemText(err)),
    );
  }, [id]);

  const runAgain = async () => {
    setRunning(true);
    setRerunError(null);
    try {
      setRerun(await unwrap(client.POST('/api/admin/request-logs/{id}/rerun', { params: { path: { id } } })));
    } catch (err) {
      setRerun(null);
      setRerunError(problemText(err));
    } finally {
      setRunning(false);
    }
  };

  const callPath = callPathOf(entry?.workflowId);
  const inbound = entry && entry.direction !== 'outbound';
  return (
    <section className="card ops-detail request-entry" aria-labelledby="entry-heading" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="card-head">
        <h2 id="entry-heading" ref={heading} tabIndex={-1}>
          {entry ? `${entry.method} ${entry.kind}` : 'Request'}
        </h2>
        <span className="spacer" />
        <button type="button" className="small" onClick={onClose} aria-label="Close request">
          Close
        </button>
      </div>
      {error && <Notice kind="error">{error}</Notice>}
      {!entry && !error && <p className="muted">Loading…</p>}
      {entry && (
        <>
          <dl className="ops-facts">
            <dt>When</dt>
            <dd>{formatWhen(String(entry.createdAt))}</dd>
            <dt>Direction</dt>
            <dd>{entry.direction ?? 'inbound'}</dd>
            <dt>Path</dt>
            <dd>
              <code className="wrap">
                {entry.path}
                {entry.query ? `?${entry.query}` : ''}
              </code>
            </dd>
            <dt>Answer</dt>
            <dd>
              <Badge kind={outcomeBadge(entry.outcome)}>{entry.status}</Badge> {entry.outcome}
              {entry.errorCode ? ` · ${entry.errorCode}` : ''}
              {typeof entry.durationMs === 'number' ? ` · ${entry.durationMs} ms` : ''}
            </dd>
            <dt>Connector</dt>
            <dd>{nameOf(entry.connectorId)}</dd>
            {entry.workflowId && (
              <>
                <dt>Call</dt>
                <dd>{callPath ? <Link to={callPath}>Open the call&apos;s timeline</Link> : <code>{entry.workflowId}</code>}</dd>
              </>
            )}
          </dl>
          <h3 id="entry-headers">Headers</h3>
          <table className="table ops-headers" aria-labelledby="entry-headers">
            <tbody>
              {Object.entries(entry.headers).map(([k, v]) => (
                <tr key={k}>
                  <th scope="row">
                    <code>{k}</code>
                  </th>
                  <td className="mono small wrap">{v}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3 id="entry-body">
            Body{' '}
            <span className="muted small">
              {entry.contentType ?? 'no content type'}
              {typeof entry.bodyBytes === 'number' ? ` · ${entry.bodyBytes} bytes` : ''}
              {entry.bodyTruncated ? ' · truncated when logged' : ''}
            </span>
          </h3>
          {entry.body ? (
            <pre className="ops-pre" aria-labelledby="entry-body" tabIndex={0}>
              {entry.body}
            </pre>
          ) : (
            <p className="muted small">No body stored.</p>
          )}
          <h3 id="entry-response">Answer sent</h3>
          <pre className="ops-pre" aria-labelledby="entry-response" tabIndex={0}>
            {entry.response ?? ''}
          </pre>
          {inbound && (
            <div className="ops-rerun">
              <h3>Re-run against the current mapping</h3>
              <p className="muted small">
                Maps the stored body with the connector&apos;s live mapping now. Nothing is written and no call is touched.
              </p>
              <button type="button" className="primary" disabled={running} onClick={() => void runAgain()}>
                {running ? 'Running…' : 'Re-run this delivery'}
              </button>
              {rerunError && <Notice kind="error">{rerunError}</Notice>}
              {rerun && <RerunResult rerun={rerun} />}
            </div>
          )}
        </>
      )}
    </section>
  );
}

function RerunResult({ rerun }: { rerun: Rerun }) {
  return (
    <div className="ops-rerun-result" data-testid="rerun-result" role="status">
      <p className="small">
        Mapping <code>{rerun.kind}</code> version {rerun.mappingVersion}:{' '}
        {rerun.error ? (
          <Badge kind="bad">mapping error</Badge>
        ) : rerun.problems.length > 0 ? (
          <Badge kind="warn">{`${rerun.problems.length} problem${rerun.problems.length === 1 ? '' : 's'}`}</Badge>
        ) : (
          <Badge kind="ok">maps cleanly</Badge>
        )}
      </p>
      {rerun.error && (
        <p className="error-text small">
          {rerun.error.code}: {rerun.error.message}
        </p>
      )}
      {rerun.problems.length > 0 && (
        <ul className="small">
          {rerun.problems.map((p, i) => (
            <li key={i}>
              <code>{p.field}</code>: {p.message}
            </li>
          ))}
        </ul>
      )}
      {rerun.events.map((e, i) => (
        <p key={i} className="small">
          <span className="muted">Event {e.kind ?? ''} brings: </span>
          {e.provided.map((f) => (
            <code key={f} className="chip">
              {f}
            </code>
          ))}
        </p>
      ))}
      <pre className="ops-pre" tabIndex={0} aria-label="The mapped call fields">
        {JSON.stringify(rerun.normalized, null, 2)}
      </pre>
    </div>
  );
}
