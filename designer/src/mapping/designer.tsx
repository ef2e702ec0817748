/**
 * The three-pane mapping designer: sample → JSONata → fields, re-evaluated as you type through the
 * preview endpoint (production's engine, limits and validation), with fixtures and versions below.
 * A connector has one mapping per kind (call log, events, popup, call event, route input), each
 * with its own draft, fixtures and versions; the kind selector switches between them.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { ApiError, client, errorText, MAPPING_KINDS, MAPPING_SEGMENTS, mappingPath, unwrap } from '../api/client';
import type {
  Body,
  CanonicalFields,
  Checked,
  Connector,
  KeptSample,
  MappingKind,
  MappingKindInfo,
  PathWarning,
  Preview,
  Sample,
} from '../api/types';
import { Badge, Notice, useDebounced } from '../lib/ui';
import { designerReducer, initialState, type Message, useLatestRequest } from './designer-state';
import { type EditorError, type EditorHandle, MappingEditor } from './editor';
import { FieldsPane } from './fields-pane';
import { FixturesPanel } from './fixtures-panel';
import { FormatPanel } from './format-panel';
import { samplePaths } from './paths';
import { SamplePane } from './sample-pane';
import { ROUTE_STARTER_FIELDS, starterExpression } from './starter';
import { VersionsPanel } from './versions-panel';

const KIND_LABELS: Record<MappingKind, string> = {
  callLog: 'Call log',
  events: 'Events',
  popup: 'Popup',
  callEvent: 'Call event',
  route: 'Route input',
};

// The call log's sample keeps the key it always had.
const sampleKey = (id: string, kind: MappingKind) => (kind === 'callLog' ? `patchcord.sample.${id}` : `patchcord.sample.${id}.${kind}`);
function storedSample(id: string, kind: MappingKind): Sample {
  try {
    const raw = window.localStorage.getItem(sampleKey(id, kind));
    if (raw) return JSON.parse(raw) as Sample;
  } catch {
    // A broken stored sample just means starting empty.
  }
  return { contentType: 'application/json', body: '', query: '' };
}

/** 1-based line and column of a character offset, for messages. */
function lineCol(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return `line ${line}, column ${position - before.lastIndexOf('\n')}`;
}

/** A preview request that failed (network, server) shown as the preview's error. */
function failedPreview(kind: MappingKind, err: unknown): Preview {
  return {
    kind,
    output: undefined,
    normalized: {},
    problems: [],
    events: [],
    route: null,
    receivedAt: '',
    // The code is the answer's own (or ERROR without one); only the message is shown.
    error: {
      code: (err instanceof ApiError ? err.code : 'ERROR') as NonNullable<Preview['error']>['code'],
      message: errorText(err),
      details: [],
    },
  };
}

export function MappingDesigner({ connector, onPublished }: { connector: Connector; onPublished(): void }) {
  const [kind, setKind] = useState<MappingKind>('callLog');
  const [catalogue, setCatalogue] = useState<CanonicalFields | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    unwrap(client.GET('/api/admin/canonical-fields')).then(setCatalogue, (err) => setError(errorText(err)));
  }, []);
  const info = catalogue?.kinds.find((k) => k.kind === kind);
  return (
    <>
      <div role="tablist" aria-label="Mapping kind" className="mini-tabs">
        {MAPPING_KINDS.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={k === kind}
            onClick={() => setKind(k)}
            title={catalogue?.kinds.find((x) => x.kind === k)?.description}
          >
            {KIND_LABELS[k]}
          </button>
        ))}
      </div>
      {info && (
        <p className="muted small" data-testid="kind-description">
          {info.description} Webhook: …/{info.segment}
        </p>
      )}
      {error && (
        <Notice kind="error" onDismiss={() => setError(null)}>
          {error}
        </Notice>
      )}
      {/* Each kind is its own draft, sample, fixtures and versions: a fresh designer per kind. */}
      <KindDesigner
        key={`${connector.id}:${kind}`}
        connector={connector}
        kind={kind}
        info={info}
        catalogue={catalogue}
        onPublished={onPublished}
      />
    </>
  );
}

