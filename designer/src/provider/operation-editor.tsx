/**
 * One operation's request template and response rules. Templates are Handlebars or the seeds'
 * @mail-merge syntax (the server translates it on save); a save the server refuses shows each of its
 * problems beside the field it names.
 */
import { type SyntheticEvent, useState } from 'react';
import { ApiError, client, errorText, unwrap } from '../api/client';
import type { BodyKind, OperationConfig, ProviderOperation, ProviderView } from '../api/types';
import { Badge, Modal, Notice } from '../lib/ui';
import { fromDraft, placeErrors, toDraft, type OperationDraft, type PlacedErrors } from './drafts';
import { FieldError, invalidProps } from './field-error';
import { MergeFieldPicker, unknownFields, useMergeFields } from './merge-fields';
import { RulesEditor } from './rules-editor';

interface Props {
  connectorId: string;
  op: ProviderOperation;
  label: string;
  saved: (OperationConfig & { customised: boolean }) | undefined;
  draft: OperationDraft;
  dirty: boolean;
  variants: ProviderView['variants'];
  errors: PlacedErrors | undefined;
  /** The server's warnings for the saved operation, by form field (`request.url`…). */
  warnings: { key: string; message: string }[];
  onDraft(d: OperationDraft): void;
  onErrors(e: PlacedErrors | null): void;
  onSaved(v: ProviderView): void;
  onDiscard(): void;
}

const BODY_KINDS: { value: BodyKind | ''; label: string }[] = [
  { value: '', label: 'No body' },
  { value: 'json', label: 'JSON (use {{json value}} outside strings)' },
  { value: 'form', label: 'Form (name=value&…)' },
  { value: 'text', label: 'Text' },
];

