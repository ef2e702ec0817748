/**
 * A connector's "Provider API" tab: how Patchcord calls the provider (click-to-call, disposition,
 * popup pull, DID list…). Everything comes from `GET …/provider` and goes back through `PUT`, which
 * answers the same view; each card saves only its own part.
 */
import { useEffect, useState } from 'react';
import { client, errorText, unwrap } from '../api/client';
import type { Connector, ProviderView } from '../api/types';
import { Notice } from '../lib/ui';
import { CredentialsForm } from './credentials';
import { DidSyncForm } from './did-sync';
import { Operations } from './operations';

export function ProviderPanel({ connector, onChanged }: { connector: Connector; onChanged(): void }) {
  const [view, setView] = useState<ProviderView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    unwrap(client.GET('/api/admin/connectors/{id}/provider', { params: { path: { id: connector.id } } })).then(setView, (err) =>
      setError(errorText(err)),
    );
  }, [connector.id]);

  if (!view) return error ? <Notice kind="error">{error}</Notice> : <div className="loading">Loading the provider API…</div>;
  return (
    <div className="settings-grid">
      <CredentialsForm connectorId={connector.id} view={view} onView={setView} />
      <DidSyncForm connectorId={connector.id} view={view} onView={setView} onSynced={onChanged} />
      <Operations connectorId={connector.id} view={view} onView={setView} />
    </div>
  );
}
