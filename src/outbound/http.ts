/**
 * The outbound sender. The host is resolved here and every address checked (a name with one public
 * and one private address is refused); the socket then connects to the checked address through a
 * custom `lookup`, so a second DNS answer cannot swap in another (rebinding). Redirects are followed
 * by hand so each hop is checked again. Size and time are capped.
 *
 * A failure says whether the provider may have acted (`errors.ts`): until the connection is up
 * (TCP, and TLS for https) not a byte of the request has been written, so a failure then is
 * `PROVIDER_UNREACHABLE`; once it is up the request is on its way, and a failure without a
 * complete answer is `PROVIDER_OUTCOME_UNKNOWN`.
 */
import dns from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isAllowed, type AllowList } from './address';
import { DeliveryError, OutboundError } from './errors';

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
}
export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  truncated: boolean;
  elapsedMs: number;
  connectedAddress: string;
}
/** What in a request is a credential, so that a redirect to another origin does not carry it. */
export interface Credentials {
  /** Header names the auth scheme set. */
  headers?: readonly string[];
  /** Query parameter names the auth scheme added. */
  query?: readonly string[];
  /** Secret values: a header carrying one is a credential, whatever its name. */
  values?: readonly string[];
}
export interface SendOptions {
  allow: AllowList;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  credentials?: Credentials;
}

const EXCERPT = 500;

async function resolveChecked(url: URL, allow: AllowList): Promise<{ address: string; family: number }> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new OutboundError('BAD_URL', `Only http and https URLs are allowed, not ${url.protocol}`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const found = await dns.lookup(host, { all: true, verbatim: true }).catch((err: Error) => {
    throw new DeliveryError('PROVIDER_UNREACHABLE', `${host} could not be resolved: ${err.message}`, { cause: err });
  });
  const refused = found.filter((f) => !isAllowed(allow, host, f.address, port));
  const first = found[0];
  if (refused.length || !first) {
    throw new OutboundError(
      'ADDRESS_REFUSED',
      `${host} resolves to ${refused.map((f) => f.address).join(', ') || 'nothing'}, which is not allowed (loopback, private, link-local or metadata); allow-list it to use it.`,
    );
  }
  return first;
}

/** One hop: no redirects followed here. Resolves with the (possibly truncated) response. */
function once(
  req: HttpRequest,
  url: URL,
  target: { address: string; family: number },
  opts: Required<Omit<SendOptions, 'allow' | 'credentials'>>,
  deadline: number,
): Promise<HttpResponse> {
  const started = Date.now();
  const lookup: LookupFunction = (_host, options, cb) => {
    // Node asks for a list when it may try several addresses (autoSelectFamily); give only ours.
    if ((options as { all?: boolean }).all) (cb as (e: null, a: { address: string; family: number }[]) => void)(null, [target]);
    else cb(null, target.address, target.family);
  };
  const secure = url.protocol === 'https:';
  const client = secure ? https : http;
  /** Whether the connection is up, so the request may have been written (and received). */
  let sent = false;
  let timedOut = false;
  const failure = (err: Error): Error => {
    if (err instanceof OutboundError || err instanceof DeliveryError) return err;
    if (!sent)
      return new DeliveryError(
        'PROVIDER_UNREACHABLE',
        timedOut
          ? `No connection to ${url.host} within ${opts.timeoutMs} ms; the request was not sent`
          : `Request to ${url.host} failed before it was sent: ${err.message}`,
        { cause: err },
      );
    return new DeliveryError(
      'PROVIDER_OUTCOME_UNKNOWN',
      timedOut
        ? `Timed out after ${opts.timeoutMs} ms waiting for ${url.host} to answer; the request was sent`
        : `Request to ${url.host} failed after it was sent: ${err.message}`,
      { cause: err },
    );
  };
  return new Promise((resolve, reject) => {
    const r = client.request(url, { method: req.method, headers: req.headers, lookup, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let truncated = false;
      const done = (): void => {
        clearTimeout(timer);
        const headers = Object.fromEntries(
          Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v ?? '')]),
        );
        resolve({
          status: res.statusCode ?? 0,
          headers,
          body: Buffer.concat(chunks).toString('utf8'),
          truncated,
          elapsedMs: Date.now() - started,
          connectedAddress: res.socket.remoteAddress ?? '',
        });
      };
      res.on('data', (chunk: Buffer) => {
        if (truncated) return;
        const room = opts.maxBytes - size;
        chunks.push(chunk.subarray(0, room));
        size += Math.min(chunk.length, room);
        if (chunk.length > room) {
          // Stop reading a response that is larger than any provider answer should be.
          truncated = true;
          done();
          res.destroy();
        }
      });
      res.on('end', () => truncated || done());
      res.on('error', (err) => truncated || reject(failure(new Error(`the answer broke off: ${err.message}`, { cause: err }))));
    });
    r.on('socket', (socket) => {
      // A fresh socket (no agent): the request is written once it connects (TLS: once the handshake is
      // done). One already connected may have carried it: counted as sent, the cautious side.
      if (!socket.connecting) sent = true;
      socket.once(secure ? 'secureConnect' : 'connect', () => {
        sent = true;
      });
    });
    const timer = setTimeout(
      () => {
        timedOut = true;
        r.destroy(new Error(`Timed out after ${opts.timeoutMs} ms`));
      },
      Math.max(0, deadline - Date.now()),
    );
    r.on('error', (err) => {
      clearTimeout(timer);
      reject(failure(err));
    });
    r.end(req.body);
  });
}

