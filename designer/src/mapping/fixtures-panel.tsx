/** Fixtures: the current sample saved with its expected output; all run on every change; all must pass to publish. */
import { type FormEvent, useState } from 'react';
import { client, errorText, mappingPath, unwrap } from '../api/client';
import type { Expect, Fixture, FixtureRun, FixtureRunAnswer, MappingKind, Preview, Sample } from '../api/types';
import { Badge, Modal, Notice } from '../lib/ui';

interface Props {
  connectorId: string;
  kind: MappingKind;
  fixtures: Fixture[];
  runs: FixtureRun[] | null;
  sample: Sample;
  preview: Preview | null;
  /** The live version's number (0: the preset's), for checking the fixtures on it. */
  liveVersion: number | null;
  onChanged(): void;
  onLoadSample(s: Sample): void;
}

/** What the current preview says must come out: the output (a list for several events) when clean, else its problems. */
export function expectFromPreview(preview: Preview | null): Expect {
  if (!preview) return { output: {} };
  if (preview.error) return { error: preview.error.code };
  if (preview.problems.length) return { error: preview.problems.map((p) => `${p.field}:${p.code}`).sort() };
  return { output: preview.normalized };
}

const expectFromRun = (run: FixtureRun): Expect =>
  run.actual.error === null
    ? { output: run.actual.output ?? {} }
    : { error: run.actual.error, ...(run.actual.position !== undefined ? { position: run.actual.position } : {}) };

/**
 * The request a fixture records. A call event without a time of its own happens when it is received,
 * so its fixtures keep the preview's time of receipt and stay reproducible.
 */
export function fixtureRequest(kind: MappingKind, sample: Sample, preview: Preview | null): Sample {
  const { receivedAt: _ignored, ...request } = sample;
  return kind === 'callEvent' && preview?.receivedAt ? { ...request, receivedAt: preview.receivedAt } : request;
}