export function OperationEditor({
  connectorId,
  op,
  label,
  saved,
  draft,
  dirty,
  variants,
  errors,
  warnings,
  onDraft,
  onErrors,
  onSaved,
  onDiscard,
}: Props) {
  const [status, setStatus] = useState<{ kind: 'error' | 'success' | 'info'; text: string } | null>(null);
  const [confirmPreset, setConfirmPreset] = useState(false);
  const fields = errors?.fields ?? {};
  const bodyErrors = [...(fields['request.body'] ?? []), ...(fields['request.body.kind'] ?? [])];
  const id = (key: string) => `op-${op}-${key.replace(/\./g, '-')}`;
  const set = (patch: Partial<OperationDraft>) => onDraft({ ...draft, ...patch });
  const setHeader = (i: number, patch: Partial<{ name: string; value: string }>) =>
    set({ headers: draft.headers.map((h, j) => (j === i ? { ...h, ...patch } : h)) });

  const mergeFields = useMergeFields();
  /** The template the merge-field picker inserts into: the last one focused, and its selection. */
  const [target, setTarget] = useState<{ key: string; start: number; end: number }>({ key: 'request.url', start: -1, end: -1 });
  const track = (key: string) => (e: SyntheticEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const el = e.currentTarget;
    setTarget({ key, start: el.selectionStart ?? el.value.length, end: el.selectionEnd ?? el.value.length });
  };
  const textOf = (key: string): string => {
    if (key === 'request.body.template') return draft.bodyTemplate;
    const header = /^request\.headers\.(\d+)$/.exec(key);
    if (header) return draft.headers[Number(header[1])]?.value ?? '';
    return draft.url;
  };
  const gone =
    (target.key.startsWith('request.headers.') && !draft.headers[Number(target.key.split('.')[2])]) ||
    (target.key === 'request.body.template' && !draft.bodyKind);
  const targetKey = gone ? 'request.url' : target.key;
  const targetLabel =
    targetKey === 'request.body.template'
      ? 'Body template'
      : targetKey.startsWith('request.headers.')
        ? `Header ${Number(targetKey.split('.')[2]) + 1} value`
        : 'URL';
  const insert = (snippet: string) => {
    const text = textOf(targetKey);
    const start = target.key === targetKey && target.start >= 0 ? Math.min(target.start, text.length) : text.length;
    const end = target.key === targetKey && target.end >= 0 ? Math.min(target.end, text.length) : text.length;
    const next = text.slice(0, start) + snippet + text.slice(end);
    const header = /^request\.headers\.(\d+)$/.exec(targetKey);
    if (targetKey === 'request.body.template') set({ bodyTemplate: next });
    else if (header) setHeader(Number(header[1]), { value: next });
    else set({ url: next });
    const caret = start + snippet.length;
    setTarget({ key: targetKey, start: caret, end: caret });
    // Back to the template, caret after the insert, once React has rendered the new value.
    requestAnimationFrame(() => {
      const el = document.getElementById(id(targetKey)) as HTMLInputElement | HTMLTextAreaElement | null;
      el?.focus();
      el?.setSelectionRange(caret, caret);
    });
  };
  const shownWarnings = dirty ? unknownFields(draft, mergeFields) : warnings;

  const [saving, setSaving] = useState(false);
  const put = async (config: OperationConfig | null, done: string) => {
    setStatus(null);
    onErrors(null);
    setSaving(true);
    try {
      onSaved(
        await unwrap(
          client.PUT('/api/admin/connectors/{id}/provider', {
            params: { path: { id: connectorId } },
            body: { operations: { [op]: config } },
          }),
        ),
      );
      setStatus({ kind: 'success', text: done });
    } catch (err) {
      if (!(err instanceof ApiError) || err.details.length === 0) return setStatus({ kind: 'error', text: errorText(err) });
      const placed = placeErrors(err.details, `body.operations.${op}`, draft);
      onErrors(placed);
      const beside = err.details.length - placed.general.length;
      setStatus({
        kind: 'error',
        text: `Not saved: ${[...placed.general, ...(beside ? [`${beside} problem(s) shown beside the fields`] : [])].join('; ')}.`,
      });
    } finally {
      setSaving(false);
    }
  };

  const replaceWith = (v: ProviderView['variants'][number]) => {
    onDraft(toDraft(v.config));
    onErrors(null);
    setStatus({ kind: 'info', text: `Replaced with the variant “${v.label}”: test it, then save to keep it.` });
  };

  return (
    <div className="op-editor">
      <div className="card-head">
        <h3 className="op-title">
          {label} <code>{op}</code>
        </h3>
        {saved?.customised ? (
          <Badge kind="info">this connector's</Badge>
        ) : saved ? (
          <Badge kind="muted">preset's</Badge>
        ) : (
          <Badge kind="warn">not saved yet</Badge>
        )}
        {dirty && <Badge kind="warn">unsaved changes</Badge>}
      </div>
      {/* What the server refused without naming a field shows here, above the form; the rest beside its field. */}
      {status?.kind === 'error' && (
        <Notice kind="error" onDismiss={() => setStatus(null)}>
          {status.text}
        </Notice>
      )}
      <div className="field checkbox">
        <label htmlFor={id('enabled')}>
          <input
            id={id('enabled')}
            type="checkbox"
            checked={draft.enabled}
            onChange={(e) => set({ enabled: e.target.checked })}
            {...invalidProps(`${id('enabled')}-error`, fields.enabled)}
          />
          Enabled
        </label>
        <FieldError id={`${id('enabled')}-error`} messages={fields.enabled} />
      </div>
      <div className="request-line">
        <div className="field method">
          <label htmlFor={id('request.method')}>Method</label>
          <select
            id={id('request.method')}
            value={draft.method}
            onChange={(e) => set({ method: e.target.value as OperationDraft['method'] })}
          >
            <option>GET</option>
            <option>POST</option>
          </select>
        </div>
        <div className="field grow">
          <label htmlFor={id('request.url')}>URL</label>
          <textarea
            id={id('request.url')}
            className="mono"
            rows={Math.min(8, Math.max(3, Math.ceil(draft.url.length / 64)))}
            spellCheck={false}
            value={draft.url}
            onChange={(e) => set({ url: e.target.value })}
            onSelect={track('request.url')}
            onFocus={track('request.url')}
            {...invalidProps(`${id('request.url')}-error`, fields['request.url'])}
          />
          <FieldError id={`${id('request.url')}-error`} messages={fields['request.url']} />
        </div>
      </div>
      <MergeFieldPicker fields={mergeFields} targetLabel={targetLabel} onInsert={insert} idPrefix={`op-${op}`} />
      {shownWarnings.length > 0 && (
        <Notice kind="warning">
          <strong>{dirty ? 'Unknown merge fields (checked as you type):' : 'The server warns about the saved template:'}</strong>
          <ul className="merge-warnings">
            {shownWarnings.map((w, i) => (
              <li key={i}>
                {w.key.replace(/^request\./, '').replace(/^body\.template$/, 'body template')}: {w.message}
              </li>
            ))}
          </ul>
        </Notice>
      )}
      <span className="help">
        Merge fields as <code>{'{{CustomerNumber}}'}</code>, <code>{'{{User.TelephonyAgentId}}'}</code> or the seeds'{' '}
        <code>@CustomerNumber</code>; credentials as <code>{'{{credentials.apiKey}}'}</code>. Helpers: json, urlEncode, date, phone; blocks:
        if, unless.
      </span>

      <fieldset className="headers">
        <legend>Headers</legend>
        {draft.headers.map((h, i) => {
          const errs = fields[`request.headers.${i}`];
          return (
            <div key={i} className="header-row">
              <input
                aria-label={`Header ${i + 1} name`}
                placeholder="Name"
                value={h.name}
                onChange={(e) => setHeader(i, { name: e.target.value })}
                {...invalidProps(`${id(`request.headers.${i}`)}-error`, errs)}
              />
              <input
                className="mono"
                id={id(`request.headers.${i}`)}
                onSelect={track(`request.headers.${i}`)}
                onFocus={track(`request.headers.${i}`)}
                aria-label={`Header ${i + 1} value`}
                placeholder="Value (a template)"
                value={h.value}
                onChange={(e) => setHeader(i, { value: e.target.value })}
                {...invalidProps(`${id(`request.headers.${i}`)}-error`, errs)}
              />
              <button
                type="button"
                className="small"
                onClick={() => set({ headers: draft.headers.filter((_, j) => j !== i) })}
                aria-label={`Remove header ${i + 1}`}
              >
                Remove
              </button>
              <FieldError id={`${id(`request.headers.${i}`)}-error`} messages={errs} />
            </div>
          );
        })}
        <FieldError id={`${id('request.headers')}-error`} messages={fields['request.headers']} />
        <button type="button" className="small" onClick={() => set({ headers: [...draft.headers, { name: '', value: '' }] })}>
          Add header
        </button>
      </fieldset>

      <div className="field">
        <label htmlFor={id('request.body')}>Body</label>
        <select
          id={id('request.body')}
          value={draft.bodyKind}
          onChange={(e) => set({ bodyKind: e.target.value as OperationDraft['bodyKind'] })}
          {...invalidProps(`${id('request.body')}-error`, bodyErrors)}
        >
          {BODY_KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
        <FieldError id={`${id('request.body')}-error`} messages={bodyErrors} />
      </div>
      {draft.bodyKind && (
        <div className="field">
          <label htmlFor={id('request.body.template')}>Body template</label>
          <textarea
            id={id('request.body.template')}
            className="mono"
            rows={6}
            spellCheck={false}
            value={draft.bodyTemplate}
            onChange={(e) => set({ bodyTemplate: e.target.value })}
            onSelect={track('request.body.template')}
            onFocus={track('request.body.template')}
            {...invalidProps(`${id('request.body.template')}-error`, fields['request.body.template'])}
          />
          <FieldError id={`${id('request.body.template')}-error`} messages={fields['request.body.template']} />
        </div>
      )}

      <RulesEditor rows={draft.rules} onChange={(rules) => set({ rules })} errors={fields} idPrefix={`op-${op}`} />

      {(op === 'callDetails' || draft.responseMapping) && (
        <div className="field">
          <label htmlFor={id('responseMapping')}>Response mapping (JSONata)</label>
          <textarea
            id={id('responseMapping')}
            className="mono"
            rows={8}
            spellCheck={false}
            value={draft.responseMapping}
            onChange={(e) => set({ responseMapping: e.target.value })}
            {...invalidProps(`${id('responseMapping')}-error`, fields.responseMapping)}
          />
          <FieldError id={`${id('responseMapping')}-error`} messages={fields.responseMapping} />
          <span className="help">
            From the provider's answer to call fields. Empty: the connector's call-log mapping reads the answer. An error rule marks the
            answer for an unknown call.
          </span>
        </div>
      )}

      {status && status.kind !== 'error' && (
        <Notice kind={status.kind} onDismiss={() => setStatus(null)}>
          {status.text}
        </Notice>
      )}
      <div className="buttons">
        {variants.map((v) => (
          <button key={v.id} type="button" onClick={() => replaceWith(v)}>
            Replace with variant {v.label}
          </button>
        ))}
        <span className="spacer" />
        {saved?.customised && (
          <button type="button" onClick={() => setConfirmPreset(true)}>
            Use preset's
          </button>
        )}
        {dirty && saved && (
          <button
            type="button"
            onClick={() => {
              onDiscard();
              onErrors(null);
              setStatus(null);
            }}
          >
            Discard changes
          </button>
        )}
        {!saved && (
          <button type="button" onClick={onDiscard}>
            Remove
          </button>
        )}
        <button
          type="button"
          className="primary"
          onClick={() => void put(fromDraft(draft), `${label} saved.`)}
          disabled={!dirty || saving}
          aria-busy={saving}
        >
          {saving ? 'Saving…' : `Save ${label.toLowerCase()}`}
        </button>
      </div>

      <Modal title={`Use the preset's ${label.toLowerCase()}?`} open={confirmPreset} onClose={() => setConfirmPreset(false)}>
        <p>
          This connector's own request and rules for <code>{op}</code> are discarded; the preset's apply again (none, if the preset has no{' '}
          {op}).
        </p>
        <div className="buttons">
          <button type="button" onClick={() => setConfirmPreset(false)} autoFocus>
            Cancel
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => {
              setConfirmPreset(false);
              void put(null, `${label} follows the preset again.`);
            }}
          >
            Use preset's
          </button>
        </div>
      </Modal>
    </div>
  );
}
