/**
 * The three-pane mapping designer: sample → JSONata → fields, re-evaluated as you type through the
 * preview endpoint (production's engine, limits and validation), with fixtures and versions below.
 * A connector has one mapping per kind (call log, events, popup, call event, route input), each
 * with its own draft, fixtures and versions; the kind selector switches between them.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  api, ApiError, type CanonicalFields, type Checked, errorText, mappingBase, MAPPING_KINDS, MAPPING_SEGMENTS, type Connector, type Draft, type Fixture,
  type FixtureRun, type MappingKind, type MappingKindInfo, type PathWarning, type Preview, type Sample, type Version,
} from '../lib/api';
import { Badge, Notice, useDebounced } from '../lib/ui';
import { type EditorError, type EditorHandle, MappingEditor } from './editor';
import { FieldsPane } from './fields-pane';
import { FixturesPanel } from './fixtures-panel';
import { samplePaths } from './paths';
import { SamplePane } from './sample-pane';
import { ROUTE_STARTER_FIELDS, starterExpression } from './starter';
import { VersionsPanel } from './versions-panel';

type DraftState = 'loading' | 'saved' | 'unsaved' | 'saving' | 'error';

const KIND_LABELS: Record<MappingKind, string> = { callLog: 'Call log', events: 'Events', popup: 'Popup', callEvent: 'Call event', route: 'Route input' };

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

export function MappingDesigner({ connector, onPublished }: { connector: Connector; onPublished(): void }) {
  const [kind, setKind] = useState<MappingKind>('callLog');
  const [catalogue, setCatalogue] = useState<CanonicalFields | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<CanonicalFields>('GET', '/api/admin/canonical-fields').then(setCatalogue, (err) => setError(errorText(err)));
  }, []);
  const info = catalogue?.kinds.find((k) => k.kind === kind);
  return (
    <>
      <div role="tablist" aria-label="Mapping kind" className="mini-tabs">
        {MAPPING_KINDS.map((k) => (
          <button key={k} type="button" role="tab" aria-selected={k === kind} onClick={() => setKind(k)} title={catalogue?.kinds.find((x) => x.kind === k)?.description}>
            {KIND_LABELS[k]}
          </button>
        ))}
      </div>
      {info && <p className="muted small" data-testid="kind-description">{info.description} Webhook: …/{info.segment}</p>}
      {error && <Notice kind="error" onDismiss={() => setError(null)}>{error}</Notice>}
      {/* Each kind is its own draft, sample, fixtures and versions: a fresh designer per kind. */}
      <KindDesigner key={`${connector.id}:${kind}`} connector={connector} kind={kind} info={info} catalogue={catalogue} onPublished={onPublished} />
    </>
  );
}