export function FixturesPanel({ connectorId, kind, fixtures, runs, sample, preview, liveVersion, onChanged, onLoadSample }: Props) {
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [liveRun, setLiveRun] = useState<FixtureRunAnswer | null>(null);
  const [checkingLive, setCheckingLive] = useState(false);

  const checkLive = async () => {
    setError(null);
    setCheckingLive(true);
    try {
      setLiveRun(
        await unwrap(client.POST(mappingPath(kind, '/fixtures/run'), { params: { path: { id: connectorId } }, body: { against: 'live' } })),
      );
    } catch (err) {
      setError(`The live version could not be checked: ${errorText(err)}`);
    } finally {
      setCheckingLive(false);
    }
  };
  const byId = new Map((runs ?? []).map((r) => [r.id, r]));
  const failing = (runs ?? []).filter((r) => !r.pass).length;

  const act = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      onChanged();
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <section className="card wide" aria-labelledby="fixtures-title">
      <div className="card-head">
        <h2 id="fixtures-title">Fixtures</h2>
        <span aria-live="polite" data-testid="fixture-summary">
          {fixtures.length === 0 ? (
            <Badge kind="muted">no fixtures</Badge>
          ) : runs === null ? (
            <Badge kind="muted">running…</Badge>
          ) : failing ? (
            <Badge kind="bad">
              {failing} of {fixtures.length} failing
            </Badge>
          ) : (
            <Badge kind="ok">all {fixtures.length} passing</Badge>
          )}
        </span>
        <span className="muted small">on the expression in the editor</span>
        <button type="button" onClick={() => setAdding(true)} disabled={!preview}>
          Save sample as fixture…
        </button>
        <button type="button" onClick={() => void checkLive()} disabled={checkingLive || fixtures.length === 0 || liveVersion === null}>
          {checkingLive ? 'Checking…' : `Check live version${liveVersion === null ? '' : ` v${liveVersion}`}`}
        </button>
      </div>
      <p className="muted small">
        Each fixture is a recorded request and what must come out. They run on every change with production's engine on the expression in
        the editor (the draft); publishing and rollback need all of them to pass.
      </p>
      <LiveCheck run={liveRun} />
      {error && (
        <Notice kind="error" onDismiss={() => setError(null)}>
          {error}
        </Notice>
      )}
      <ul className="fixtures">
        {fixtures.map((f) => {
          const run = byId.get(f.id);
          return (
            <li key={f.id} className={run ? (run.pass ? 'pass' : 'fail') : ''} data-fixture={f.name}>
              <div className="fixture-head">
                {run ? <Badge kind={run.pass ? 'ok' : 'bad'}>{run.pass ? 'pass' : 'fail'}</Badge> : <Badge kind="muted">…</Badge>}
                <strong>{f.name}</strong>
                <span className="muted small">{f.request.contentType || 'no content type'}</span>
                <span className="spacer" />
                <button
                  type="button"
                  className="small"
                  onClick={() => onLoadSample({ contentType: f.request.contentType, body: f.request.body, query: f.request.query })}
                >
                  Use as sample
                </button>
                {run && !run.pass && (
                  <button
                    type="button"
                    className="small"
                    onClick={() =>
                      void act(() =>
                        unwrap(
                          client.PUT(mappingPath(kind, '/fixtures/{fixtureId}'), {
                            params: { path: { id: connectorId, fixtureId: f.id } },
                            body: { name: f.name, description: f.description, request: f.request, expect: expectFromRun(run) },
                          }),
                        ),
                      )
                    }
                  >
                    Accept actual as expected
                  </button>
                )}
                <button
                  type="button"
                  className="small danger"
                  onClick={() =>
                    void act(() =>
                      unwrap(
                        client.DELETE(mappingPath(kind, '/fixtures/{fixtureId}'), {
                          params: { path: { id: connectorId, fixtureId: f.id } },
                        }),
                      ),
                    )
                  }
                  aria-label={`Delete fixture ${f.name}`}
                >
                  Delete
                </button>
              </div>
              {run && !run.pass && (
                <ul className="diff" aria-label={`Differences in ${f.name}`}>
                  {run.diff.map((d) => (
                    <li key={d} className="mono small">
                      {d}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <Modal title="Save the sample as a fixture" open={adding} onClose={() => setAdding(false)}>
        <AddFixture
          initialExpect={expectFromPreview(preview)}
          onCancel={() => setAdding(false)}
          onSave={async (name, expect) => {
            await unwrap(
              client.POST(mappingPath(kind, '/fixtures'), {
                params: { path: { id: connectorId } },
                body: { name, request: fixtureRequest(kind, sample, preview), expect },
              }),
            );
            setAdding(false);
            onChanged();
          }}
        />
      </Modal>
    </section>
  );
}

function AddFixture({
  initialExpect,
  onSave,
  onCancel,
}: {
  initialExpect: Expect;
  onSave(name: string, expect: Expect): Promise<void>;
  onCancel(): void;
}) {
  const [name, setName] = useState('');
  const [text, setText] = useState(JSON.stringify(initialExpect, null, 2));
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    let expect: Expect;
    try {
      expect = JSON.parse(text) as Expect;
    } catch (err) {
      setError(`The expected result is not valid JSON: ${errorText(err)}`);
      return;
    }
    try {
      await onSave(name.trim(), expect);
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="fixture-form">
      <label>
        Name
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={200}
          autoFocus
          placeholder="e.g. answered inbound call"
        />
      </label>
      <label>
        Expected result: {'{"output": {...}}'} or {'{"error": [...]}'} (prefilled with what the mapping gives now; edit if that is wrong)
        <textarea className="mono" rows={12} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
      </label>
      {error && <Notice kind="error">{error}</Notice>}
      <div className="buttons">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary">
          Save fixture
        </button>
      </div>
    </form>
  );
}

/** The fixtures' result on the live version, naming the version checked and any fixture that fails on it. */
function LiveCheck({ run }: { run: FixtureRunAnswer | null }) {
  if (!run) return null;
  const version = run.checked.version === 0 ? "live version 0 (the preset's mapping)" : `live version ${run.checked.version ?? '?'}`;
  const failing = run.results.filter((r) => !r.pass);
  return (
    <p className="small" role="status" data-testid="live-fixture-check">
      Checked on {version}:{' '}
      {failing.length === 0 ? (
        <Badge kind="ok">all {run.results.length} passing</Badge>
      ) : (
        <>
          <Badge kind="bad">
            {failing.length} of {run.results.length} failing
          </Badge>{' '}
          {failing.map((r) => r.name).join(', ')}
        </>
      )}
    </p>
  );
}
