/** Versions: history with who and when, rollback, and a side-by-side diff of two versions. */
import { useState } from 'react';
import { client, errorText, mappingPath, unwrap } from '../api/client';
import type { MappingKind, Version, VersionDiff } from '../api/types';
import { lineDiff } from '../lib/line-diff';
import { Badge, Modal, Notice } from '../lib/ui';

const SOURCE: Record<Version['source'], string> = { created: 'created', published: 'published', rollback: 'rollback', api: 'set by API' };

export function VersionsPanel({
  connectorId,
  kind,
  versions,
  onChanged,
}: {
  connectorId: string;
  kind: MappingKind;
  versions: Version[];
  onChanged(): void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<Version | null>(null);
  const [a, setA] = useState<number | ''>('');
  const [b, setB] = useState<number | ''>('');
  const [diff, setDiff] = useState<VersionDiff | null>(null);
  const live = versions.find((v) => v.live);

  const rollback = async (v: Version) => {
    setError(null);
    try {
      await unwrap(
        client.POST(mappingPath(kind, '/versions/{version}/rollback'), { params: { path: { id: connectorId, version: v.version } } }),
      );
      setConfirm(null);
      onChanged();
    } catch (err) {
      // Refused (fixtures failing on that version, each named): the dialog closes so the reason shows.
      setConfirm(null);
      setError(errorText(err));
    }
  };
  const compare = async () => {
    setError(null);
    try {
      setDiff(
        await unwrap(
          client.GET(mappingPath(kind, '/versions/diff'), { params: { path: { id: connectorId }, query: { a: Number(a), b: Number(b) } } }),
        ),
      );
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <section className="card wide" aria-labelledby="versions-title">
      <div className="card-head">
        <h2 id="versions-title">Versions</h2>
        {live ? (
          <Badge kind="ok">live: version {live.version}</Badge>
        ) : (
          versions.length === 0 && <Badge kind="muted">live: the preset's mapping (version 0)</Badge>
        )}
      </div>
      {versions.length === 0 && (
        <p className="muted small">
          Nothing published yet: the webhooks run the preset's mapping. Publishing makes version 1, this connector's own.
        </p>
      )}
      {error && (
        <Notice kind="error" onDismiss={() => setError(null)}>
          {error}
        </Notice>
      )}
      <table className="table" aria-label="Published versions">
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">What</th>
            <th scope="col">Who</th>
            <th scope="col">When</th>
            <th scope="col">Fixtures</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version} data-version={v.version}>
              <td>
                v{v.version} {v.live && <Badge kind="ok">live</Badge>}
              </td>
              <td>
                {SOURCE[v.source]}
                {v.note ? ` — ${v.note}` : ''}
              </td>
              <td>{v.publishedBy ? v.publishedBy.name : <span className="muted">—</span>}</td>
              <td>{new Date(v.publishedAt).toLocaleString()}</td>
              <td>{v.fixtureCount}</td>
              <td>
                {!v.live && (
                  <button type="button" className="small" onClick={() => setConfirm(v)}>
                    Roll back to v{v.version}…
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="inline-form">
        <label>
          Compare
          <select value={a} onChange={(e) => setA(e.target.value ? Number(e.target.value) : '')}>
            <option value="">version…</option>
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                v{v.version}
              </option>
            ))}
          </select>
        </label>
        <label>
          with
          <select value={b} onChange={(e) => setB(e.target.value ? Number(e.target.value) : '')}>
            <option value="">version…</option>
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                v{v.version}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void compare()} disabled={a === '' || b === ''}>
          Show diff
        </button>
        {diff && (
          <button type="button" onClick={() => setDiff(null)}>
            Hide diff
          </button>
        )}
      </div>
      {diff && <DiffView diff={diff} />}
      <Modal title={confirm ? `Roll back to version ${confirm.version}?` : ''} open={confirm !== null} onClose={() => setConfirm(null)}>
        {confirm && (
          <>
            <p>
              Version {confirm.version}'s expression is published again as a new version and webhooks use it at once. Your draft and
              fixtures stay as they are.
            </p>
            <div className="buttons">
              <button type="button" onClick={() => setConfirm(null)}>
                Cancel
              </button>
              <button type="button" className="primary" onClick={() => void rollback(confirm)}>
                Roll back
              </button>
            </div>
          </>
        )}
      </Modal>
    </section>
  );
}

const show = (run: VersionDiff['fixtures'][number]['a']) =>
  JSON.stringify(run.actual.error === null ? run.actual.output : { error: run.actual.error }, null, 2);

function DiffView({ diff }: { diff: VersionDiff }) {
  const rows = lineDiff(diff.a.expression, diff.b.expression);
  return (
    <div className="diff-view" aria-label={`Diff of version ${diff.a.version} and version ${diff.b.version}`}>
      <h3>Expression</h3>
      <table className="side-by-side mono small">
        <thead>
          <tr>
            <th scope="col">v{diff.a.version}</th>
            <th scope="col">v{diff.b.version}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} className={r.kind}>
              <td>{r.left ?? ''}</td>
              <td>{r.right ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Today's fixtures under each</h3>
      {diff.fixtures.length === 0 && <p className="muted">No fixtures.</p>}
      {diff.fixtures.map((f) => (
        <div key={f.id} className="fixture-compare">
          <strong>{f.name}</strong>
          <div className="two-cols">
            <div>
              <Badge kind={f.a.pass ? 'ok' : 'bad'}>
                v{diff.a.version}: {f.a.pass ? 'pass' : 'fail'}
              </Badge>
              <pre className="small">{show(f.a)}</pre>
            </div>
            <div>
              <Badge kind={f.b.pass ? 'ok' : 'bad'}>
                v{diff.b.version}: {f.b.pass ? 'pass' : 'fail'}
              </Badge>
              <pre className="small">{show(f.b)}</pre>
            </div>
          </div>
        </div>
      ))}
    </div>
  );
}