function KindDesigner({ connector, kind, info, catalogue, onPublished }: { connector: Connector; kind: MappingKind; info: MappingKindInfo | undefined; catalogue: CanonicalFields | null; onPublished(): void }) {
  const base = mappingBase(connector.id, kind);
  const editor = useRef<EditorHandle>(null);
  const fields = useMemo(() => catalogue?.items ?? [], [catalogue]);
  const [sample, setSample] = useState<Sample>(() => storedSample(connector.id, kind));
  const [payload, setPayload] = useState<unknown>({});
  const [decodeError, setDecodeError] = useState<string | null>(null);
  const [expression, setExpression] = useState('');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [draftState, setDraftState] = useState<DraftState>('loading');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [fixtures, setFixtures] = useState<Fixture[]>([]);
  const [runs, setRuns] = useState<FixtureRun[] | null>(null);
  const [versions, setVersions] = useState<Version[]>([]);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'success' | 'info'; text: string } | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const seq = useRef({ preview: 0, runs: 0 });

  const loadFixtures = useCallback(() => api<{ items: Fixture[] }>('GET', `${base}/fixtures`).then((r) => setFixtures(r.items)), [base]);
  const loadVersions = useCallback(() => api<{ items: Version[] }>('GET', `${base}/versions`).then((r) => setVersions(r.items)), [base]);

  useEffect(() => {
    api<Draft>('GET', `${base}/draft`).then(
      (d) => {
        setDraft(d);
        setExpression(d.expression);
        setDraftState('saved');
      },
      (err) => {
        setDraftState('error');
        setMessage({ kind: 'error', text: errorText(err) });
      },
    );
    void loadFixtures().catch(() => undefined);
    void loadVersions().catch(() => undefined);
  }, [base, loadFixtures, loadVersions]);

  // The sample as the mapping sees it (for the tree, autocomplete and the starter).
  useDebounced(() => {
    window.localStorage.setItem(sampleKey(connector.id, kind), JSON.stringify(sample));
    api<{ payload: unknown }>('POST', '/api/admin/mappings/decode', sample).then(
      (r) => {
        setPayload(r.payload);
        setDecodeError(null);
      },
      (err) => setDecodeError(errorText(err)),
    );
  }, 250, [sample]);

  // Live preview through the same engine and limits as production.
  useDebounced(() => {
    if (!expression.trim()) return setPreview(null);
    const id = ++seq.current.preview;
    api<Preview>('POST', '/api/admin/mappings/preview', { expression, kind, sample: { body: sample.body, query: sample.query, ...(sample.contentType ? { contentType: sample.contentType } : {}) }, connectorId: connector.id }).then(
      (p) => id === seq.current.preview && setPreview(p),
      (err) => id === seq.current.preview && setPreview({ output: undefined, normalized: {}, problems: [], error: { code: err instanceof ApiError ? err.code : 'ERROR', message: errorText(err), details: [] } }),
    );
  }, 300, [expression, sample]);

  // Every fixture, on every change.
  const runFixtures = useCallback(() => {
    if (!expression.trim()) return;
    const id = ++seq.current.runs;
    api<{ results: FixtureRun[] }>('POST', `${base}/fixtures/run`, { expression }).then(
      (r) => id === seq.current.runs && setRuns(r.results),
      () => id === seq.current.runs && setRuns(null),
    );
  }, [base, expression]);
  useDebounced(runFixtures, 400, [expression, fixtures]);

  // Edits go to the draft.
  const current = useRef(expression);
  current.current = expression;
  const saveDraft = useCallback(async (text: string): Promise<boolean> => {
    setDraftState('saving');
    try {
      const saved = await api<Draft & Checked>('PUT', `${base}/draft`, { expression: text });
      setDraft(saved);
      setChecked({ warnings: saved.warnings, checkedAgainst: saved.checkedAgainst });
      // Typing may have gone on while this was in flight; then it is still unsaved (and saved again).
      setDraftState(current.current === text ? 'saved' : 'unsaved');
      return true;
    } catch (err) {
      setDraftState('error');
      setMessage({ kind: 'error', text: `Draft not saved: ${errorText(err)}` });
      return false;
    }
  }, [base]);
  useDebounced(() => {
    if (draftState === 'unsaved' && expression.trim()) void saveDraft(expression);
  }, 800, [expression, draftState]);

  const onEdit = (text: string) => {
    setExpression(text);
    setDraftState((s) => (s === 'loading' ? s : 'unsaved'));
  };

  const paths = useMemo(() => samplePaths(payload), [payload]);
  const pathLabels = useMemo(() => paths.map((p) => p.path), [paths]);
  const fieldNames = useMemo(() => fields.map((f) => f.name), [fields]);
  const detail = preview?.error?.details[0];
  const editorError: EditorError | null = preview?.error ? { message: detail?.message ?? preview.error.message, position: detail?.position, token: detail?.token } : null;

  const starter = () => {
    if (expression.trim() && draft?.differsFromLive !== false && !window.confirm('Replace the current expression with a starter generated from the sample?')) return;
    onEdit(starterExpression(payload, info?.callFields === false ? ROUTE_STARTER_FIELDS : fields));
    setMessage({ kind: 'info', text: 'Starter mapping generated from the sample: check every line; the comment lists what a complete call still needs, from this event or others.' });
  };

  const publish = async () => {
    setMessage(null);
    try {
      if (!(await saveDraft(expression))) return; // publish exactly what is on screen
      const res = await api<{ version: number } & Checked>('POST', `${base}/publish`, { note });
      setNote('');
      setChecked({ warnings: res.warnings, checkedAgainst: res.checkedAgainst });
      setMessage({ kind: 'success', text: `Published version ${res.version}. Webhooks use it from now on.` });
      setDraft(await api<Draft>('GET', `${base}/draft`));
      await loadVersions();
      onPublished();
    } catch (err) {
      const details = err instanceof ApiError ? err.details.map((d) => `${d.field ?? ''}: ${d.message}`).join(' · ') : '';
      setMessage({ kind: 'error', text: `${errorText(err)}${details ? ` (${details})` : ''}` });
    }
  };

  const discard = async () => {
    if (!window.confirm('Discard the draft and go back to the live version?')) return;
    const d = await api<Draft>('DELETE', `${base}/draft`);
    setDraft(d);
    setExpression(d.expression);
    setDraftState('saved');
  };

  const exportFile = async () => {
    const data = await api<unknown>('GET', `/api/admin/connectors/${connector.id}/mappings/export`);
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${connector.name.replace(/[^A-Za-z0-9_-]+/g, '-')}-mappings.json`;
    a.click();
    URL.revokeObjectURL(url);
  };

  const importFile = async (file: File) => {
    try {
      const body: unknown = JSON.parse(await file.text());
      const res = await api<{ draft: Draft; fixtures: number }>('POST', `/api/admin/connectors/${connector.id}/mappings/import`, body);
      setDraft(res.draft);
      setExpression(res.draft.expression);
      setDraftState('saved');
      await loadFixtures();
      setMessage({ kind: 'success', text: `Imported: each kind's expression is now its draft, with ${res.fixtures} fixture(s) in all. Publish each kind to make it live.` });
    } catch (err) {
      setMessage({ kind: 'error', text: `Import failed: ${errorText(err)}` });
    }
  };

  // Without a saved draft the editor follows the live version, which a rollback just changed.
  const afterRollback = async () => {
    await loadVersions();
    const d = await api<Draft>('GET', `${base}/draft`);
    setDraft(d);
    if (!d.saved && draftState === 'saved') setExpression(d.expression);
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
          {draft && (differs ? <Badge kind="warn">differs from live v{draft.live.version}</Badge> : <Badge kind="ok">same as live v{draft.live.version}</Badge>)}
        </span>
        <button type="button" onClick={starter} disabled={decodeError !== null || fields.length === 0}>Generate starter from sample</button>
        {draft?.live.fromPreset && <Badge kind="muted" title="Publishing makes version 1, this connector's own">the preset's mapping</Badge>}
        <button type="button" onClick={() => void discard()} disabled={!draft?.saved && !differs}>Discard draft</button>
        <span className="spacer" />
        <label className="inline">
          Note <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} placeholder="what changed" />
        </label>
        {failing > 0 && <Badge kind="bad" title="Publishing is refused while a fixture fails">{failing} fixture(s) failing</Badge>}
        <button type="button" className="primary" onClick={() => void publish()} disabled={!differs}>Publish</button>
        <button type="button" onClick={() => void exportFile()}>Export</button>
        <label className="button">
          Import
          <input type="file" accept="application/json,.json" className="sr-only" onChange={(e) => { const f = e.target.files?.[0]; if (f) void importFile(f); e.target.value = ''; }} />
        </label>
      </div>
      {message && <Notice kind={message.kind} onDismiss={() => setMessage(null)}>{message.text}</Notice>}
      <div className="panes">
        <SamplePane connectorId={connector.id} segment={MAPPING_SEGMENTS[kind]} sample={sample} onSample={setSample} paths={paths} decodeError={decodeError} onInsert={(p) => editor.current?.insert(p)} />
        <section className="pane expression" aria-labelledby="expr-title">
          <h2 id="expr-title">2 · JSONata mapping · {KIND_LABELS[kind]}</h2>
          <MappingEditor ref={editor} value={expression} onChange={onEdit} error={editorError} paths={pathLabels} fields={fieldNames} />
          <div aria-live="polite" data-testid="mapping-error">
            {preview?.error && (
              <p className="error-text">
                {preview.error.code === 'MAPPING_SYNTAX' ? 'Syntax error' : 'Error'}
                {detail?.position !== undefined ? ` at ${lineCol(expression, detail.position)} (position ${detail.position})` : ''}: {detail?.message ?? preview.error.message}
              </p>
            )}
          </div>
          <PathWarnings checked={checked} />
          <p className="muted small">Ctrl-Space completes sample paths and helpers ($e164, $localTime, $duration, $parseJson…).</p>
        </section>
        <FieldsPane fields={fields} kind={info} preview={preview} />
      </div>
      <FixturesPanel connectorId={connector.id} kind={kind} fixtures={fixtures} runs={runs} sample={sample} preview={preview} onChanged={() => void loadFixtures()} onLoadSample={setSample} />
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
        <strong>Paths no sample carries</strong> (checked against {fixtures} fixture(s) and {deliveries} recent deliveries; a typo, or the other view of a form key?)
        <ul>
          {checked.warnings.map((w: PathWarning) => (
            <li key={w.path} className="small" data-warning-path={w.path}>{w.message}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
