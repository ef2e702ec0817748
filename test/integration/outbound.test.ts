/**
 * The outbound engine against a real HTTP server on 127.0.0.1 (allow-listed, as the simulator is):
 * rules and data, error classification, redirects re-checked, time and size caps, and the refusal of
 * loopback when it is not allow-listed. Needs no Temporal or database.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  assertSucceeded,
  authorize,
  DeliveryError,
  makeOutbound,
  OutboundError,
  type AuthScheme,
  type RequestTemplate,
  type ResponseRule,
} from '../../src/outbound';
import { startProviderServer, type ProviderServer } from '../helpers/provider-server';

let server: http.Server;
let base = '';
/** Where `/away` redirects to: set by the redirect tests to another server's origin. */
let awayTo = '';
const seen: { url: string; body: string; headers: http.IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ url: req.url ?? '', body, headers: req.headers });
      const path = (req.url ?? '').split('?')[0];
      const send = (status: number, text: string, headers: http.OutgoingHttpHeaders = {}): void => {
        res.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(text);
      };
      if (path === '/call') return send(200, JSON.stringify({ status: 'success', data: { callId: 'C-42' } }));
      if (path === '/dnd') return send(200, '{"status":"error","message":"Customer number is in DND"}');
      if (path === '/boom') return send(500, 'upstream exploded');
      if (path === '/busy') return send(503, 'try later');
      if (path === '/limit') return send(429, 'slow down');
      // Reads the whole request, then hangs up without a word.
      if (path === '/hangup') return void req.socket.destroy();
      if (path === '/bad') return send(400, '{"error":"invalid phone"}');
      if (path === '/hop') return send(302, '', { Location: '/call' });
      // Sends the request's own query along, as a careless provider might.
      if (path === '/away') return send(302, '', { Location: `${awayTo}/landing?${(req.url ?? '').split('?')[1] ?? ''}` });
      if (path === '/evil') return send(302, '', { Location: 'http://127.0.0.2:9/' });
      if (path === '/slow') return void setTimeout(() => send(200, '{}'), 2_000).unref();
      if (path === '/huge') {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end('x'.repeat(2 * 1024 * 1024));
        return;
      }
      send(404, 'no');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const outbound = makeOutbound({ allowList: ['127.0.0.1'], timeoutMs: 500, maxBytes: 64 * 1024 });
const rules: ResponseRule[] = [
  { key: 'status', value: 'success', outcome: 'success' },
  { key: 'status', value: 'error', outcome: 'error' },
  { key: 'data.callId', outcome: 'data', as: 'callId' },
];
const get = (path: string): RequestTemplate => ({ method: 'GET', url: `${base}${path}?phone={{phone}}&key={{key}}` });
const values = { phone: '+91 96117&x=1', key: 'sekret' };

async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a failure');
}

