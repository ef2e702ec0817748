/**
 * The sample: pasted raw with its content type, or picked from this connector's request log (the
 * deliveries to this mapping kind's webhook); shown as the mapping sees it.
 */
import { useEffect, useState } from 'react';
import { client, errorText, unwrap } from '../api/client';
import type { RequestLogItem, Sample } from '../api/types';
import { Badge } from '../lib/ui';
import { type SamplePath } from './paths';

const CONTENT_TYPES = ['application/json', 'application/x-www-form-urlencoded', 'text/plain', ''];

interface Props {
  connectorId: string;
  /** The webhook segment whose deliveries the request log tab lists (call-log, popup, …). */
  segment: string;
  sample: Sample;
  onSample(s: Sample): void;
  paths: SamplePath[];
  decodeError: string | null;
  onInsert(path: string): void;
}

const short = (v: unknown) => {
  const text =
    typeof v === 'string'
      ? JSON.stringify(v)
      : Array.isArray(v)
        ? `[${v.length}]`
        : typeof v === 'object' && v !== null
          ? '{…}'
          : String(v);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};

const VIEW_TITLE = {
  exact: 'The form key exactly as sent; read it in backticks',
  expanded: 'The bracket keys expanded under their base name; read it as a path',
} as const;

export function SamplePane({ connectorId, segment, sample, onSample, paths, decodeError, onInsert }: Props) {
  const [tab, setTab] = useState<'paste' | 'log'>('paste');
  const [log, setLog] = useState<RequestLogItem[] | null>(null);
  const [logError, setLogError] = useState<string | null>(null);

  useEffect(() => {
    if (tab !== 'log') return;
    unwrap(
      client.GET('/api/admin/request-logs', { params: { query: { connectorId, direction: 'inbound', kind: segment, limit: 25 } } }),
    ).then(
      (r) => setLog(r.items),
      (err) => setLogError(errorText(err)),
    );
  }, [tab, connectorId, segment]);

  return (
    <section className="pane sample" aria-labelledby="sample-title">
      <h2 id="sample-title">1 · Sample payload</h2>
      <div role="tablist" aria-label="Sample source" className="mini-tabs">
        <button type="button" role="tab" aria-selected={tab === 'paste'} onClick={() => setTab('paste')}>
          Paste
        </button>
        <button type="button" role="tab" aria-selected={tab === 'log'} onClick={() => setTab('log')}>
          From request log
        </button>
      </div>
      {tab === 'paste' ? (
        <div className="sample-inputs">
          <label>
            Content type
            <select value={sample.contentType} onChange={(e) => onSample({ ...sample, contentType: e.target.value })}>
              {CONTENT_TYPES.map((t) => (
                <option key={t} value={t}>
                  {t || '(none sent)'}
                </option>
              ))}
            </select>
          </label>
          <label>
            Body, exactly as the provider sends it
            <textarea
              className="mono"
              rows={6}
              value={sample.body}
              spellCheck={false}
              onChange={(e) => onSample({ ...sample, body: e.target.value })}
              placeholder='{"SourceNumber": "9611232123", ...}'
            />
          </label>
          <label>
            Query string (optional)
            <input
              className="mono"
              value={sample.query}
              onChange={(e) => onSample({ ...sample, query: e.target.value })}
              placeholder="a=1&b=2"
            />
          </label>
        </div>
      ) : (
        <div className="log-list">
          {logError && <p className="error-text">{logError}</p>}
          {log === null && !logError && <p>Loading…</p>}
          {log?.length === 0 && <p className="muted">No requests to the {segment} webhook yet. Post one to its URL, or paste a sample.</p>}
          <ul>
            {log?.map((r) => (
              <li key={r.id}>
                <button
                  type="button"
                  className="log-item"
                  onClick={() => {
                    onSample({ contentType: r.contentType ?? '', body: r.body ?? '', query: r.query ?? '' });
                    setTab('paste');
                  }}
                >
                  <span>{new Date(r.createdAt).toLocaleString()}</span>
                  <Badge kind={r.outcome === 'accepted' ? 'ok' : 'bad'}>
                    {r.status} {r.errorCode ?? r.outcome}
                  </Badge>
                  <span className="muted small">
                    {r.contentType ?? 'no content type'}
                    {r.bodyTruncated ? ' · truncated' : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <h3>
        As the mapping sees it <span className="muted small">(click a field to insert its path)</span>
      </h3>
      {decodeError ? (
        <p className="error-text" role="alert">
          {decodeError}
        </p>
      ) : (
        <ul className="tree" aria-label="Sample fields">
          {paths.length === 0 && <li className="muted">Nothing yet.</li>}
          {paths.map((p) => (
            <li key={p.path} style={{ paddingLeft: `${p.depth * 14}px` }}>
              <button type="button" className="path" onClick={() => onInsert(p.path)} title={`Insert ${p.path}`} data-path={p.path}>
                <span className="key">{p.key}</span>
                {p.view && (
                  <span data-view={p.view}>
                    <Badge kind="muted" title={VIEW_TITLE[p.view]}>
                      {p.view === 'exact' ? 'exact key' : 'expanded'}
                    </Badge>
                  </span>
                )}
                {p.kind === 'json-text' ? (
                  <Badge kind="info">JSON text</Badge>
                ) : p.kind === 'value' ? (
                  <span className="val">{short(p.value)}</span>
                ) : (
                  <span className="muted">{short(p.value)}</span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
