/**
 * Provider authentication as data. A scheme is applied to a request after its template is rendered,
 * with the connector's credentials (and, for a token session, the current token) as merge values:
 *
 * - `headers`: static headers, e.g. `X-Api-Key: {{credentials.apiKey}}` or 8x8's session cookie;
 * - `basic`: HTTP basic auth from two templates;
 * - `query`: one query parameter, e.g. `api_key={{credentials.apiKey}}`;
 * - `token`: a session (uContact): a login request whose answer carries a token, the token in a
 *   header, an optional logout request when the token is dropped. The session itself (reuse until
 *   expiry, one re-login on 401) lives in `services/provider-api.ts`; this module only describes it.
 */
import { z } from 'zod';
import { OutboundError } from './errors';
import { renderString, type MergeValues, type RequestTemplate } from './template';

const header = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[!#$%&'*+.^_`|~\w-]+$/, 'must be a valid header name'),
  value: z.string().max(2000),
});
const template = z.strictObject({
  method: z.enum(['GET', 'POST']),
  url: z.string().trim().min(1).max(2000),
  headers: z.array(header).max(30).optional(),
  body: z.strictObject({ kind: z.enum(['json', 'form', 'text']), template: z.string().max(20_000) }).optional(),
});

export const authSchemeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('headers'), headers: z.array(header).min(1).max(10) }),
  z.strictObject({ kind: z.literal('basic'), username: z.string().max(500), password: z.string().max(500) }),
  z.strictObject({ kind: z.literal('query'), name: z.string().trim().min(1).max(100), value: z.string().max(500) }),
  z.strictObject({
    kind: z.literal('token'),
    login: template,
    /** Where the token is in the login answer: a JSON key (dot path), or `$body` for a text answer. */
    tokenKey: z.string().trim().min(1).max(100),
    /** JSON key with the token's lifetime in seconds, when the provider says. */
    expiresInKey: z.string().trim().max(100).optional(),
    /** Lifetime when the provider does not say; kept a little shorter than the provider's own. */
    ttlSeconds: z.number().int().min(1).max(86_400).default(600),
    header: header.describe('How requests carry the token, e.g. Authorization: {{token}}'),
    logout: template.optional(),
  }),
]);
export type AuthScheme = z.infer<typeof authSchemeSchema>;
export type TokenScheme = Extract<AuthScheme, { kind: 'token' }>;

export interface AuthorizedRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
}

function setHeader(headers: Record<string, string>, name: string, value: string): Record<string, string> {
  const kept = Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== name.toLowerCase()));
  return { ...kept, [name]: value };
}

/**
 * What `authorize` did to a request: the request, every secret value it now carries (for redaction),
 * and the names of the headers and query parameters it set (dropped when a redirect leaves the origin).
 */
export interface Authorized {
  request: AuthorizedRequest;
  secrets: string[];
  headers: string[];
  query: string[];
}

/**
 * Adds the scheme's credentials to a rendered request. `values` holds `credentials` and, for a token
 * session, `token`.
 */
export function authorize(req: AuthorizedRequest, scheme: AuthScheme, values: MergeValues): Authorized {
  switch (scheme.kind) {
    case 'none':
      return { request: req, secrets: [], headers: [], query: [] };
    case 'headers': {
      let headers = req.headers;
      const secrets: string[] = [];
      for (const h of scheme.headers) {
        const value = renderString(h.value, 'header', values);
        headers = setHeader(headers, h.name, value);
        secrets.push(value);
      }
      return { request: { ...req, headers }, secrets, headers: scheme.headers.map((h) => h.name), query: [] };
    }
    case 'basic': {
      const user = renderString(scheme.username, 'text', values);
      const password = renderString(scheme.password, 'text', values);
      if (user.includes(':')) throw new OutboundError('TEMPLATE_VALUE', 'A basic-auth user name may not contain ":".');
      const encoded = Buffer.from(`${user}:${password}`).toString('base64');
      return {
        request: { ...req, headers: setHeader(req.headers, 'Authorization', `Basic ${encoded}`) },
        secrets: [password, encoded],
        headers: ['Authorization'],
        query: [],
      };
    }
    case 'query': {
      const value = renderString(scheme.value, 'text', values);
      const url = new URL(req.url);
      url.searchParams.set(scheme.name, value);
      return { request: { ...req, url: url.toString() }, secrets: [value], headers: [], query: [scheme.name] };
    }
    case 'token': {
      const value = renderString(scheme.header.value, 'header', values);
      return {
        request: { ...req, headers: setHeader(req.headers, scheme.header.name, value) },
        secrets: [value, typeof values.token === 'string' ? values.token : ''],
        headers: [scheme.header.name],
        query: [],
      };
    }
  }
}

/** The templates a scheme renders, for checking on save that they translate and compile. */
export function schemeTemplates(scheme: AuthScheme): RequestTemplate[] {
  return scheme.kind === 'token' ? [scheme.login, ...(scheme.logout ? [scheme.logout] : [])] : [];
}