describe('outbound engine over HTTP', () => {
  test('success is judged by the rules, data extracted, the key redacted and the address checked', async () => {
    const t: RequestTemplate = {
      method: 'POST',
      url: `${base}/call`,
      body: { kind: 'json', template: '{"to": {{phone}}, "key": "{{key}}"}' },
    };
    const result = await outbound.send(t, values, rules, { secrets: ['sekret'] });
    expect(result.verdict).toEqual({ outcome: 'success', message: 'success', data: { callId: 'C-42' } });
    expect(result.response).toMatchObject({ status: 200, connectedAddress: '127.0.0.1', truncated: false });
    expect(result.request.body).toBe('{"to": "+91 96117&x=1", "key": "[redacted]"}');
    expect(JSON.parse(seen.at(-1)?.body ?? '')).toEqual({ to: '+91 96117&x=1', key: 'sekret' });
    expect(seen.at(-1)?.headers['content-type']).toBe('application/json');
  });

  test('an engine built with no timeout or size options uses the defaults (10 s, 256 KiB)', async () => {
    const result = await makeOutbound({ allowList: ['127.0.0.1'] }).send(get('/call'), values, rules);
    expect(result.response.status).toBe(200);
  });

  test('query values arrive intact and cannot add parameters', async () => {
    await outbound.send(get('/call'), values, rules);
    const params = new URL(`http://h${seen.at(-1)?.url ?? ''}`).searchParams;
    expect([...params.entries()]).toEqual([
      ['phone', '+91 96117&x=1'],
      ['key', 'sekret'],
    ]);
  });

  test('a rule-matched error is permanent with the provider message', async () => {
    const result = await outbound.send(get('/dnd'), values, rules);
    expect(result.verdict.outcome).toBe('error');
    const err = (() => {
      try {
        assertSucceeded(result);
      } catch (e) {
        return e as OutboundError;
      }
    })();
    expect(err).toMatchObject({ permanent: true, code: 'PROVIDER_REJECTED', message: 'Customer number is in DND' });
  });

  test('a 500 does not say whether the provider acted first: an unknown outcome, not permanent', async () => {
    const err = await failure(outbound.send(get('/boom'), values, rules));
    expect(err).not.toBeInstanceOf(OutboundError);
    expect(err).toBeInstanceOf(DeliveryError);
    expect(err).toMatchObject({ code: 'PROVIDER_OUTCOME_UNKNOWN', retryable: false, providerStatus: 500 });
    expect(err.message).toMatch(/500: upstream exploded/);
  });

  test('503 and 429 say the request was not processed: retryable', async () => {
    for (const [path, status] of [
      ['/busy', 503],
      ['/limit', 429],
    ] as const) {
      const err = await failure(outbound.send(get(path), values, rules));
      expect(err).toBeInstanceOf(DeliveryError);
      expect(err).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', retryable: true, providerStatus: status });
    }
  });

  test('a connection refused: the request was never sent, so it is safe to send again', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const err = await failure(
      outbound.send({ method: 'POST', url: `http://127.0.0.1:${port}/call`, body: { kind: 'text', template: 'x' } }, {}, rules),
    );
    expect(err).toBeInstanceOf(DeliveryError);
    expect(err).toMatchObject({ code: 'PROVIDER_UNREACHABLE', retryable: true });
    expect(err.message).toMatch(/before it was sent/);
  });

  test('a hang-up after the request was written: the outcome is unknown', async () => {
    const before = seen.length;
    const err = await failure(outbound.send(get('/hangup'), values, rules));
    expect(seen.length).toBe(before + 1);
    expect(err).toMatchObject({ code: 'PROVIDER_OUTCOME_UNKNOWN', retryable: false });
    expect(err.message).toMatch(/after it was sent/);
  });

  test('a 400 is permanent with status and body excerpt', async () => {
    const err = await failure(outbound.send(get('/bad'), values, rules));
    expect(err).toBeInstanceOf(OutboundError);
    expect(err).toMatchObject({ permanent: true, providerStatus: 400, bodyExcerpt: '{"error":"invalid phone"}' });
  });

  test('redirects are followed and re-checked', async () => {
    expect((await outbound.send(get('/hop'), values, rules)).verdict.data).toEqual({ callId: 'C-42' });
    const err = await failure(outbound.send(get('/evil'), values, rules));
    expect(err).toMatchObject({ code: 'ADDRESS_REFUSED' });
    expect(err.message).toMatch(/127\.0\.0\.2/);
  });

  test('a slow provider hits the timeout after the request was sent: the outcome is unknown', async () => {
    const started = Date.now();
    const err = await failure(outbound.send(get('/slow'), values, rules));
    expect(err).not.toBeInstanceOf(OutboundError);
    expect(err).toMatchObject({ code: 'PROVIDER_OUTCOME_UNKNOWN', retryable: false });
    expect(err.message).toMatch(/Timed out after 500 ms/);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  test('a huge response is capped', async () => {
    const { response, verdict } = await outbound.send(get('/huge'), values, rules);
    expect(response.truncated).toBe(true);
    expect(response.body.length).toBe(64 * 1024);
    expect(verdict.outcome).toBe('unknown');
  });

  test('loopback is refused when not allow-listed, before any connection', async () => {
    const before = seen.length;
    const err = await failure(makeOutbound().send(get('/call'), values, rules));
    expect(err).toMatchObject({ permanent: true, code: 'ADDRESS_REFUSED' });
    expect(seen.length).toBe(before);
  });
});

describe('redirects and credentials', () => {
  let other: ProviderServer;
  beforeAll(async () => {
    other = await startProviderServer();
    awayTo = other.url;
  });
  afterAll(() => other.close());

  const secretValues = { credentials: { apiKey: 'k-12345', user: 'u', password: 'pw-678' } };
  const headerScheme: AuthScheme = { kind: 'headers', headers: [{ name: 'X-Api-Key', value: '{{credentials.apiKey}}' }] };
  const queryScheme: AuthScheme = { kind: 'query', name: 'api_key', value: '{{credentials.apiKey}}' };
  const basicScheme: AuthScheme = { kind: 'basic', username: '{{credentials.user}}', password: '{{credentials.password}}' };
  // As the provider API sends: the connector's secret credentials, and the scheme's own.
  const withAuth = (scheme: AuthScheme) => ({
    secrets: ['k-12345', 'pw-678'],
    authorize: (r: Parameters<typeof authorize>[0]) => authorize(r, scheme, secretValues),
  });
  const template = (path: string): RequestTemplate => ({
    method: 'GET',
    url: `${base}${path}?x=1`,
    headers: [
      { name: 'Cookie', value: 'session=s-1' },
      { name: 'X-Account-Key', value: '{{credentials.apiKey}}' },
      { name: 'Accept', value: 'application/json' },
    ],
  });
  const credentialsIn = (headers: http.IncomingHttpHeaders, url: string): string[] =>
    [
      ...Object.entries(headers)
        .filter(([k, v]) => /authorization|cookie|api-key|account-key/i.test(k) || /k-12345|pw-678/.test(String(v)))
        .map(([k]) => k),
      ...(/api_key|k-12345/.test(url) ? [url] : []),
    ].sort();

  test.each([
    ['an API-key header', headerScheme],
    ['an API-key query parameter', queryScheme],
    ['basic auth', basicScheme],
  ])('a redirect to another origin (another port) carries no credentials: %s', async (_what, scheme) => {
    other.requests.length = 0;
    const before = seen.length;
    await outbound.send(template('/away'), secretValues, rules, withAuth(scheme));
    const first = seen[before];
    // The first origin got them all.
    expect(credentialsIn(first?.headers ?? {}, first?.url ?? '').length).toBeGreaterThanOrEqual(3);
    const landed = other.requests[0];
    expect(landed?.url).toMatch(/^\/landing\?x=1/);
    expect(landed?.headers.accept).toBe('application/json');
    expect(credentialsIn(landed?.headers ?? {}, landed?.url ?? '')).toEqual([]);
  });

  test('a same-origin redirect still carries them', async () => {
    const before = seen.length;
    await outbound.send(template('/hop'), secretValues, rules, withAuth(headerScheme));
    const landed = seen.slice(before).find((r) => r.url.startsWith('/call'));
    expect(landed?.headers['x-api-key']).toBe('k-12345');
    expect(landed?.headers.cookie).toBe('session=s-1');
    expect(landed?.headers['x-account-key']).toBe('k-12345');
  });
});
