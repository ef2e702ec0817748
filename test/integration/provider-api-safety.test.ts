/**
 * The admin "Test API" end to end against a real echo server on loopback: sample values cannot reach
 * Object.prototype, and what the provider echoes back (the connector's secrets, what the auth scheme
 * sent) is redacted in the answer the admin sees, in success and in failure.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createConnector, startHarness, type Harness } from '../helpers/harness';

let h: Harness;
let echo: http.Server;
let echoUrl = '';

const API_KEY = 'k-echo-4f1e9a';
const PASSWORD = 'pw-echo-77c2';

beforeAll(async () => {
  h = await startHarness('provider-api-safety', { worker: false });
  // Answers with everything it received, in its body and in a header; `/fail` does so with a 400.
  echo = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const received = JSON.stringify({ status: 'success', url: req.url, headers: req.headers, body });
      const fail = (req.url ?? '').startsWith('/fail');
      res
        .writeHead(fail ? 400 : 200, {
          'content-type': 'application/json',
          'x-echo': `${String(req.headers['x-api-key'])} ${String(req.headers.authorization)}`,
        })
        .end(received);
    });
  });
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
});

afterAll(async () => {
  echo.closeAllConnections();
  await new Promise((resolve) => echo.close(resolve));
  await h.stop();
});

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).x;
});

/** A generic connector with a secret API key and password, authenticating with basic auth. */
async function echoConnector(): Promise<string> {
  const c = await createConnector(h);
  const put = await h.admin('PUT', `/api/admin/connectors/${c.id}/provider`, {
    credentials: { apiKey: API_KEY, password: PASSWORD },
    auth: { kind: 'basic', username: 'patchcord', password: '{{credentials.password}}' },
  });
  expect(put.status).toBe(200);
  return c.id;
}

const operation = (path: string) => ({
  enabled: true,
  request: {
    method: 'POST' as const,
    url: `${echoUrl}${path}?key={{credentials.apiKey}}`,
    headers: [{ name: 'X-Api-Key', value: '{{credentials.apiKey}}' }],
    body: { kind: 'json' as const, template: '{"key": "{{credentials.apiKey}}", "agent": "{{agentId}}"}' },
  },
  rules: [
    { key: 'status', value: 'success', outcome: 'success' as const },
    { key: 'headers.x-api-key', outcome: 'data' as const, as: 'echoedKey' },
  ],
});

const encodedBasic = Buffer.from(`patchcord:${PASSWORD}`).toString('base64');

describe('Test API', () => {
  test('a sample value naming __proto__ is a 400 naming the field, and nothing reaches Object.prototype', async () => {
    const id = await echoConnector();
    for (const key of ['__proto__.x', 'User.constructor.prototype.x']) {
      const res = await h.admin<{ code: string; details: { field: string; code: string }[] }>(
        'POST',
        `/api/admin/connectors/${id}/provider/test`,
        { operation: 'clickToCall', config: operation('/call'), values: { [key]: 'polluted', agentId: 'a1' } },
      );
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details).toEqual([expect.objectContaining({ field: `body.values.${key}`, code: 'forbidden_key' })]);
      expect(({} as Record<string, unknown>).x).toBeUndefined();
    }
  });

  test("the provider's echo of the credentials comes back redacted: body, headers and verdict", async () => {
    const id = await echoConnector();
    const res = await h.admin<any>('POST', `/api/admin/connectors/${id}/provider/test`, {
      operation: 'clickToCall',
      config: operation('/call'),
      values: { agentId: 'a1' },
    });
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(true);
    // The provider did receive them…
    const echoed = JSON.parse(res.body.response.body);
    expect(echoed.headers.authorization).toBe('Basic [redacted]');
    expect(echoed.headers['x-api-key']).toBe('[redacted]');
    expect(echoed.url).toBe('/call?key=[redacted]');
    expect(res.body.response.headers['x-echo']).toBe('[redacted] Basic [redacted]');
    expect(res.body.verdict.data).toEqual({ echoedKey: '[redacted]' });
    // …and the admin sees none of them, in any form.
    const text = JSON.stringify(res.body);
    for (const secret of [API_KEY, PASSWORD, encodedBasic]) expect(text).not.toContain(secret);
  });

  test('a refused answer that echoes the credentials is redacted too', async () => {
    const id = await echoConnector();
    const res = await h.admin<any>('POST', `/api/admin/connectors/${id}/provider/test`, {
      operation: 'clickToCall',
      config: operation('/fail'),
      values: { agentId: 'a1' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'PROVIDER_REJECTED' } });
    expect(res.body.error.message).toContain('[redacted]');
    const text = JSON.stringify(res.body);
    for (const secret of [API_KEY, PASSWORD, encodedBasic]) expect(text).not.toContain(secret);
  });
});
