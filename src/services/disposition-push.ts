/**
 * The disposition request to the provider (seed 000 section 10): a URL and, for POST, a data
 * template with the seed's @parameters. A simple, escaping substitution for now; it moves onto the
 * outbound template engine when that lands.
 */
import { ApplicationFailure } from '@temporalio/activity';

export const DISPOSITION_PARAMETERS = [
  'callSessionId', 'customerNumber', 'virtualNumber', 'dispositionValue', 'agentNumber', 'agentId', 'notes', 'comments', 'date',
] as const;

export interface DispositionTemplate {
  method: 'GET' | 'POST';
  url: string;
  body: string;
  contentType: string;
}

export interface RenderedRequest {
  method: 'GET' | 'POST';
  url: string;
  body: string | null;
  contentType: string | null;
}

type Escape = (value: string) => string;

/** Longest names first, so `@agentNumber` is never read as `@agent` + "Number". */
const PATTERN = new RegExp(`@(${[...DISPOSITION_PARAMETERS].sort((a, b) => b.length - a.length).join('|')})`, 'g');

function fill(template: string, values: Record<string, string>, escape: Escape): string {
  return template.replace(PATTERN, (_m, name: string) => escape(values[name] ?? ''));
}

/** A value can never change the request's structure: each is escaped for where it lands. */
export function renderDispositionRequest(t: DispositionTemplate, values: Record<string, string>): RenderedRequest {
  const url = fill(t.url, values, encodeURIComponent);
  if (t.method === 'GET') return { method: 'GET', url, body: null, contentType: null };
  const json = /json/i.test(t.contentType);
  const escape: Escape = json ? (v) => JSON.stringify(v).slice(1, -1) : encodeURIComponent;
  return { method: 'POST', url, body: fill(t.body, values, escape), contentType: t.contentType };
}

const TIMEOUT_MS = 10_000;
const MAX_RESPONSE_BYTES = 64 * 1024;

/** 2xx succeeds; 408, 429, 5xx and network errors are retried; any other 4xx is permanent. */
export async function sendDispositionRequest(req: RenderedRequest): Promise<{ status: number }> {
  const url = new URL(req.url);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw ApplicationFailure.nonRetryable(`unsupported URL scheme ${url.protocol}`, 'VALIDATION_FAILED');
  let res: Response;
  try {
    res = await fetch(url, {
      method: req.method,
      headers: req.contentType ? { 'content-type': req.contentType } : {},
      ...(req.body !== null ? { body: req.body } : {}),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'manual',
    });
  } catch (err) {
    throw new Error(`disposition request to ${url.host} failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const text = (await res.text()).slice(0, MAX_RESPONSE_BYTES);
  if (res.ok) return { status: res.status };
  const message = `provider answered ${res.status}: ${text.slice(0, 200)}`;
  if (res.status === 408 || res.status === 429 || res.status >= 500) throw new Error(message);
  throw ApplicationFailure.nonRetryable(message, 'PROVIDER_REJECTED');
}
