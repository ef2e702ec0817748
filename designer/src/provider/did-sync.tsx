/** DID sync: the schedule that pulls the provider's DID list into the virtual numbers, and "Sync now". */
import { type FormEvent, useState } from 'react';
import { ApiError, client, errorText, unwrap } from '../api/client';
import type { DidSyncResult, ProviderView } from '../api/types';
import { BusyButton, Notice, useBusy } from '../lib/ui';
import { isoToLocalInput, localInputToIso } from './drafts';

interface Props {
  connectorId: string;
  view: ProviderView;
  onView(v: ProviderView): void;
  onSynced(): void;
}

export function DidSyncForm({ connectorId, view, onView, onSynced }: Props) {
  const [enabled, setEnabled] = useState(view.didSync.enabled);
  const [interval, setIntervalMinutes] = useState(String(view.didSync.intervalMinutes || 240));
  const [firstRun, setFirstRun] = useState(isoToLocalInput(view.didSync.firstRunAt));
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [enabledError, setEnabledError] = useState<string | null>(null);
  const [syncing, setSyncing] = useState(false);
  const [saving, busy] = useBusy();
  const [result, setResult] = useState<DidSyncResult | null>(null);
  const didList = view.operations.didList;
  const canSync = Boolean(didList?.enabled);

  const save = (e: FormEvent) => {
    e.preventDefault();
    void busy(async () => {
      setEnabledError(null);
      try {
        const next = await unwrap(
          client.PUT('/api/admin/connectors/{id}/provider', {
            params: { path: { id: connectorId } },
            body: { didSync: { enabled, intervalMinutes: Number(interval), firstRunAt: localInputToIso(firstRun) } },
          }),
        );
        onView(next);
        setStatus({
          kind: 'success',
          text: next.didSync.enabled ? `DID sync scheduled every ${next.didSync.intervalMinutes} minutes.` : 'DID sync is off.',
        });
      } catch (err) {
        const onEnabled = err instanceof ApiError ? err.details.find((d) => d.field === 'body.didSync.enabled') : undefined;
        if (onEnabled) setEnabledError(onEnabled.message);
        setStatus({ kind: 'error', text: errorText(err) });
      }
    });
  };

  const syncNow = async () => {
    setSyncing(true);
    setStatus(null);
    setResult(null);
    try {
      setResult(await unwrap(client.POST('/api/admin/connectors/{id}/did-sync', { params: { path: { id: connectorId } } })));
      onSynced();
    } catch (err) {
      setStatus({ kind: 'error', text: errorText(err) });
    } finally {
      setSyncing(false);
    }
  };

  return (
    <form className="card" onSubmit={save} aria-labelledby="did-sync-title">
      <h2 id="did-sync-title">DID sync</h2>
      <p className="muted small">
        Pulls the provider's DID list (the <code>didList</code> operation) into this connector's virtual numbers: new numbers are added,
        numbers a sync added and the provider no longer lists are removed; numbers added by hand stay.
      </p>
      {!canSync && (
        <Notice kind="info">
          {didList
            ? 'The DID list operation is disabled: enable it below to sync.'
            : 'This connector has no DID list operation: add one below to sync.'}
        </Notice>
      )}
      <div className="field checkbox">
        <label htmlFor="did-sync-enabled">
          <input
            id="did-sync-enabled"
            type="checkbox"
            checked={enabled}
            onChange={(e) => setEnabled(e.target.checked)}
            aria-describedby={enabledError ? 'did-sync-enabled-error' : undefined}
            aria-invalid={enabledError ? true : undefined}
          />
          Sync on a schedule
        </label>
        {enabledError && (
          <span className="error-text" id="did-sync-enabled-error">
            {enabledError}
          </span>
        )}
      </div>
      <div className="inline-form">
        <label>
          Every (minutes)
          <input
            type="number"
            min={1}
            max={10080}
            step={1}
            required
            value={interval}
            onChange={(e) => setIntervalMinutes(e.target.value)}
          />
        </label>
        <label>
          First run (optional, your time zone)
          <input
            type="datetime-local"
            value={firstRun}
            onChange={(e) => setFirstRun(e.target.value)}
            aria-describedby="did-sync-first-help"
          />
        </label>
      </div>
      <span className="help" id="did-sync-first-help">
        Runs at the first run plus whole intervals; without one, at whole intervals counted from 00:00 UTC.
      </span>
      {status && (
        <Notice kind={status.kind} onDismiss={() => setStatus(null)}>
          {status.text}
        </Notice>
      )}
      {result && <SyncResult result={result} />}
      <div className="buttons">
        <BusyButton type="button" onClick={() => void syncNow()} busy={syncing} busyLabel="Syncing…" disabled={!canSync}>
          Sync now
        </BusyButton>
        <BusyButton type="submit" className="primary" busy={saving}>
          Save DID sync
        </BusyButton>
      </div>
    </form>
  );
}

function SyncResult({ result }: { result: DidSyncResult }) {
  if (result.total === undefined) return <Notice kind="warning">The sync ended without a result (its failed step was skipped).</Notice>;
  const added = result.added ?? [];
  const removed = result.removed ?? [];
  return (
    <div className="notice success" role="status" data-testid="did-sync-result">
      <div>
        The provider lists {result.total} number(s): {added.length} added, {removed.length} removed; {result.virtualNumbers.length} virtual
        number(s) now.
        {added.length > 0 && (
          <div>
            Added: <span className="mono">{added.join(', ')}</span>
          </div>
        )}
        {removed.length > 0 && (
          <div>
            Removed: <span className="mono">{removed.join(', ')}</span>
          </div>
        )}
      </div>
    </div>
  );
}
