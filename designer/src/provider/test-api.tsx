/**
 * Test API: sends the operation as it is on screen (saved or not) with sample values, and shows the
 * request as rendered (secrets redacted by the server), the provider's raw answer and the verdict of
 * the rules. The sample fields come from the template text; blank ones are left out, so the server
 * names any the template still needs, and those are added to the form.
 */
import { type FormEvent, useState } from 'react';
import { ApiError, client, errorText, unwrap } from '../api/client';
import type { ProviderOperation, ProviderTest } from '../api/types';
import { Badge, Notice } from '../lib/ui';
import { fromDraft, placeErrors, type OperationDraft, type PlacedErrors } from './drafts';
import { missingFields, sampleFields } from './template-fields';

export interface Sample {
  values: Record<string, string>;
  extra: string[];
}
export const emptySample = (): Sample => ({ values: {}, extra: [] });

interface Props {
  connectorId: string;
  op: ProviderOperation;
  draft: OperationDraft;
  dirty: boolean;
  sample: Sample;
  onSample(s: Sample): void;
  onErrors(e: PlacedErrors | null): void;
}

export function TestApi({ connectorId, op, draft, dirty, sample, onSample, onErrors }: Props) {
  const [result, setResult] = useState<ProviderTest | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const [sending, setSending] = useState(false);
  const config = fromDraft(draft);
  const fields = [...new Set([...sampleFields(config.request), ...sample.extra])];

  const send = async (e: FormEvent) => {
    e.preventDefault();
    setSending(true);
    setError(null);
    setMissing([]);
    const values = Object.fromEntries(fields.map((f): [string, string] => [f, sample.values[f] ?? '']).filter(([, v]) => v !== ''));
    try {
      setResult(
        await unwrap(
          client.POST('/api/admin/connectors/{id}/provider/test', {
            params: { path: { id: connectorId } },
            body: { operation: op, values, config },
          }),
        ),
      );
      onErrors(null);
    } catch (err) {
      setResult(null);
      setError(errorText(err));
      const names = missingFields(errorText(err));
      setMissing(names);
      const unknown = names.filter((n) => !fields.includes(n));
      if (unknown.length) onSample({ ...sample, extra: [...sample.extra, ...unknown] });
      const onConfig = err instanceof ApiError ? err.details.filter((d) => d.field?.startsWith('body.config')) : [];
      if (onConfig.length) onErrors(placeErrors(onConfig, 'body.config', draft));
    } finally {
      setSending(false);
    }
  };

  return (
    <form className="test-api" onSubmit={(e) => void send(e)} aria-labelledby={`test-${op}-title`}>
      <h3 id={`test-${op}-title`} className="op-title">
        Test API
      </h3>
      <p className="help">
        Sends a real request to the provider{dirty ? ', with your unsaved changes' : ''}. Fill the sample values the template uses; blank
        ones are left out. Credentials and webhook URLs come from the connector.
      </p>
      {fields.length === 0 && <p className="muted small">This request uses no merge fields.</p>}
      {fields.map((f) => {
        const id = `sample-${op}-${f.replace(/\./g, '-')}`;
        const isMissing = missing.includes(f);
        return (
          <div key={f} className="field sample-field">
            <div className="sample-label">
              <label htmlFor={id} className="mono">
                {f}
              </label>
              {isMissing && <Badge kind="bad">missing</Badge>}
            </div>
            <input
              id={id}
              value={sample.values[f] ?? ''}
              aria-invalid={isMissing || undefined}
              onChange={(e) => onSample({ ...sample, values: { ...sample.values, [f]: e.target.value } })}
            />
          </div>
        );
      })}
      <div className="buttons left">
        <button type="submit" className="primary" disabled={sending}>
          {sending ? 'Sending…' : 'Send test'}
        </button>
      </div>
      {error && <Notice kind="error">{error}</Notice>}
      {result && <TestResult result={result} />}
    </form>
  );
}

const OUTCOME_BADGE = { success: 'ok', error: 'bad', unknown: 'warn' } as const;

function TestResult({ result }: { result: ProviderTest }) {
  const { request, response, verdict, error } = result;
  return (
    <div className="test-result" aria-live="polite">
      {verdict && (
        <div className="verdict" data-testid="test-verdict">
          <Badge kind={OUTCOME_BADGE[verdict.outcome]}>{verdict.outcome}</Badge> <span>{verdict.message}</span>
          {Object.keys(verdict.data).length > 0 && <pre data-testid="test-data">{JSON.stringify(verdict.data, null, 2)}</pre>}
        </div>
      )}
      {error && (
        <Notice kind="error">
          <span data-testid="test-error">
            {error.code}: {error.message}
          </span>
          {error.details?.map((d, i) => (
            <div key={i} className="small">
              {d.code}: {d.message}
            </div>
          ))}
        </Notice>
      )}
      {request && (
        <>
          <h3>Request sent</h3>
          <code className="url" data-testid="test-request-url">
            {request.method} {request.url}
          </code>
          {Object.keys(request.headers).length > 0 && (
            <pre>
              {Object.entries(request.headers)
                .map(([k, v]) => `${k}: ${v}`)
                .join('\n')}
            </pre>
          )}
          {request.body !== undefined && <pre data-testid="test-request-body">{request.body}</pre>}
        </>
      )}
      {response && (
        <>
          <h3>Response</h3>
          <p>
            <Badge kind={response.status < 400 ? 'ok' : 'bad'}>HTTP {response.status}</Badge>{' '}
            <span className="muted small">
              in {response.elapsedMs} ms{response.truncated ? ' · body truncated' : ''}
            </span>
          </p>
          <details>
            <summary>Headers</summary>
            <pre>
              {Object.entries(response.headers)
                .map(([k, v]) => `${k}: ${v}`)
                .join('\n')}
            </pre>
          </details>
          <pre data-testid="test-response-body">{response.body || '(empty)'}</pre>
        </>
      )}
    </div>
  );
}
