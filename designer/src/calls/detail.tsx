/** One call: its fields, each with the kind of event it came from, and its timeline. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, client, errorText, unwrap } from '../api/client';
import type { CallActivity, CallTimeline, RequestLogItem, TimelineEntry } from '../api/types';
import { Link } from '../lib/router';
import { usePageTitle } from '../lib/title';
import { Badge, Notice } from '../lib/ui';
import { fieldRows, formatClock, formatTime, isMissing, sourceLabel, sourceOf, workflowIdOf } from './format';
import { CallMarkers } from './list';

type Loaded<T> = { state: 'loading' } | { state: 'ok'; value: T } | { state: 'gone' } | { state: 'error'; message: string };

export function CallDetail({
  id,
  version,
  connectorName,
  onClose,
}: {
  id: string;
  version: number;
  connectorName(id: string): string;
  onClose(): void;
}) {
  const [call, setCall] = useState<Loaded<CallActivity>>({ state: 'loading' });
  const [timeline, setTimeline] = useState<Loaded<CallTimeline>>({ state: 'loading' });
  /** The request log entries that delivered the call's events, by event id. */
  const [requests, setRequests] = useState<Map<string, RequestLogItem>>(new Map());
  const [reloads, setReloads] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const focused = useRef<string | null>(null);

  const load = useCallback(async () => {
    setCall((c) => (c.state === 'ok' && c.value.id === id ? c : { state: 'loading' }));
    let activity: CallActivity;
    try {
      activity = await unwrap(client.GET('/api/admin/activities/{id}', { params: { path: { id } } }));
      setCall({ state: 'ok', value: activity });
    } catch (err) {
      setCall(err instanceof ApiError && err.status === 404 ? { state: 'gone' } : { state: 'error', message: errorText(err) });
      setTimeline({ state: 'gone' });
      return;
    }
    const workflowId = workflowIdOf(activity);
    // Best effort: without the request log the timeline still shows, only without its links.
    unwrap(client.GET('/api/admin/request-logs', { params: { query: { workflowId, limit: 200 } } })).then(
      (r) => setRequests(new Map(r.items.flatMap((item) => (item.eventIds ?? []).map((eventId) => [eventId, item] as const)))),
      () => setRequests(new Map()),
    );
    try {
      setTimeline({
        state: 'ok',
        value: await unwrap(client.GET('/api/ops/calls/{workflowId}', { params: { path: { workflowId } } })),
      });
    } catch (err) {
      setTimeline(err instanceof ApiError && err.status === 404 ? { state: 'gone' } : { state: 'error', message: errorText(err) });
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load, version, reloads]);

  // Keyboard and screen-reader users land on the call they opened.
  useEffect(() => {
    if (call.state === 'ok' && focused.current !== id) {
      focused.current = id;
      heading.current?.focus();
    }
  }, [call, id]);

  const busy = call.state === 'loading' || timeline.state === 'loading';
  const title = call.state === 'ok' ? `Call ${call.value.sessionId ?? formatTime(call.value.startTime)}` : 'Call';
  usePageTitle(title);
  return (
    <section className="card call-detail" aria-labelledby="call-heading" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="card-head">
        <h2 id="call-heading" ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <span className="spacer" />
        <button type="button" className="small" onClick={() => setReloads((n) => n + 1)}>
          Reload call
        </button>
        <button type="button" className="small" onClick={onClose} aria-label="Close call">
          Close
        </button>
      </div>
      <p className="muted small" role="status" aria-live="polite">
        {busy ? 'Loading call…' : ''}
      </p>
      {call.state === 'gone' && <Notice kind="info">This call has no activity (it may belong to a deleted connector).</Notice>}
      {call.state === 'error' && <Notice kind="error">{call.message}</Notice>}
      {call.state === 'ok' && <CallSummary call={call.value} connectorName={connectorName} />}
      {call.state === 'ok' && <CallFields call={call.value} />}
      <h3 id="timeline-heading">Timeline</h3>
      {timeline.state === 'gone' && call.state === 'ok' && (
        <Notice kind="info">
          The call&apos;s workflow ({workflowIdOf(call.value)}) is no longer available, so its timeline cannot be shown.
        </Notice>
      )}
      {timeline.state === 'error' && <Notice kind="error">{timeline.message}</Notice>}
      {timeline.state === 'ok' && (
        <Timeline
          entries={timeline.value.state.timeline ?? []}
          temporalUiUrl={timeline.value.temporalUiUrl}
          requests={requests}
          workflowId={call.state === 'ok' ? workflowIdOf(call.value) : null}
        />
      )}
    </section>
  );
}

function CallSummary({ call, connectorName }: { call: CallActivity; connectorName(id: string): string }) {
  const final =
    call.finalReason === 'quiet-period'
      ? 'finalised after the quiet period, without a final event'
      : call.finalReason === 'terminal-event'
        ? 'ended by a final event'
        : 'not final yet';
  return (
    <div className="call-summary">
      <CallMarkers call={call} />
      <p className="muted small">
        {connectorName(call.connectorId)} · {final} · {call.updates} update{call.updates === 1 ? '' : 's'} · mapping version{' '}
        {call.mappingVersion}
      </p>
    </div>
  );
}

