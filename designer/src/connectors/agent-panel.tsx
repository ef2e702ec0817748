/**
 * The connector's agent panel (GET/PUT …/agent-panel): the iframe the agent console shows to the
 * agents of the connector's teams (every agent when it has none), with the URL's mail-merge fields
 * filled in from the agent and, during a call, the call. The server's validation details are shown
 * beside the field they name.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { AGENT_PANEL_PERMISSIONS } from '../../../src/domain/connector';
import { ApiError, client, errorText, unwrap } from '../api/client';
import type { Answer, Connector } from '../api/types';
import { BusyButton, Notice, useBusy } from '../lib/ui';
import { MergeFieldPicker, useMergeFields } from '../provider/merge-fields';
import { placeLifecycleErrors, type LifecycleErrors } from './lifecycle-errors';
import { errorProps, LcFieldError, SaveOutcome } from './lifecycle-form';

type PanelSettings = Answer<'/api/admin/connectors/{id}/agent-panel', 'get'>;

const PERMISSION_HELP: Record<(typeof AGENT_PANEL_PERMISSIONS)[number], string> = {
  microphone: 'Microphone (a softphone)',
  camera: 'Camera',
  geolocation: 'Location',
  autoplay: 'Autoplay of sound and video',
  'clipboard-read': 'Read the clipboard',
  'clipboard-write': 'Write the clipboard',
  'display-capture': 'Screen capture',
  fullscreen: 'Full screen',
};

/** Sample values for the preview, by merge-field path; other fields show as `sample`. */
const SAMPLES: Record<string, string> = {
  customerNumber: '9845012345',
  CustomerNumber: '+91-9845012345',
  PhoneNumberWithCountryCode: '+919845012345',
  virtualNumber: '+918041234567',
  VirtualNumber: '+918041234567',
  agentNumber: '+919611700001',
  agentNumberNational: '9611700001',
  AssociatedPhoneNumberWithoutCountryCode: '9611700001',
  agentName: 'Asha Rao',
  agentEmail: 'asha@example.com',
  agentId: 'asha',
  callSessionId: 'session-123',
  'User.FirstName': 'Asha',
  'User.LastName': 'Rao',
  'User.EmailAddress': 'asha@example.com',
  'Lead.FirstName': 'Aarav',
  'Lead.LastName': 'Sharma',
  'Lead.Phone': '+919845012345',
};

/**
 * The URL with sample values in place of its mail-merge fields (`@field`, `@{Lead:FirstName,default}`,
 * `{{field}}`), each URL-encoded as the server does; a preview only, the server's rendering is the truth.
 */
export function previewPanelUrl(url: string): string {
  const value = (path: string) => encodeURIComponent(SAMPLES[path] ?? 'sample');
  return url
    .replace(/@\{(\w+):([\w.]+),?([^}]*)\}/g, (_m, kind: string, field: string) => value(`${kind}.${field}`))
    .replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_m, path: string) => value(path))
    .replace(/@([A-Za-z]\w*)/g, (_m, name: string) => value(name));
}

