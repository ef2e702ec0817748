/**
 * A connector's "Route answer" tab: the answer to the provider's route request in its own dialect (an
 * XML document that dials, a JSON action list…), edited as a Handlebars template over the routing
 * decision, with a preview of a sample request rendered by the server exactly as the webhook would.
 */
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { client, errorText, unwrap } from '../api/client';
import type { Connector, RouteAnswerView } from '../api/types';
import { Badge, BusyButton, Notice, useBusy } from '../lib/ui';
import { FieldError, invalidProps } from '../provider/field-error';
import { fromDraft, placeProblems, STARTERS, toDraft, type Draft } from './draft';
import { RoutePreviewForm } from './preview';

const SOURCE_TEXT: Record<RouteAnswerView['source'], string> = {
  connector: "this connector's template",
  preset: "the preset's template",
  format: 'the routing format',
};

export function RouteAnswerPanel({ connector }: { connector: Connector }) {
  const [view, setView] = useState<RouteAnswerView | null>(null);
  const [draft, setDraft] = useState<Draft>(toDraft(null));
  /** Off: the connector has no template of its own (its preset's, else the format, answers). */
  const [own, setOwn] = useState(false);
  const [problems, setProblems] = useState<Partial<Record<keyof Draft, string[]>>>({});
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [saving, busy] = useBusy();

  const show = (v: RouteAnswerView) => {
    setView(v);
    setOwn(v.answer !== null);
    setDraft(toDraft(v.answer ?? v.presetAnswer));
    setProblems({});
  };
  useEffect(() => {
    unwrap(client.GET('/api/admin/connectors/{id}/route-answer', { params: { path: { id: connector.id } } })).then(show, (err) =>
      setStatus({ kind: 'error', text: errorText(err) }),
    );
  }, [connector.id]);

  const save = (e: FormEvent) => {
    e.preventDefault();
    void busy(async () => {
      try {
        show(
          await unwrap(
            client.PUT('/api/admin/connectors/{id}/route-answer', {
              params: { path: { id: connector.id } },
              body: { answer: own ? fromDraft(draft) : null },
            }),
          ),
        );
        setStatus({
          kind: 'success',
          text: own ? 'Route answer saved.' : "The connector now answers with its preset's template or its routing format.",
        });
      } catch (err) {
        setProblems(placeProblems(err));
        setStatus({ kind: 'error', text: errorText(err) });
      }
    });
  };

  if (!view) return status ? <Notice kind="error">{status.text}</Notice> : <div className="loading">Loading the route answer…</div>;
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const field = (key: keyof Draft, label: string, input: (id: string) => ReactNode, help?: string) => (
    <div className="field">
      <label htmlFor={`route-${key}`}>{label}</label>
      {input(`route-${key}`)}
      {help && <span className="help">{help}</span>}
      <FieldError id={`route-${key}-error`} messages={problems[key]} />
    </div>
  );
  const text =
    (key: 'contentType' | 'noAgentContentType' | 'noAgentStatus', placeholder = '') =>
    (id: string) => (
      <input
        id={id}
        value={draft[key]}
        placeholder={placeholder}
        onChange={(e) => set({ [key]: e.target.value })}
        {...invalidProps(`${id}-error`, problems[key])}
      />
    );
  const area = (key: 'body' | 'noAgentBody', rows: number) => (id: string) => (
    <textarea
      id={id}
      className="mono"
      rows={rows}
      value={draft[key]}
      spellCheck={false}
      onChange={(e) => set({ [key]: e.target.value })}
      {...invalidProps(`${id}-error`, problems[key])}
    />
  );

  return (
    <div className="settings-grid">
      <form className="card" onSubmit={save} aria-labelledby="route-answer-title">
        <div className="card-head">
          <h2 id="route-answer-title">Route answer</h2>
          <Badge kind={view.source === 'format' ? 'muted' : 'info'}>{SOURCE_TEXT[view.source]}</Badge>
        </div>
        <p className="muted small">
          How <code>…/route</code> answers the provider. Without a template, the routing format ({view.format}) answers. Values are escaped
          for the content type, so no caller or agent value can change the document.
        </p>
        <div className="field checkbox">
          <label>
            <input type="checkbox" checked={own} onChange={(e) => setOwn(e.target.checked)} /> This connector answers with its own template
          </label>
        </div>
        {own && (
          <>
            <label>
              Start from
              <select
                value=""
                onChange={(e) => {
                  const s = STARTERS[Number(e.target.value)];
                  if (s) setDraft(toDraft(s.answer));
                }}
              >
                <option value="">—</option>
                {STARTERS.map((s, i) => (
                  <option key={s.label} value={i}>
                    {s.label}
                  </option>
                ))}
              </select>
            </label>
            {field('contentType', 'Content type', text('contentType'), 'JSON, XML, text/plain or form; values are escaped for it.')}
            {field(
              'body',
              'Answer',
              area('body', 10),
              'Handlebars: {{agentPhone}}, {{#if queue}}…{{else}}…{{/if}}. In JSON, put a space between }} and a closing }.',
            )}
            <div className="field checkbox">
              <label>
                <input type="checkbox" checked={draft.noAgent} onChange={(e) => set({ noAgent: e.target.checked })} /> Its own answer when
                nobody can take the call (no agent and no queue)
              </label>
            </div>
            {draft.noAgent && (
              <div className="two-cols">
                {field('noAgentStatus', 'HTTP status', text('noAgentStatus', '200'))}
                {field('noAgentContentType', 'Content type', text('noAgentContentType', 'the same'))}
              </div>
            )}
            {draft.noAgent && field('noAgentBody', 'Answer when nobody can take the call', area('noAgentBody', 5))}
            <details>
              <summary>Fields</summary>
              <ul className="field-list">
                {view.fields.map((f) => (
                  <li key={f.name}>
                    <code>{f.name}</code> <span className="muted small">{f.description}</span>
                  </li>
                ))}
              </ul>
            </details>
          </>
        )}
        {status && (
          <Notice kind={status.kind} onDismiss={() => setStatus(null)}>
            {status.text}
          </Notice>
        )}
        <div className="buttons">
          <BusyButton type="submit" className="primary" busy={saving}>
            Save
          </BusyButton>
        </div>
      </form>
      <RoutePreviewForm connectorId={connector.id} answer={own ? fromDraft(draft) : null} onProblems={setProblems} />
    </div>
  );
}