function CallFields({ call }: { call: CallActivity }) {
  const rows = fieldRows(call);
  const shown = rows.filter((r) => r.value !== '' || isMissing(call, r));
  const absent = rows.filter((r) => r.value === '' && !isMissing(call, r) && !r.field.startsWith('custom.'));
  return (
    <>
      <h3 id="fields-heading">Fields</h3>
      <table className="table call-fields" aria-labelledby="fields-heading">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Value</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => {
            const source = sourceOf(call, r);
            const missing = isMissing(call, r);
            return (
              <tr key={r.field} data-field={r.field} className={missing ? 'missing' : undefined}>
                <th scope="row">
                  <code>{r.field}</code>
                </th>
                <td className="value">{missing ? <Badge kind="warn">missing</Badge> : r.value}</td>
                <td>
                  {source ? (
                    <Badge kind="info" title={`The value came from a ${sourceLabel(source)} (${source})`}>
                      {sourceLabel(source)}
                    </Badge>
                  ) : (
                    !missing && <span className="muted">—</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {absent.length > 0 && <p className="muted small">No event reported: {absent.map((r) => r.field).join(', ')}.</p>}
    </>
  );
}

const KIND_BADGE: Record<TimelineEntry['kind'], 'info' | 'muted' | 'ok' | 'bad' | 'warn'> = {
  event: 'info',
  decision: 'muted',
  effect: 'ok',
  failure: 'bad',
  ops: 'warn',
};
/** Detail keys the timeline shows in their own way. */
const SHOWN = new Set(['kind', 'source', 'fields', 'kept', 'error', 'eventId']);

const strings = (v: unknown): string[] | null => (Array.isArray(v) ? v.map(String) : null);

function Timeline({
  entries,
  temporalUiUrl,
  requests,
  workflowId,
}: {
  entries: TimelineEntry[];
  temporalUiUrl: string | null;
  requests: Map<string, RequestLogItem>;
  workflowId: string | null;
}) {
  if (entries.length === 0) return <p className="muted">Nothing has happened on this call yet.</p>;
  return (
    <>
      <ol className="timeline" aria-labelledby="timeline-heading">
        {entries.map((e, i) => {
          const d = e.detail ?? {};
          const fields = strings(d.fields);
          const kept = strings(d.kept);
          const eventKind = e.kind === 'event' && typeof d.kind === 'string' ? d.kind : null;
          const rest = Object.entries(d).filter(([k]) => !SHOWN.has(k));
          const request = typeof d.eventId === 'string' ? requests.get(d.eventId) : undefined;
          return (
            <li key={i} className={`timeline-entry ${e.kind}`} data-kind={e.kind} data-event-kind={eventKind ?? undefined}>
              <div className="timeline-head">
                <time dateTime={e.at} title={formatTime(e.at)} className="muted small mono">
                  {formatClock(e.at)}
                </time>
                <Badge kind={KIND_BADGE[e.kind] ?? 'muted'}>{e.kind}</Badge>
                <span className="what">{e.what}</span>
                {eventKind && (
                  <span className="muted small">
                    {sourceLabel(eventKind)}
                    {typeof d.source === 'string' ? ` via ${d.source}` : ''}
                  </span>
                )}
                {request && (
                  <span className="small">
                    <Link
                      className="timeline-request"
                      to={`/ops/request-log/${encodeURIComponent(request.id)}`}
                      aria-label={`Request log entry of ${e.what} at ${formatClock(e.at)}`}
                    >
                      Request log entry
                    </Link>{' '}
                    <span className="muted">
                      ({request.method} {request.status})
                    </span>
                  </span>
                )}
              </div>
              {fields && (
                <p className="timeline-fields small">
                  <span className="muted">Brought: </span>
                  {fields.length > 0 ? (
                    fields.map((f) => (
                      <code key={f} className="chip">
                        {f}
                      </code>
                    ))
                  ) : (
                    <span className="muted">nothing new</span>
                  )}
                </p>
              )}
              {kept && kept.length > 0 && (
                <p className="timeline-kept small">
                  <span className="muted">Kept from other events: </span>
                  {kept.map((f) => (
                    <code key={f} className="chip kept">
                      {f}
                    </code>
                  ))}
                </p>
              )}
              {typeof d.error === 'string' && <p className="error-text small">{d.error}</p>}
              {rest.length > 0 && (
                <p className="muted small mono">
                  {rest
                    .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v as string | number | boolean)}`)
                    .join(' · ')}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <p className="small timeline-links">
        {workflowId && (
          <Link to={`/ops/request-log?workflowId=${encodeURIComponent(workflowId)}`}>Every request of this call in the request log</Link>
        )}
        {temporalUiUrl && (
          <a href={temporalUiUrl} target="_blank" rel="noreferrer">
            Open the workflow in Temporal
          </a>
        )}
      </p>
    </>
  );
}