function KindDesigner({
  connector,
  kind,
  info,
  catalogue,
  onPublished,
}: {
  connector: Connector;
  kind: MappingKind;
  info: MappingKindInfo | undefined;
  catalogue: CanonicalFields | null;
  onPublished(): void;
}) {
  const editor = useRef<EditorHandle>(null);
  const fields = useMemo(() => catalogue?.items ?? [], [catalogue]);
  const [state, dispatch] = useReducer(designerReducer, null, () => initialState(storedSample(connector.id, kind)));
  const { sample, payload, decodeError, expression, draft, draftState, preview, fixtures, runs, versions, note, message, checked } = state;
  const decodeRequest = useLatestRequest();
  const previewRequest = useLatestRequest();
  const runsRequest = useLatestRequest();
  const id = { params: { path: { id: connector.id } } };

  const loadFixtures = useCallback(
    () =>
      unwrap(client.GET(mappingPath(kind, '/fixtures'), { params: { path: { id: connector.id } } })).then((r) =>
        dispatch({ type: 'fixtures', fixtures: r.items }),
      ),
    [connector.id, kind],
  );
  const loadVersions = useCallback(
    () =>
      unwrap(client.GET(mappingPath(kind, '/versions'), { params: { path: { id: connector.id } } })).then((r) =>
        dispatch({ type: 'versions', versions: r.items }),
      ),
    [connector.id, kind],
  );
  const getDraft = () => unwrap(client.GET(mappingPath(kind, '/draft'), id));

  // The kind's kept sample (its latest accepted delivery, else its latest fixture), unless the admin already changed the sample.
  const sampleTouched = useRef(false);
  const [kept, setKept] = useState<KeptSample | null>(null);
  const [keptError, setKeptError] = useState<string | null>(null);
  useEffect(() => {
    unwrap(client.GET(mappingPath(kind, '/sample'), { params: { path: { id: connector.id } } })).then(
      (k) => {
        setKept(k);
        if (k.sample && !sampleTouched.current) dispatch({ type: 'sample', sample: k.sample });
      },
      (err) => setKeptError(`The kept sample could not be loaded: ${errorText(err)}`),
    );
  }, [connector.id, kind]);
  const onSample = (next: Sample) => {
    sampleTouched.current = true;
    dispatch({ type: 'sample', sample: next });
  };

  useEffect(() => {
    unwrap(client.GET(mappingPath(kind, '/draft'), { params: { path: { id: connector.id } } })).then(
      (d) => dispatch({ type: 'draftLoaded', draft: d }),
      (err) => dispatch({ type: 'saveFailed', text: errorText(err) }),
    );
    void loadFixtures().catch(() => undefined);
    void loadVersions().catch(() => undefined);
  }, [connector.id, kind, loadFixtures, loadVersions]);

  // The sample as the mapping sees it (for the tree, autocomplete and the starter).
  useDebounced(
    () => {
      // Only a sample the admin chose is remembered in the browser; the kept one is on the server.
      if (sampleTouched.current) window.localStorage.setItem(sampleKey(connector.id, kind), JSON.stringify(sample));
      const signal = decodeRequest.start();
      unwrap(client.POST('/api/admin/mappings/decode', { body: sample, signal })).then(
        (r) => !signal.aborted && dispatch({ type: 'decoded', payload: r.payload }),
        (err) => !signal.aborted && dispatch({ type: 'decodeFailed', error: errorText(err) }),
      );
    },
    250,
    [sample],
  );

  // Live preview through the same engine and limits as production.
  useDebounced(
    () => {
      const signal = previewRequest.start();
      if (!expression.trim()) return dispatch({ type: 'preview', preview: null });
      const body = {
        expression,
        kind,
        sample: { body: sample.body, query: sample.query, ...(sample.contentType ? { contentType: sample.contentType } : {}) },
        connectorId: connector.id,
      };
      unwrap(client.POST('/api/admin/mappings/preview', { body, signal })).then(
        (p) => !signal.aborted && dispatch({ type: 'preview', preview: p }),
        (err) => !signal.aborted && dispatch({ type: 'preview', preview: failedPreview(kind, err) }),
      );
    },
    300,
    [expression, sample],
  );

  // Every fixture, on every change.
  const runFixtures = useCallback(() => {
    if (!expression.trim()) return;
    const signal = runsRequest.start();
    unwrap(client.POST(mappingPath(kind, '/fixtures/run'), { params: { path: { id: connector.id } }, body: { expression }, signal })).then(
      (r) => !signal.aborted && dispatch({ type: 'runs', runs: r.results }),
      () => !signal.aborted && dispatch({ type: 'runs', runs: null }),
    );
  }, [connector.id, kind, expression, runsRequest]);
  useDebounced(runFixtures, 400, [expression, fixtures]);

  // Edits go to the draft.
  const saveDraft = useCallback(
    async (text: string): Promise<boolean> => {
      dispatch({ type: 'saving' });
      try {
        const saved = await unwrap(
          client.PUT(mappingPath(kind, '/draft'), { params: { path: { id: connector.id } }, body: { expression: text } }),
        );
        dispatch({ type: 'saved', draft: saved, checked: { warnings: saved.warnings, checkedAgainst: saved.checkedAgainst }, text });
        return true;
      } catch (err) {
        dispatch({ type: 'saveFailed', text: `Draft not saved: ${errorText(err)}` });
        return false;
      }
    },
    [connector.id, kind],
  );
  useDebounced(
    () => {
      if (draftState === 'unsaved' && expression.trim()) void saveDraft(expression);
    },
    800,
    [expression, draftState],
  );

  const onEdit = (text: string) => dispatch({ type: 'edit', expression: text });
  const setMessage = (m: Message | null) => dispatch({ type: 'message', message: m });

  const paths = useMemo(() => samplePaths(payload), [payload]);
  const pathLabels = useMemo(() => paths.map((p) => p.path), [paths]);
  const fieldNames = useMemo(() => fields.map((f) => f.name), [fields]);
  const detail = preview?.error?.details[0];
  const editorError: EditorError | null = preview?.error
    ? { message: detail?.message ?? preview.error.message, position: detail?.position, token: detail?.token }
    : null;

  const starter = () => {
    if (
      expression.trim() &&
      draft?.differsFromLive !== false &&
      !window.confirm('Replace the current expression with a starter generated from the sample?')
    )
      return;
    onEdit(starterExpression(payload, info?.callFields === false ? ROUTE_STARTER_FIELDS : fields));
    setMessage({
      kind: 'info',
      text: 'Starter mapping generated from the sample: check every line; the comment lists what a complete call still needs, from this event or others.',
    });
  };

  const publish = async () => {
    setMessage(null);
    try {
      if (!(await saveDraft(expression))) return; // publish exactly what is on screen
      const res = await unwrap(client.POST(mappingPath(kind, '/publish'), { ...id, body: { note } }));
      dispatch({ type: 'note', note: '' });
      dispatch({ type: 'checked', checked: { warnings: res.warnings, checkedAgainst: res.checkedAgainst } });
      setMessage({ kind: 'success', text: `Published version ${res.version}. Webhooks use it from now on.` });
      dispatch({ type: 'liveChanged', draft: await getDraft(), followLive: false });
      await loadVersions();
      onPublished();
    } catch (err) {
      const details = err instanceof ApiError ? err.details.map((d) => `${d.field ?? ''}: ${d.message}`).join(' · ') : '';
      setMessage({ kind: 'error', text: `${errorText(err)}${details ? ` (${details})` : ''}` });
    }
  };

  const discard = async () => {
    if (!window.confirm('Discard the draft and go back to the live version?')) return;
    dispatch({ type: 'draftLoaded', draft: await unwrap(client.DELETE(mappingPath(kind, '/draft'), id)) });
  };

  const exportFile = async () => {
    const data = await unwrap(client.GET('/api/admin/connectors/{id}/mappings/export', id));
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${connector.name.replace(/[^A-Za-z0-9_-]+/g, '-')}-mappings.json`;
    a.click();
    URL.revokeObjectURL(url);
  };

  const importFile = async (file: File) => {
    try {
      // The server validates the file; the designer passes it on as read.
      const body = JSON.parse(await file.text()) as Body<'/api/admin/connectors/{id}/mappings/import', 'post'>;
      const res = await unwrap(client.POST('/api/admin/connectors/{id}/mappings/import', { ...id, body }));
      dispatch({ type: 'draftLoaded', draft: res.draft });
      await loadFixtures();
      setMessage({
        kind: 'success',
        text: `Imported: each kind's expression is now its draft, with ${res.fixtures} fixture(s) in all. Publish each kind to make it live.`,
      });
    } catch (err) {
      setMessage({ kind: 'error', text: `Import failed: ${errorText(err)}` });
    }
  };

  // Without a saved draft the editor follows the live version, which a rollback just changed.
  const afterRollback = async () => {
    await loadVersions();
    const d = await getDraft();
    dispatch({ type: 'liveChanged', draft: d, followLive: true });
    setMessage({ kind: 'success', text: `Version ${d.live.version} is live${d.saved ? '; your saved draft is unchanged' : ''}.` });
    onPublished();
  };

  const failing = (runs ?? []).filter((r) => !r.pass).length;
  const differs = draft ? expression !== draft.live.expression : false;
  const stateLabel = { loading: 'loading…', saved: 'draft saved', unsaved: 'editing…', saving: 'saving…', error: 'not saved' }[draftState];

  return (
    <div className="designer">
      <div className="toolbar" role="toolbar" aria-label="Mapping">
        <span data-testid="draft-state">
          <Badge kind={draftState === 'error' ? 'bad' : 'muted'}>{stateLabel}</Badge>{' '}
          {draft &&
            (differs ? (
              <Badge kind="warn">differs from live v{draft.live.version}</Badge>
            ) : (
              <Badge kind="ok">same as live v{draft.live.version}</Badge>
            ))}
        </span>
        <button type="button" onClick={starter} disabled={decodeError !== null || fields.length === 0}>
          Generate starter from sample
        </button>
        {draft?.live.fromPreset && (
          <Badge kind="muted" title="Publishing makes version 1, this connector's own">
            the preset's mapping
          </Badge>
        )}
        <button type="button" onClick={() => void discard()} disabled={!draft?.saved && !differs}>
          Discard draft
        </button>
        <span className="spacer" />
        <label className="inline">
          Note{' '}
          <input
            value={note}
            onChange={(e) => dispatch({ type: 'note', note: e.target.value })}
            maxLength={500}
            placeholder="what changed"
          />
        </label>
        {failing > 0 && (
          <Badge kind="bad" title="Publishing is refused while a fixture fails">
            {failing} fixture(s) failing
          </Badge>
        )}
        <button type="button" className="primary" onClick={() => void publish()} disabled={!differs}>
          Publish
        </button>
        <button type="button" onClick={() => void exportFile()}>
          Export
        </button>
        <label className="button">
          Import
          <input
            type="file"
            accept="application/json,.json"
            className="sr-only"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void importFile(f);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      {message && (
        <Notice kind={message.kind} onDismiss={() => setMessage(null)}>
          {message.text}
        </Notice>
      )}
      <KeptSampleNote kept={kept} error={keptError} />
      <div className="panes">
        <SamplePane
          connectorId={connector.id}
          segment={MAPPING_SEGMENTS[kind]}
          sample={sample}
          onSample={onSample}
          paths={paths}
          decodeError={decodeError}
          onInsert={(p) => editor.current?.insert(p)}
        />
        <section className="pane expression" aria-labelledby="expr-title">
          <h2 id="expr-title">2 · JSONata mapping · {KIND_LABELS[kind]}</h2>
          <MappingEditor ref={editor} value={expression} onChange={onEdit} error={editorError} paths={pathLabels} fields={fieldNames} />
          <div aria-live="polite" data-testid="mapping-error">
            {preview?.error && (
              <p className="error-text">
                {preview.error.code === 'MAPPING_SYNTAX' ? 'Syntax error' : 'Error'}
                {detail?.position !== undefined ? ` at ${lineCol(expression, detail.position)} (position ${detail.position})` : ''}:{' '}
                {detail?.message ?? preview.error.message}
              </p>
            )}
          </div>
          <PathWarnings checked={checked} />
          <p className="muted small">Ctrl-Space completes sample paths and helpers ($e164, $localTime, $duration, $parseJson…).</p>
        </section>
        <FieldsPane fields={fields} kind={info} preview={preview} />
      </div>
      <FixturesPanel
        connectorId={connector.id}
        kind={kind}
        fixtures={fixtures}
        runs={runs}
        sample={sample}
        preview={preview}
        liveVersion={draft?.live.version ?? null}
        onChanged={() => void loadFixtures()}
        onLoadSample={onSample}
      />
      <FormatPanel kind={kind} info={info} catalogue={catalogue} />
      <VersionsPanel connectorId={connector.id} kind={kind} versions={versions} onChanged={() => void afterRollback()} />
    </div>
  );
}

