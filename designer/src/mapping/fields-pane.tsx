/**
 * Target-first: every field the mapping kind produces with its previewed value. A call arrives as
 * several partial events, so a field this event does not bring is left to other events (shown
 * quietly), while a malformed value is a problem (shown in red). For a list of events, one event at
 * a time.
 */
import { useEffect, useState } from 'react';
import type { CanonicalField, FieldProblem, MappingKindInfo, Preview } from '../api/types';
import { Badge } from '../lib/ui';
import { completeLabels, eventViews } from './event-fields';

const PROBLEM_LABEL: Record<FieldProblem['code'], string> = {
  missing: 'missing',
  wrong_type: 'wrong type',
  not_allowed: 'out of range',
  invalid: 'invalid',
  unknown_field: 'not a field here',
};

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

interface Row {
  name: string;
  seedName?: string;
  type?: string;
  description: string;
  values?: readonly string[];
  complete: boolean;
}

export function FieldsPane({
  fields,
  kind,
  preview,
}: {
  fields: CanonicalField[];
  kind: MappingKindInfo | undefined;
  preview: Preview | null;
}) {
  const events = eventViews(preview);
  const [selected, setSelected] = useState(0);
  useEffect(() => {
    if (selected >= events.length) setSelected(0);
  }, [events.length, selected]);
  const callFields = kind?.callFields !== false;
  const event = events[selected] ?? events[0];
  const problems = event?.problems ?? [];
  const allProblems = preview?.problems ?? [];
  const unknown = problems.filter((p) => p.code === 'unknown_field');
  const whole = problems.find((p) => p.field === '$');
  const rows: Row[] = callFields
    ? fields
    : (kind?.fields ?? []).map((f) => ({ name: f.name, description: f.description, complete: f.name === 'callerNumber' }));
  const complete = completeLabels(fields.filter((f) => f.complete).map((f) => f.name));
  const missingRaw = new Set(preview?.events?.[event?.index ?? 0]?.missing ?? []);

  return (
    <section className="pane fields" aria-labelledby="fields-title" tabIndex={0}>
      <h2 id="fields-title">3 · {callFields ? 'Call fields' : 'Route input'}</h2>
      <p className="muted small" data-testid="fields-summary">
        {preview === null
          ? 'Waiting for a preview…'
          : preview.error
            ? 'The mapping does not run; fix the error first.'
            : allProblems.length === 0
              ? 'Every field is valid.'
              : `${allProblems.length} problem(s) to fix.`}
      </p>
      {whole && <p className="error-text">{whole.message}</p>}
      {callFields && event && !preview?.error && (
        <div className="event-summary" data-testid="event-summary">
          {events.length > 1 && (
            <div role="tablist" aria-label="Events" className="mini-tabs">
              {events.map((e) => (
                <button key={e.index} type="button" role="tab" aria-selected={e.index === event.index} onClick={() => setSelected(e.index)}>
                  Event {e.index + 1}
                  {e.kind ? ` · ${e.kind}` : ''}
                </button>
              ))}
            </div>
          )}
          <p className="small">
            Event kind <Badge kind="info">{event.kind ?? '?'}</Badge>
          </p>
          <p className="small" data-testid="event-provided">
            Brings:{' '}
            {event.provided.length === 0 ? (
              <span className="muted">no call field yet</span>
            ) : (
              event.provided.map((f) => (
                <Badge key={f} kind="ok">
                  {f}
                </Badge>
              ))
            )}
          </p>
          <p className="small" data-testid="event-missing">
            Left to other events:{' '}
            {event.missing.length === 0 ? (
              <span className="muted">nothing: this event alone makes a complete call</span>
            ) : (
              event.missing.map((f) => (
                <Badge key={f} kind="muted">
                  {f}
                </Badge>
              ))
            )}
          </p>
        </div>
      )}
      {callFields && <p className="muted small">A complete call has {complete.join(', ')}; the call's events together must bring them.</p>}
      <ul className="field-list">
        {rows.map((f) => {
          const own = problems.filter((p) => p.field === f.name || p.field.startsWith(`${f.name}.`));
          const value = event?.values[f.name];
          const left = callFields && value === undefined && own.length === 0 && missingRaw.has(f.name);
          return (
            <li
              key={f.name}
              className={own.length ? 'has-problem' : value !== undefined ? 'has-value' : left ? 'left-to-others' : ''}
              data-field={f.name}
            >
              <div className="field-head">
                <strong>{f.name}</strong>
                {f.seedName && (
                  <span className="muted small">
                    {f.seedName} · {f.type}
                  </span>
                )}
                {f.complete && (
                  <Badge kind="muted" title={callFields ? 'Part of a complete call' : 'The route needs it'}>
                    {callFields ? 'complete call' : 'required'}
                  </Badge>
                )}
                {own.map((p) => (
                  <Badge key={p.code + p.field} kind={p.code === 'missing' ? 'warn' : 'bad'} title={p.message}>
                    {PROBLEM_LABEL[p.code]}
                  </Badge>
                ))}
                {!own.length && value !== undefined && <Badge kind="ok">ok</Badge>}
                {left && (
                  <Badge kind="info" title="This event does not bring it; another event of the call can">
                    left to other events
                  </Badge>
                )}
              </div>
              {value !== undefined && <div className="value mono">{show(value)}</div>}
              {own.map((p) => (
                <div key={p.message} className="problem small">
                  {p.message}
                </div>
              ))}
              <div className="desc small muted">
                {f.description}
                {f.values && <> Allowed: {f.values.join(', ')}.</>}
              </div>
            </li>
          );
        })}
      </ul>
      {callFields && kind && kind.fields.length > 0 && (
        <p className="muted small">This mapping may also produce: {kind.fields.map((f) => `${f.name} (${f.description})`).join('; ')}</p>
      )}
      {unknown.length > 0 && (
        <>
          <h3>Not fields of this mapping</h3>
          <ul className="field-list">
            {unknown.map((p) => (
              <li key={p.field} className="has-problem">
                <div className="field-head">
                  <strong>{p.field}</strong>
                  <Badge kind="bad">not a field here</Badge>
                </div>
                <div className="problem small">{p.message}</div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
