/** The agent's own recent calls: call back a missed one, give a disposition to one that still takes it. */
import { useState } from 'react';
import { client, errorText, unwrap } from '../api/client';
import { Modal, Notice } from '../lib/ui';
import { DispositionForm } from './disposition-form';
import { formatDuration, formatWhen } from './format';
import type { RecentCall } from './types';

export function RecentCalls({
  calls,
  error,
  canCall,
  onChanged,
  onConfirm,
}: {
  calls: RecentCall[] | null;
  error: string | null;
  /** Why calling back is unavailable, or null when it is. */
  canCall: string | null;
  onChanged(): void;
  onConfirm(text: string): void;
}) {
  const [disposing, setDisposing] = useState<RecentCall | null>(null);
  const [calling, setCalling] = useState<string | null>(null);
  const [callError, setCallError] = useState<string | null>(null);

  const callBack = async (c: RecentCall) => {
    if (!c.customerNumber) return;
    setCalling(c.id);
    setCallError(null);
    try {
      const res = await unwrap(
        client.POST('/api/agent/click-to-call', { body: { phone: c.customerNumber, ...(c.leadId ? { leadId: c.leadId } : {}) } }),
      );
      onConfirm(`Calling ${c.customerNumber} back: ${res.message}`);
    } catch (err) {
      setCallError(`The call to ${c.customerNumber} was not placed: ${errorText(err)}`);
    } finally {
      setCalling(null);
    }
  };

  return (
    <section className="card" aria-labelledby="recent-title">
      <h2 id="recent-title">Recent calls</h2>
      {error && <Notice kind="error">Recent calls could not be loaded: {error}</Notice>}
      {callError && <Notice kind="error">{callError}</Notice>}
      {calls && calls.length === 0 && <p className="muted">No calls yet.</p>}
      {calls && calls.length > 0 && (
        <table className="table console-recent">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Number</th>
              <th scope="col">Call</th>
              <th scope="col">Duration</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {calls.map((c) => {
              const missed = c.status !== null && c.status !== 'Answered';
              return (
                <tr key={c.id}>
                  <td>{formatWhen(c.startTime)}</td>
                  <td>{c.customerNumber ?? 'unknown'}</td>
                  <td>
                    {c.direction === 'Outbound' ? 'Outgoing' : 'Incoming'} ·{' '}
                    {missed ? <strong>missed</strong> : (c.status ?? 'unknown').toLowerCase()}
                    {c.disposition === 'given' && <span className="muted"> · disposed</span>}
                  </td>
                  <td>{formatDuration(c.durationSeconds)}</td>
                  <td className="console-actions">
                    {missed && c.direction !== 'Outbound' && c.customerNumber && (
                      <button
                        type="button"
                        className="small"
                        onClick={() => void callBack(c)}
                        disabled={!!canCall || calling === c.id}
                        title={canCall ?? undefined}
                        aria-label={`Call back ${c.customerNumber}`}
                      >
                        {calling === c.id ? 'Calling…' : 'Call back'}
                      </button>
                    )}
                    {c.disposition === 'needed' && (
                      <button
                        type="button"
                        className="small"
                        onClick={() => setDisposing(c)}
                        aria-label={`Give disposition for ${c.customerNumber ?? 'the call'}`}
                      >
                        Give disposition
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {canCall && calls?.some((c) => c.status !== null && c.status !== 'Answered') && (
        <p className="muted small">Call back is unavailable: {canCall}</p>
      )}
      <Modal title={`Disposition for ${disposing?.customerNumber ?? 'the call'}`} open={!!disposing} onClose={() => setDisposing(null)}>
        {disposing && (
          <DispositionForm
            workflowId={disposing.workflowId}
            connectorId={disposing.connectorId}
            idPrefix="recent"
            onDone={(value) => {
              setDisposing(null);
              onConfirm(`Disposition saved: ${value}`);
              onChanged();
            }}
          />
        )}
        <div className="buttons">
          <button type="button" onClick={() => setDisposing(null)}>
            Cancel
          </button>
        </div>
      </Modal>
    </section>
  );
}
