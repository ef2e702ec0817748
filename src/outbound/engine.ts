/**
 * The outbound engine: render a request template with a call's merge values, send it safely, and
 * judge the answer with the connector's response rules. `render` alone serves the designer's
 * "Test API" preview; `send` returns the redacted request, the raw response and the verdict.
 */
import { makeAllowList } from './address';
import { OutboundError } from './errors';
import { sendHttp, type Credentials, type HttpResponse } from './http';
import { evaluateRules, type ResponseRule, type Verdict } from './rules';
import { renderString, type MergeValues, type RequestTemplate } from './template';

export interface RenderedRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
}
export interface OutboundResult {
  request: RenderedRequest;
  response: HttpResponse;
  verdict: Verdict;
}
export interface OutboundOptions {
  /** Host names, addresses or CIDRs that may be private (the simulator). */
  allowList?: readonly string[];
  timeoutMs?: number;
  maxBytes?: number;
}
/** Values that must never be shown (API keys, tokens), replaced in the returned copy of the request. */
export interface RenderOptions {
  secrets?: readonly string[];
  /**
   * Adds credentials to the rendered request (an auth scheme); what it adds is redacted too, and the
   * headers and query parameters it names are not carried to another origin by a redirect.
   */
  authorize?: (req: RenderedRequest) => {
    request: RenderedRequest;
    secrets: readonly string[];
    headers?: readonly string[];
    query?: readonly string[];
  };
}

export const REDACTED = '[redacted]';
const CONTENT_TYPES = { json: 'application/json', form: 'application/x-www-form-urlencoded', text: 'text/plain; charset=utf-8' };
const SECRET_HEADERS = /^(authorization|proxy-authorization|cookie|x-api-key|api-key|apikey)$/i;

function renderRequest(t: RequestTemplate, values: MergeValues): RenderedRequest {
  const url = renderString(t.url, 'url', values);
  const headers: Record<string, string> = {};
  for (const h of t.headers ?? []) {
    if (!/^[!#$%&'*+.^_`|~\w-]+$/.test(h.name)) throw new OutboundError('TEMPLATE_SYNTAX', `Not a valid header name: ${h.name}`);
    headers[h.name] = renderString(h.value, 'header', values);
  }
  if (!t.body || t.method === 'GET') return { method: t.method, url, headers };
  const body = renderString(t.body.template, t.body.kind, values);
  if (t.body.kind === 'json') {
    try {
      JSON.parse(body);
    } catch (err) {
      throw new OutboundError('TEMPLATE_SYNTAX', `The JSON body template does not render to valid JSON: ${(err as Error).message}`, {
        cause: err,
      });
    }
  }
  const hasType = Object.keys(headers).some((k) => k.toLowerCase() === 'content-type');
  return { method: t.method, url, headers: hasType ? headers : { ...headers, 'Content-Type': CONTENT_TYPES[t.body.kind] }, body };
}

/** Hides every secret in a text, raw, URL-encoded (query, form) or JSON-escaped (body). */
export function redactText(text: string, secrets: readonly string[]): string {
  const forms = secrets.filter((s) => s.length > 0).flatMap((s) => [s, encodeURIComponent(s), JSON.stringify(s).slice(1, -1)]);
  return forms.reduce((acc, f) => acc.split(f).join(REDACTED), text);
}

function redact(req: RenderedRequest, secrets: readonly string[]): RenderedRequest {
  const hide = (text: string): string => redactText(text, secrets);
  const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, SECRET_HEADERS.test(k) ? REDACTED : hide(v)]));
  return { ...req, url: hide(req.url), headers, ...(req.body === undefined ? {} : { body: hide(req.body) }) };
}

function prepare(
  t: RequestTemplate,
  values: MergeValues,
  opts: RenderOptions,
): { request: RenderedRequest; secrets: readonly string[]; credentials: Credentials } {
  const rendered = renderRequest(t, values);
  const authorized = opts.authorize?.(rendered) ?? { request: rendered, secrets: [] };
  const secrets = [...(opts.secrets ?? []), ...authorized.secrets];
  return {
    request: authorized.request,
    secrets,
    credentials: { headers: authorized.headers ?? [], query: authorized.query ?? [], values: secrets },
  };
}

/** The redacted request a failed send carried, when the failure happened after rendering. */
export function requestOf(err: unknown): RenderedRequest | undefined {
  return (err as { request?: RenderedRequest } | null)?.request;
}

export function makeOutbound(options: OutboundOptions = {}) {
  const allow = makeAllowList(options.allowList);
  return {
    /** The request as it would be sent, secrets redacted; throws a permanent error for a bad template. */
    render(t: RequestTemplate, values: MergeValues, opts: RenderOptions = {}): RenderedRequest {
      const { request, secrets } = prepare(t, values, opts);
      return redact(request, secrets);
    },
    /** Sends; permanent failures throw `OutboundError`, a missing or unusable answer `DeliveryError` (errors.ts). */
    async send(t: RequestTemplate, values: MergeValues, rules: readonly ResponseRule[], opts: RenderOptions = {}): Promise<OutboundResult> {
      const { request, secrets, credentials } = prepare(t, values, opts);
      try {
        const response = await sendHttp(request, { allow, timeoutMs: options.timeoutMs, maxBytes: options.maxBytes, credentials });
        return { request: redact(request, secrets), response, verdict: evaluateRules(response.body, rules) };
      } catch (err) {
        throw Object.assign(err instanceof Error ? err : new Error(String(err)), { request: redact(request, secrets) });
      }
    },
  };
}
export type Outbound = ReturnType<typeof makeOutbound>;

/** For activities: a rule-matched error is permanent and carries the provider's own message. */
export function assertSucceeded(result: OutboundResult): OutboundResult {
  if (result.verdict.outcome === 'error') {
    throw new OutboundError('PROVIDER_REJECTED', result.verdict.message || 'The provider reported an error.', {
      status: result.response.status,
      bodyExcerpt: result.response.body.slice(0, 500),
    });
  }
  return result;
}