/** Sent to the first origin only, as browsers and curl do, whatever set them. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

/**
 * The request a redirect leads to. A redirect to another origin (scheme, host or port) drops every
 * credential: the headers above, the headers and query parameters the auth scheme added, and any
 * header that carries a secret value; a same-origin redirect keeps them.
 */
function redirected(current: HttpRequest, from: URL, location: string, status: number, credentials: Credentials): HttpRequest {
  // 307/308 repeat the request as is; the others become a GET without a body, as browsers do.
  const keep = status === 307 || status === 308;
  const to = new URL(location, from);
  const crossOrigin = to.origin !== from.origin;
  const named = new Set([...CREDENTIAL_HEADERS, ...(credentials.headers ?? []).map((h) => h.toLowerCase())]);
  const secrets = (credentials.values ?? []).filter((v) => v.length > 0);
  const isCredential = (name: string, value: string): boolean =>
    named.has(name.toLowerCase()) || secrets.some((secret) => value.includes(secret));
  const headers = Object.fromEntries(
    Object.entries(current.headers).filter(([k, v]) => (keep || !/^content-/i.test(k)) && !(crossOrigin && isCredential(k, v))),
  );
  if (crossOrigin) for (const name of credentials.query ?? []) if (to.searchParams.has(name)) to.searchParams.delete(name);
  return { method: keep ? current.method : 'GET', url: to.toString(), headers, body: keep ? current.body : undefined };
}

/** Sends, follows up to `maxRedirects` checked redirects, and classifies the outcome. */
export async function sendHttp(req: HttpRequest, options: SendOptions): Promise<HttpResponse> {
  // `??`, not a spread: an explicitly undefined option must not override its default.
  const opts = {
    ...options,
    timeoutMs: options.timeoutMs ?? 10_000,
    maxBytes: options.maxBytes ?? 256 * 1024,
    maxRedirects: options.maxRedirects ?? 3,
  };
  const deadline = Date.now() + opts.timeoutMs;
  let current = req;
  for (let hop = 0; ; hop++) {
    const url = new URL(current.url);
    const target = await resolveChecked(url, opts.allow);
    const res = await once(current, url, target, opts, deadline);
    const location = res.headers.location;
    if (res.status >= 300 && res.status < 400 && location) {
      if (hop >= opts.maxRedirects)
        throw new OutboundError('PROVIDER_REJECTED', `More than ${opts.maxRedirects} redirects`, { status: res.status });
      current = redirected(current, url, location, res.status, opts.credentials ?? {});
      continue;
    }
    classify(res);
    return res;
  }
}

/**
 * Statuses that say the request was not processed, so repeating it is safe: 408 (the server did not
 * receive the whole request), 429 (refused for the rate) and 503 (refused while overloaded or down).
 */
const NOT_PROCESSED = new Set([408, 429, 503]);

/**
 * 408, 429 and 503: not processed, retry. Any other 5xx is ambiguous: a 500 may come from a failure
 * after the provider acted (the call placed, then the answer failed to render), and a 502 or 504 from
 * a gateway whose upstream got the request and may still be acting on it; so for an operation that
 * is not safe to repeat it is an unknown outcome. Any other 4xx will fail the same way again.
 */
function classify(res: HttpResponse): void {
  const excerpt = res.body.slice(0, EXCERPT);
  const answered = { status: res.status, bodyExcerpt: excerpt };
  if (NOT_PROCESSED.has(res.status))
    throw new DeliveryError('PROVIDER_UNAVAILABLE', `Provider answered ${res.status} (not processed): ${excerpt}`, answered);
  if (res.status >= 500) throw new DeliveryError('PROVIDER_OUTCOME_UNKNOWN', `Provider answered ${res.status}: ${excerpt}`, answered);
  if (res.status >= 400)
    throw new OutboundError('PROVIDER_REJECTED', `Provider answered ${res.status}: ${excerpt}`, {
      status: res.status,
      bodyExcerpt: excerpt,
    });
}