/** Paths the mapping reads that no fixture or recent delivery carries, from the last save or publish. */
function PathWarnings({ checked }: { checked: Checked | null }) {
  if (!checked || checked.warnings.length === 0) return null;
  const { fixtures, deliveries } = checked.checkedAgainst;
  return (
    <div className="notice warning" role="status" data-testid="path-warnings">
      <div>
        <strong>Paths no sample carries</strong> (checked against {fixtures} fixture(s) and {deliveries} recent deliveries; a typo, or the
        other view of a form key?)
        <ul>
          {checked.warnings.map((w: PathWarning) => (
            <li key={w.path} className="small" data-warning-path={w.path}>
              {w.message}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** Where the sample the designer opened on came from: the latest accepted delivery or the latest fixture. */
function KeptSampleNote({ kept, error }: { kept: KeptSample | null; error: string | null }) {
  if (error) return <p className="error-text small">{error}</p>;
  if (!kept || kept.source === 'none') return null;
  return (
    <p className="muted small" data-testid="kept-sample">
      {kept.source === 'delivery'
        ? `Sample: the latest delivery this webhook accepted${kept.receivedAt ? ` (${new Date(kept.receivedAt).toLocaleString()})` : ''}.`
        : `Sample: the latest fixture, "${kept.fixture?.name ?? ''}" (no delivery accepted yet).`}
    </p>
  );
}
