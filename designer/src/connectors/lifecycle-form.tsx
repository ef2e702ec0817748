/**
 * The connector's call lifecycle settings (GET/PUT …/lifecycle) as several screens: each edits its
 * part of one draft and saves the whole, which the server replaces as one document. The server's
 * validation details (`body.disposition.push.url`) are shown beside the field they name.
 */
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { ApiError, client, errorText, unwrap } from '../api/client';
import type { Answer, Connector } from '../api/types';
import { Notice } from '../lib/ui';
import { placeLifecycleErrors, type LifecycleErrors } from './lifecycle-errors';

export type { LifecycleErrors };

export type Lifecycle = Answer<'/api/admin/connectors/{id}/lifecycle', 'get'>;
/** Field props for an input whose errors sit under `path`: an id for its error and aria attributes. */
export function errorProps(errors: LifecycleErrors, path: string) {
  const id = `lc-err-${path.replace(/\W/g, '-')}`;
  return errors.fields[path]?.length ? { 'aria-invalid': true as const, 'aria-describedby': id } : {};
}

export function LcFieldError({ errors, path }: { errors: LifecycleErrors; path: string }) {
  const messages = errors.fields[path];
  if (!messages?.length) return null;
  return (
    <span className="error-text field-error" id={`lc-err-${path.replace(/\W/g, '-')}`}>
      {messages.join(' ')}
    </span>
  );
}

/** Below a settings form: the server's refusal (general messages, then the fields marked above), or the confirmation. */
export function SaveOutcome({ errors, saved, onDismiss }: { errors: LifecycleErrors; saved: string | null; onDismiss(): void }) {
  const fields = Object.entries(errors.fields);
  return (
    <>
      {errors.general.length > 0 && (
        <Notice kind="error">
          {errors.general.map((m, i) => (
            <p key={i}>{m}</p>
          ))}
        </Notice>
      )}
      {fields.length > 0 && (
        <Notice kind="error">
          Not saved; the server refused {fields.length === 1 ? 'one field' : 'these fields'} (marked above):{' '}
          {fields.map(([path, messages]) => `${path}: ${messages.join(' ')}`).join('; ')}
        </Notice>
      )}
      {saved && (
        <Notice kind="success" onDismiss={onDismiss}>
          {saved}
        </Notice>
      )}
    </>
  );
}

export interface PartProps {
  draft: Lifecycle;
  set(next: Lifecycle): void;
  errors: LifecycleErrors;
}

/** Loads the settings, keeps the draft, saves with a busy button, a confirmation and placed errors. */
export function LifecycleForm({
  connector,
  title,
  intro,
  children,
}: {
  connector: Connector;
  title: string;
  intro: ReactNode;
  children(props: PartProps): ReactNode;
}) {
  const [saved, setSaved] = useState<Lifecycle | null>(null);
  const [draft, setDraft] = useState<Lifecycle | null>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<LifecycleErrors>({ fields: {}, general: [] });
  const [done, setDone] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    unwrap(client.GET('/api/admin/connectors/{id}/lifecycle', { params: { path: { id: connector.id } } })).then(
      (l) => {
        setSaved(l);
        setDraft(l);
      },
      (err) => setLoadError(errorText(err)),
    );
  }, [connector.id]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    setBusy(true);
    setDone(false);
    setErrors({ fields: {}, general: [] });
    try {
      const stored = await unwrap(
        client.PUT('/api/admin/connectors/{id}/lifecycle', { params: { path: { id: connector.id } }, body: draft }),
      );
      setSaved(stored);
      setDraft(stored);
      setDone(true);
    } catch (err) {
      setErrors(err instanceof ApiError ? placeLifecycleErrors(err.details, err.message) : { fields: {}, general: [errorText(err)] });
    } finally {
      setBusy(false);
    }
  };

  if (loadError) return <Notice kind="error">Could not load the lifecycle settings: {loadError}</Notice>;
  if (!draft || !saved) return <p className="loading">Loading settings…</p>;
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const headingId = `lc-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <form className="card wide lifecycle-form" onSubmit={(e) => void save(e)} aria-labelledby={headingId} noValidate>
      <h2 id={headingId}>{title}</h2>
      <p className="muted small">{intro}</p>
      {children({
        draft,
        set: (next) => {
          setDraft(next);
          setDone(false);
        },
        errors,
      })}
      <SaveOutcome errors={errors} saved={done ? `${title} saved.` : null} onDismiss={() => setDone(false)} />
      <div className="buttons">
        {dirty && <span className="muted small">Unsaved changes</span>}
        <button type="button" onClick={() => setDraft(saved)} disabled={!dirty || busy}>
          Discard
        </button>
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          {busy ? 'Saving…' : `Save ${title.toLowerCase()}`}
        </button>
      </div>
    </form>
  );
}
