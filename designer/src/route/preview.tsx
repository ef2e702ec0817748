/**
 * Preview: a sample route request as the provider would send it, answered by the server with the
 * same code as the webhook (nothing is recorded), showing each step: the decoded request, the route
 * input the mapping produced, the decision, and the answer with its status and headers.
 */
import { type FormEvent, useState } from 'react';
import { client, errorText, unwrap } from '../api/client';
import type { RouteAnswer, RoutePreview, SampleRequest } from '../api/types';
import { Badge, Notice } from '../lib/ui';
import { placeProblems, type Draft } from './draft';

const SAMPLE: SampleRequest = {
  method: 'POST',
  contentType: 'application/x-www-form-urlencoded',
  body: 'From=%2B919611000001&To=%2B918045000001&CallSid=CA-sample',
  query: '',
};

interface Props {
  connectorId: string;
  /** The template on screen (saved or not); null: as if the connector had none. */
  answer: RouteAnswer | null;
  onProblems(p: Partial<Record<keyof Draft, string[]>>): void;
}

export function RoutePreviewForm({ connectorId, answer, onProblems }: Props) {
  const [sample, setSample] = useState<SampleRequest>(SAMPLE);
  const [result, setResult] = useState<RoutePreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<SampleRequest>) => setSample((s) => ({ ...s, ...patch }));

  const run = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      setResult(
        await unwrap(
          client.POST('/api/admin/connectors/{id}/route-answer/preview', {
            params: { path: { id: connectorId } },
            body: { ...sample, answer },
          }),
        ),
      );
      onProblems({});
    } catch (err) {
      setResult(null);
      setError(errorText(err));
      onProblems(placeProblems(err));
    }
  };

  return (
    <form className="card" onSubmit={(e) => void run(e)} aria-labelledby="route-preview-title">
      <h2 id="route-preview-title">Preview</h2>
      <p className="muted small">
        A request as the provider sends it; the answer is computed from the database exactly as the webhook would, and nothing is recorded.
      </p>
      <div className="two-cols">
        <label>
          Method
          <select value={sample.method} onChange={(e) => set({ method: e.target.value as SampleRequest['method'] })}>
            <option>POST</option>
            <option>GET</option>
          </select>
        </label>
        <label>
          Content type
          <input value={sample.contentType} onChange={(e) => set({ contentType: e.target.value })} disabled={sample.method === 'GET'} />
        </label>
      </div>
      <label>
        Query string
        <input
          className="mono"
          value={sample.query}
          placeholder="From=%2B919611000001&To=…"
          onChange={(e) => set({ query: e.target.value })}
        />
      </label>
      {sample.method === 'POST' && (
        <label>
          Body
          <textarea className="mono" rows={3} value={sample.body} spellCheck={false} onChange={(e) => set({ body: e.target.value })} />
        </label>
      )}
      <div className="buttons left">
        <button type="submit" className="primary">
          Preview
        </button>
      </div>
      {error && <Notice kind="error">{error}</Notice>}
      {result && <PreviewResult result={result} />}
    </form>
  );
}

function PreviewResult({ result }: { result: RoutePreview }) {
  const { answer, decision, input, error } = result;
  return (
    <div className="test-result" aria-live="polite">
      <h3>Answer</h3>
      <p>
        <Badge kind={answer.status < 400 ? 'ok' : 'bad'}>HTTP {answer.status}</Badge>{' '}
        <span className="muted small">
          {Object.entries(answer.headers)
            .map(([k, v]) => `${k}: ${v}`)
            .join(' · ')}
        </span>
      </p>
      <pre data-testid="route-preview-body">{answer.body || '(empty body)'}</pre>
      {error && (
        <Notice kind="error">
          {error.code}: {error.message}
        </Notice>
      )}
      {decision && (
        <p data-testid="route-preview-decision">
          <strong>{decision.reason}</strong>
          {decision.fallbackCause && <span className="muted"> ({decision.fallbackCause})</span>}:{' '}
          {decision.agent
            ? `${decision.agent.name} · ${decision.agent.phone ?? 'no phone'} · ${decision.agent.agentId}`
            : decision.queue
              ? `queue ${decision.queue}`
              : 'nobody'}
        </p>
      )}
      <details>
        <summary>Each step</summary>
        <h3>Decoded request</h3>
        <pre>{JSON.stringify(result.decoded, null, 2)}</pre>
        <h3>Route input (the connector&apos;s route mapping)</h3>
        <pre>{JSON.stringify(input ?? result.mapped, null, 2)}</pre>
        <h3>Decision</h3>
        <pre>{JSON.stringify(decision, null, 2)}</pre>
      </details>
    </div>
  );
}