export function AgentPanelSettings({ connector }: { connector: Connector }) {
  const [saved, setSaved] = useState<PanelSettings | null>(null);
  const [draft, setDraft] = useState<PanelSettings | null>(null);
  const [busy, run] = useBusy();
  const [errors, setErrors] = useState<LifecycleErrors>({ fields: {}, general: [] });
  const [done, setDone] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const fields = useMergeFields();
  const urlRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    unwrap(client.GET('/api/admin/connectors/{id}/agent-panel', { params: { path: { id: connector.id } } })).then(
      (p) => {
        setSaved(p);
        setDraft(p);
      },
      (err) => setLoadError(errorText(err)),
    );
  }, [connector.id]);

  if (loadError) return <Notice kind="error">Could not load the agent panel: {loadError}</Notice>;
  if (!draft || !saved) return <p className="loading">Loading settings…</p>;

  const put = (patch: Partial<PanelSettings>) => {
    setDraft({ ...draft, ...patch });
    setDone(false);
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    setErrors({ fields: {}, general: [] });
    void run(async () => {
      try {
        const stored = await unwrap(
          client.PUT('/api/admin/connectors/{id}/agent-panel', { params: { path: { id: connector.id } }, body: draft }),
        );
        setSaved(stored);
        setDraft(stored);
        setDone(true);
      } catch (err) {
        setErrors(err instanceof ApiError ? placeLifecycleErrors(err.details, err.message) : { fields: {}, general: [errorText(err)] });
      }
    });
  };
  const insert = (text: string) => {
    const input = urlRef.current;
    const at = input?.selectionStart ?? draft.url.length;
    const end = input?.selectionEnd ?? at;
    put({ url: draft.url.slice(0, at) + text + draft.url.slice(end) });
    requestAnimationFrame(() => {
      input?.focus();
      input?.setSelectionRange(at + text.length, at + text.length);
    });
  };
  const togglePermission = (p: PanelSettings['permissions'][number], on: boolean) =>
    put({ permissions: AGENT_PANEL_PERMISSIONS.filter((x) => (x === p ? on : draft.permissions.includes(x))) });
  const number = (key: 'width' | 'height', label: string, min: number) => (
    <div className="field">
      <label htmlFor={`ap-${key}`}>{label}</label>
      <input
        id={`ap-${key}`}
        type="number"
        min={min}
        max={4000}
        step={10}
        value={Number.isNaN(draft[key]) ? '' : draft[key]}
        onChange={(e) => put({ [key]: e.target.valueAsNumber })}
        {...errorProps(errors, key)}
      />
      <LcFieldError errors={errors} path={key} />
    </div>
  );
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);

  return (
    <form className="card wide lifecycle-form agent-panel-form" onSubmit={save} aria-labelledby="ap-title-heading" noValidate>
      <h2 id="ap-title-heading">Agent panel</h2>
      <p className="muted small">
        An iframe in the agent console (a softphone, the provider's toolbar), in and out of calls. Agents see it when they belong to one of
        this connector&apos;s teams{connector.teamIds.length === 0 ? ' (this connector has none: every agent sees it)' : ''}. Merge fields
        in the URL are filled with the agent&apos;s values, and during a call on this connector with the call&apos;s too, each URL-encoded.
      </p>

      <div className="field checkbox">
        <label>
          <input type="checkbox" checked={draft.enabled} onChange={(e) => put({ enabled: e.target.checked })} />
          Show the agent panel
        </label>
      </div>

      <fieldset className="lc-group">
        <legend>Panel</legend>
        <div className="field">
          <label htmlFor="ap-url">Panel URL</label>
          <input
            id="ap-url"
            ref={urlRef}
            type="url"
            value={draft.url}
            maxLength={4000}
            placeholder="https://softphone.example.com/?agent=@agentId&caller=@PhoneNumberWithCountryCode"
            onChange={(e) => put({ url: e.target.value })}
            aria-describedby="ap-url-help"
            {...errorProps(errors, 'url')}
          />
          <span className="help" id="ap-url-help">
            http(s) only. Merge fields: <code>@agentName</code>,{' '}
            <code>
              @{'{'}Lead:FirstName,{'}'}
            </code>{' '}
            or <code>{'{{agentId}}'}</code>; the connector&apos;s credentials are never shown to agents.
          </span>
          <LcFieldError errors={errors} path="url" />
        </div>
        <MergeFieldPicker
          fields={fields.filter((f) => !f.path.startsWith('credentials') && !f.path.startsWith('webhooks') && !f.only)}
          targetLabel="Panel URL"
          idPrefix="ap"
          onInsert={insert}
        />
        {draft.url && (
          <p className="small ap-preview-line">
            Preview with sample values:{' '}
            <output className="ap-preview" htmlFor="ap-url" id="ap-preview">
              {previewPanelUrl(draft.url)}
            </output>
          </p>
        )}
        <div className="field">
          <label htmlFor="ap-title">Panel title</label>
          <input
            id="ap-title"
            value={draft.title}
            maxLength={100}
            onChange={(e) => put({ title: e.target.value })}
            {...errorProps(errors, 'title')}
          />
          <LcFieldError errors={errors} path="title" />
        </div>
        <div className="lc-row">
          {number('width', 'Width (px)', 200)}
          {number('height', 'Height (px)', 150)}
        </div>
      </fieldset>

      <fieldset className="lc-group">
        <legend>Permissions the panel may ask for</legend>
        <div className="ap-permissions">
          {AGENT_PANEL_PERMISSIONS.map((p) => (
            <div className="field checkbox" key={p}>
              <label>
                <input type="checkbox" checked={draft.permissions.includes(p)} onChange={(e) => togglePermission(p, e.target.checked)} />
                {PERMISSION_HELP[p]} <code>{p}</code>
              </label>
            </div>
          ))}
        </div>
        <LcFieldError errors={errors} path="permissions" />
      </fieldset>

      <fieldset className="lc-group">
        <legend>Display</legend>
        <div className="field checkbox">
          <label>
            <input type="checkbox" checked={draft.showOnTop} onChange={(e) => put({ showOnTop: e.target.checked })} />
            Show on top (above the call and its popup)
          </label>
        </div>
        <div className="field checkbox">
          <label>
            <input type="checkbox" checked={draft.hideScaleButtons} onChange={(e) => put({ hideScaleButtons: e.target.checked })} />
            Hide the maximise/minimise button
          </label>
        </div>
      </fieldset>

      <SaveOutcome errors={errors} saved={done ? 'Agent panel saved.' : null} onDismiss={() => setDone(false)} />
      <div className="buttons">
        {dirty && <span className="muted small">Unsaved changes</span>}
        <button type="button" onClick={() => setDraft(saved)} disabled={!dirty || busy}>
          Discard
        </button>
        <BusyButton type="submit" className="primary" busy={busy}>
          Save agent panel
        </BusyButton>
      </div>
    </form>
  );
}
