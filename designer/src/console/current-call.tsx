/** The call in progress (or ringing, or waiting for its disposition): caller, lead, times, hang-up. */
import { type FormEvent, useEffect, useState } from 'react';
import { client, errorText, unwrap } from '../api/client';
import { Notice } from '../lib/ui';
import { DispositionForm } from './disposition-form';
import { formatDuration, formatWhen, secondsBetween } from './format';
import type { CallSummary, LeadSummary } from './types';

const STATUS_WORDS: Record<string, string> = { ringing: 'Ringing', 'on-call': 'On a call', 'wrap-up': 'Wrap-up', free: 'Free' };
export const statusWord = (status: string) => STATUS_WORDS[status] ?? status;

/** Ticks every second while `on`, so running durations move. */
function useNow(on: boolean): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (!on) return;
    const t = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(t);
  }, [on]);
  return now;
}

export function leadName(lead: LeadSummary): string {
  return [lead.firstName, lead.lastName].filter(Boolean).join(' ') || lead.phone;
}

function NewLeadForm({ phone, onCreated }: { phone: string; onCreated(lead: LeadSummary): void }) {
  const [firstName, setFirst] = useState('');
  const [lastName, setLast] = useState('');
  const [email, setEmail] = useState('');
  const [number, setNumber] = useState(phone);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const lead = await unwrap(
        client.POST('/api/agent/leads', {
          body: { phone: number, ...(firstName ? { firstName } : {}), ...(lastName ? { lastName } : {}), ...(email ? { email } : {}) },
        }),
      );
      onCreated(lead);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="console-form" onSubmit={(e) => void submit(e)} aria-label="New lead">
      <p>No lead has this number yet.</p>
      <div className="console-two">
        <label>
          First name
          <input value={firstName} onChange={(e) => setFirst(e.target.value)} maxLength={100} />
        </label>
        <label>
          Last name
          <input value={lastName} onChange={(e) => setLast(e.target.value)} maxLength={100} />
        </label>
      </div>
      <label>
        Email
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} maxLength={254} />
      </label>
      <label>
        Phone
        <input type="tel" value={number} onChange={(e) => setNumber(e.target.value)} required />
      </label>
      {error && <Notice kind="error">The lead was not created: {error}</Notice>}
      <div className="buttons left">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Create lead'}
        </button>
      </div>
    </form>
  );
}

export function CurrentCall({
  call,
  status,
  lead,
  leadError,
  onLead,
  onDisposed,
}: {
  call: CallSummary;
  status: string;
  lead: LeadSummary | null;
  leadError: string | null;
  onLead(lead: LeadSummary): void;
  onDisposed(value: string): void;
}) {
  const [hangupError, setHangupError] = useState<string | null>(null);
  const [hangingUp, setHangingUp] = useState(false);
  const now = useNow(!call.endedAt);
  const talk = call.answeredAt ? secondsBetween(call.answeredAt, call.endedAt, now) : null;
  const ring = secondsBetween(call.startedAt, call.answeredAt ?? call.endedAt, now);
  const needsDisposition = !!call.endedAt && !call.disposed;
  const outbound = call.direction === 'Outbound';

  const hangup = async () => {
    setHangingUp(true);
    setHangupError(null);
    try {
      await unwrap(client.POST('/api/agent/hangup', { body: { workflowId: call.workflowId } }));
    } catch (err) {
      setHangupError(errorText(err));
    } finally {
      setHangingUp(false);
    }
  };

  const rows: [string, string | null][] = [
    [outbound ? 'Calling' : 'Caller', call.customerNumber || 'unknown'],
    [outbound ? 'From' : 'Dialled', call.virtualNumber],
    ['IVR path', call.ivr],
    ['Started', formatWhen(call.startedAt, now)],
    ['Answered', call.answeredAt ? formatWhen(call.answeredAt, now) : null],
    ['Ended', call.endedAt ? formatWhen(call.endedAt, now) : null],
    [call.answeredAt ? 'Talk time' : 'Ringing for', formatDuration(call.answeredAt ? talk : ring)],
  ];

  return (
    <>
      <section className={`card console-call ${status}`} aria-labelledby="call-title">
        <div className="card-head">
          <h2 id="call-title">
            {status === 'ringing' ? (outbound ? 'Outgoing call' : 'Incoming call') : call.endedAt ? 'Last call' : 'Current call'}
          </h2>
          <span className={`console-status ${status}`}>{statusWord(status)}</span>
        </div>
        <dl className="console-dl" id="call-details">
          {rows
            .filter(([, v]) => v)
            .map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
        </dl>
        {!call.endedAt && (
          <div className="buttons left">
            <button type="button" className="danger" onClick={() => void hangup()} disabled={hangingUp}>
              {hangingUp ? 'Hanging up…' : 'Hang up'}
            </button>
          </div>
        )}
        {hangupError && <Notice kind="error">Hang-up failed: {hangupError}</Notice>}
      </section>
      <section className="card" aria-labelledby="lead-title">
        <h2 id="lead-title">{lead ? leadName(lead) : call.leadId ? 'Lead' : 'New lead'}</h2>
        {lead ? (
          <dl className="console-dl">
            <div>
              <dt>Phone</dt>
              <dd>{lead.phone}</dd>
            </div>
            {lead.email && (
              <div>
                <dt>Email</dt>
                <dd>{lead.email}</dd>
              </div>
            )}
            {Object.entries(lead.fields ?? {})
              .filter(([, v]) => v !== null && typeof v !== 'object')
              .map(([k, v]) => (
                <div key={k}>
                  <dt>{k}</dt>
                  <dd>{String(v)}</dd>
                </div>
              ))}
          </dl>
        ) : call.leadId ? (
          <p className="muted">{leadError ?? 'Loading the lead…'}</p>
        ) : (
          <NewLeadForm phone={call.customerNumber} onCreated={onLead} />
        )}
      </section>
      {needsDisposition && (
        <section className="card" aria-labelledby="disposition-title">
          <h2 id="disposition-title">
            Disposition {call.dispositionRequired && <span className="error-text">(required before your next call)</span>}
          </h2>
          <DispositionForm workflowId={call.workflowId} connectorId={call.connectorId} idPrefix="current" onDone={onDisposed} />
        </section>
      )}
    </>
  );
}
