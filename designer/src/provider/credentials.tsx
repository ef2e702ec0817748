/** The provider's credentials, rendered from the preset's credential fields (schemas as data). */
import { type FormEvent, useState } from 'react';
import { SchemaFields } from '../connectors/settings';
import { client, errorText, unwrap } from '../api/client';
import type { CredentialField, ProviderView } from '../api/types';
import { Badge, BusyButton, Notice, useBusy } from '../lib/ui';
import { credentialChanges } from './drafts';

const AUTH_LABELS: Record<ProviderView['auth']['kind'], string> = {
  none: 'none (credentials go in the request templates)',
  headers: 'static headers',
  basic: 'HTTP basic',
  query: 'a query parameter',
  token: 'a token session (log in, send the token, log out)',
};

/** Non-secret values as shown; secrets start blank (write-only, never prefilled). */
const shown = (fields: readonly CredentialField[]): Record<string, string> =>
  Object.fromEntries(fields.map((f) => [f.key, f.secret ? '' : (f.value ?? '')]));

export function CredentialsForm({ connectorId, view, onView }: { connectorId: string; view: ProviderView; onView(v: ProviderView): void }) {
  const [values, setValues] = useState(() => shown(view.credentials));
  const [cleared, setCleared] = useState<string[]>([]);
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [saving, busy] = useBusy();
  const changes = credentialChanges(view.credentials, values, cleared);
  const changed = Object.keys(changes);
  const secretsSet = Object.fromEntries(view.credentials.map((f) => [f.key, f.set]));
  // Credentials are strings; a boolean field is a checkbox holding "true" or "false".
  const formValues = Object.fromEntries(
    view.credentials.map((f) => [f.key, f.type === 'boolean' ? values[f.key] === 'true' : (values[f.key] ?? '')]),
  );

  const save = (e: FormEvent) => {
    e.preventDefault();
    void busy(async () => {
      try {
        const next = await unwrap(
          client.PUT('/api/admin/connectors/{id}/provider', { params: { path: { id: connectorId } }, body: { credentials: changes } }),
        );
        onView(next);
        setValues(shown(next.credentials));
        setCleared([]);
        setStatus({ kind: 'success', text: `Credentials saved (${changed.join(', ')}).` });
      } catch (err) {
        setStatus({ kind: 'error', text: errorText(err) });
      }
    });
  };

  const secretState = (f: CredentialField) => {
    const clearing = cleared.includes(f.key);
    return (
      <div className="secret-state" data-credential={f.key}>
        {clearing ? <Badge kind="warn">cleared on save</Badge> : f.set ? <Badge kind="ok">set</Badge> : <Badge kind="muted">not set</Badge>}
        {clearing ? (
          <button
            type="button"
            className="small"
            onClick={() => setCleared((c) => c.filter((k) => k !== f.key))}
            aria-label={`Keep ${f.label}`}
          >
            Keep
          </button>
        ) : (
          f.set && (
            <button
              type="button"
              className="small"
              onClick={() => {
                setCleared((c) => [...c, f.key]);
                setValues((v) => ({ ...v, [f.key]: '' }));
              }}
              aria-label={`Clear ${f.label}`}
            >
              Clear
            </button>
          )
        )}
      </div>
    );
  };

  return (
    <form className="card" onSubmit={save} aria-labelledby="credentials-title">
      <h2 id="credentials-title">Credentials</h2>
      <p className="muted small">
        Used as <code>credentials.&lt;key&gt;</code> in the request templates. Secrets are stored sealed, redacted in logs and tests, and
        never shown again: type a new value to replace one.
      </p>
      {view.credentials.length === 0 && <p className="muted">This preset declares no credentials.</p>}
      <SchemaFields
        fields={view.credentials}
        values={formValues}
        idPrefix="credential"
        secretsSet={secretsSet}
        extra={(f) => (f.secret ? secretState(f as CredentialField) : null)}
        onChange={(k, v) => {
          setValues((all) => ({ ...all, [k]: String(v) }));
          if (v) setCleared((c) => c.filter((key) => key !== k));
        }}
      />
      <p className="muted small">
        Authentication: {AUTH_LABELS[view.auth.kind]}, {view.authCustomised ? "this connector's own scheme" : "the preset's scheme"}.
      </p>
      {status && (
        <Notice kind={status.kind} onDismiss={() => setStatus(null)}>
          {status.text}
        </Notice>
      )}
      <div className="buttons">
        {changed.length > 0 && <span className="muted small">Unsaved: {changed.join(', ')}</span>}
        <BusyButton type="submit" className="primary" busy={saving} disabled={changed.length === 0}>
          Save credentials
        </BusyButton>
      </div>
    </form>
  );
}
