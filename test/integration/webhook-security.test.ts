/** Webhook authentication, size caps, hostile mappings, and what the request log keeps. */
import pino from 'pino';
import { Types } from 'mongoose';
import { redactWebhookPath } from '../../src/api/http/error-handler';
import { REDACTED_PATHS } from '../../src/logger';
import { createConnector, postJson, seedCallLog, startHarness, type Harness } from '../helpers/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('security');
});

afterAll(async () => {
  await h?.stop();
});

async function logsOf(connectorId: string) {
  // The request log is written in small batches off the hot path.
  await new Promise((r) => setTimeout(r, 400));
  return h.models.RequestLog.find({ connectorId }).sort({ createdAt: 1 }).lean();
}

test('a wrong secret gets 401, is logged, and never leaks the secret', async () => {
  const connector = await createConnector(h);
  const secret = connector.callLogUrl.split('/').at(-2) ?? '';
  const wrong = connector.callLogUrl.replace(secret, 'not-the-secret');
  const res = await postJson(wrong, seedCallLog());
  expect(res.status).toBe(401);
  expect(res.body).toMatchObject({ Status: 'Failure', Code: 'WEBHOOK_AUTH_FAILED' });
  const logs = await logsOf(connector.id);
  expect(logs).toHaveLength(1);
  expect(logs[0]).toMatchObject({ status: 401, outcome: 'rejected', errorCode: 'WEBHOOK_AUTH_FAILED' });
  expect(JSON.stringify(logs[0])).not.toContain('not-the-secret');
  expect(await h.models.CallActivity.countDocuments({ connectorId: connector.id })).toBe(0);
});

test('with the header pair enabled, a missing or wrong header gets 401 and the right one passes; its value is redacted', async () => {
  const connector = await createConnector(h);
  const pair = await h.admin<{ name: string; value: string }>('POST', `/api/admin/connectors/${connector.id}/auth-header`, {
    name: 'X-Provider-Key',
  });
  expect(pair.status).toBe(200);
  expect(pair.body.value.length).toBeGreaterThan(20);
  // The connector is cached for a few seconds by the API; rotation invalidates it at once.
  expect((await postJson(connector.callLogUrl, seedCallLog())).status).toBe(401);
  expect((await postJson(connector.callLogUrl, seedCallLog(), { 'X-Provider-Key': 'wrong' })).status).toBe(401);
  const ok = await postJson(connector.callLogUrl, seedCallLog(), { 'X-Provider-Key': pair.body.value });
  expect(ok.status).toBe(200);

  const logs = await logsOf(connector.id);
  expect(logs.map((l) => l.status)).toEqual([401, 401, 200]);
  const text = JSON.stringify(logs);
  expect(text).not.toContain(pair.body.value);
  expect((logs[2]?.headers as Record<string, string>)['x-provider-key']).toBe('[redacted]');

  const read = await h.admin('GET', `/api/admin/connectors/${connector.id}`);
  expect(read.body.authHeaderEnabled).toBe(true);
  expect(JSON.stringify(read.body)).not.toContain(pair.body.value);
  expect(read.body.webhookUrls.callLog).toContain('{secret}');
});

test('a rotated webhook secret stops the old URL', async () => {
  const connector = await createConnector(h);
  const rotated = await h.admin<{ webhookUrls: { callLog: string } }>('POST', `/api/admin/connectors/${connector.id}/webhook-secret`);
  expect(rotated.status).toBe(200);
  expect((await postJson(connector.callLogUrl, seedCallLog())).status).toBe(401);
  expect((await postJson(rotated.body.webhookUrls.callLog, seedCallLog())).status).toBe(200);
});

test('secrets are stored sealed, never in plain text', async () => {
  const connector = await createConnector(h);
  const secret = connector.callLogUrl.split('/').at(-2) ?? '';
  const raw = await h.models.Connector.collection.findOne({});
  const all = JSON.stringify(await h.models.Connector.collection.find({}).toArray());
  expect(raw).not.toBeNull();
  expect(all).not.toContain(secret);
});

test('a body over the cap gets 413 and nothing is processed', async () => {
  const connector = await createConnector(h);
  const huge = seedCallLog({ CallNotes: 'x'.repeat(300 * 1024) });
  const res = await postJson(connector.callLogUrl, huge);
  expect(res.status).toBe(413);
  expect(res.body.Code).toBe('PAYLOAD_TOO_LARGE');
  const logs = await logsOf(connector.id);
  expect(logs[0]).toMatchObject({ status: 413, outcome: 'rejected' });
});

test('an unsupported content type gets 415 and malformed JSON a 400', async () => {
  const connector = await createConnector(h);
  const pdf = await fetch(connector.callLogUrl, { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.4' });
  expect(pdf.status).toBe(415);
  const broken = await fetch(connector.callLogUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"SourceNumber": ',
  });
  expect(broken.status).toBe(400);
  expect(((await broken.json()) as { Code: string }).Code).toBe('PAYLOAD_UNREADABLE');
});

test.each([
  ['endless recursion', '( $f := function($x){ $f($x) }; $f(1) )'],
  ['a huge sequence', '[1..1000000].$string()'],
])('a hostile mapping (%s) is stopped by the guardrails with a clear 422', async (_label, expression) => {
  const connector = await createConnector(h, { callLogMapping: expression });
  const started = Date.now();
  const res = await postJson(connector.callLogUrl, seedCallLog());
  expect(Date.now() - started).toBeLessThan(5000);
  expect(res.status).toBe(422);
  expect(res.body.Code).toBe('MAPPING_LIMIT');
  expect(res.body.Details[0]).toEqual(expect.objectContaining({ code: expect.stringMatching(/^(D1011|D1012|D2015|D2014|RangeError)$/) }));
  expect(await h.models.CallActivity.countDocuments({ connectorId: connector.id })).toBe(0);
});

test("a mapping that fails at run time gets 422 with JSONata's code and position", async () => {
  const connector = await createConnector(h, { callLogMapping: '{ "sourceNumber": $substring(SourceNumber, "x") }' });
  const res = await postJson(connector.callLogUrl, seedCallLog());
  expect(res.status).toBe(422);
  expect(res.body.Code).toBe('MAPPING_EVALUATION');
  expect(res.body.Details[0]).toEqual(expect.objectContaining({ code: expect.stringMatching(/^T/), position: expect.any(Number) }));
});

test('a mapping with a syntax error is refused on save with its position', async () => {
  const res = await h.admin('POST', '/api/admin/connectors', {
    name: 'broken',
    presetId: 'generic',
    callLogMapping: '{ "a": SourceNumber, ',
  });
  expect(res.status).toBe(422);
  expect(res.body.code).toBe('MAPPING_SYNTAX');
  expect(res.body.details[0]).toEqual(expect.objectContaining({ position: expect.any(Number) }));
  expect(await h.models.Connector.countDocuments({ name: 'broken' })).toBe(0);
});

describe('what a request that fails authentication leaves behind', () => {
  test('a large post to a made-up connector id is logged (status and code) without its body or query values', async () => {
    const madeUp = new Types.ObjectId().toHexString();
    const res = await postJson(`${h.url}/webhooks/${madeUp}/guessed-secret/call-log?note=attacker-text`, {
      junk: 'attacker-body '.repeat(14 * 1024),
    });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 400));
    const logs = await h.models.RequestLog.find({ path: new RegExp(`^/webhooks/${madeUp}/`) }).lean();
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ status: 401, outcome: 'rejected', errorCode: 'WEBHOOK_AUTH_FAILED', body: '', query: 'note=' });
    expect(logs[0]?.bodyBytes).toBeGreaterThan(100 * 1024);
    expect(JSON.stringify(logs[0])).not.toContain('attacker-');
  });

  test('the call-routing webhook keeps no query values of a request with a wrong secret', async () => {
    const connector = await createConnector(h);
    const routeUrl = connector.callLogUrl.replace(/\/[^/]+\/call-log$/, '/wrong-secret/route');
    const res = await fetch(`${routeUrl}?SourceNumber=%2B919611232123&CallSessionId=attacker-text`);
    expect(res.status).toBe(401);
    const posted = await fetch(routeUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"a":"attacker-body"}',
    });
    expect(posted.status).toBe(401);
    const logs = await logsOf(connector.id);
    expect(logs.map((l) => [l.kind, l.status, l.errorCode, l.query, l.body])).toEqual([
      ['route', 401, 'WEBHOOK_AUTH_FAILED', 'SourceNumber=&CallSessionId=', ''],
      ['route', 401, 'WEBHOOK_AUTH_FAILED', '', ''],
    ]);
    expect(JSON.stringify(logs)).not.toContain('attacker-');
  });
});

describe('malformed input answers 4xx, never 500', () => {
  test('malformed percent-encoding in a path is a 400', async () => {
    const connector = await createConnector(h);
    const webhook = await fetch(`${h.url}/webhooks/${connector.id}/%E0%A4%A/call-log`, { method: 'POST', body: '{}' });
    expect(webhook.status).toBe(400);
    expect(((await webhook.json()) as { code: string }).code).toBe('VALIDATION_FAILED');
    const admin = await h.admin('GET', '/api/admin/connectors/%E0%A4%A');
    expect(admin.status).toBe(400);
    expect(admin.body).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringMatching(/percent-encoding/) });
  });

  test('an unsupported charset or Content-Encoding, or a body that does not inflate, is a 415 or 400 naming it', async () => {
    const api = (headers: Record<string, string>, body: string | Buffer) =>
      fetch(`${h.url}/api/admin/connectors`, {
        method: 'POST',
        headers: { authorization: `Bearer ${h.adminToken}`, ...headers },
        body,
      });
    const json = JSON.stringify({ name: 'n', presetId: 'generic' });
    const latin1 = await api({ 'content-type': 'application/json; charset=latin1' }, json);
    expect(latin1.status).toBe(415);
    expect(await latin1.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', message: expect.stringMatching(/charset "latin1"/) });
    const compress = await api({ 'content-type': 'application/json', 'content-encoding': 'compress' }, json);
    expect(compress.status).toBe(415);
    expect(await compress.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', message: expect.stringMatching(/"compress"/) });
    const badGzip = await api({ 'content-type': 'application/json', 'content-encoding': 'gzip' }, Buffer.from('not gzip at all'));
    expect(badGzip.status).toBe(400);
    expect(await badGzip.json()).toMatchObject({ code: 'PAYLOAD_UNREADABLE' });

    const connector = await createConnector(h);
    for (const encoding of ['compress', 'gzip']) {
      const hook = await fetch(connector.callLogUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': encoding },
        body: Buffer.from('not gzip at all'),
      });
      expect(hook.status).toBe(415);
      expect(await hook.json()).toMatchObject({ Code: 'UNSUPPORTED_MEDIA_TYPE', Message: expect.stringContaining(`"${encoding}"`) });
    }
    const latin1Hook = await fetch(connector.callLogUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=latin1' },
      body: JSON.stringify(seedCallLog()),
    });
    expect(latin1Hook.status).toBeLessThan(500);
  });

  test('a webhook path is logged with its secret redacted', () => {
    expect(redactWebhookPath('/webhooks/abc/s3cret/call-log')).toBe('/webhooks/abc/[redacted]/call-log');
    expect(redactWebhookPath('/webhooks/%E0%A4%A/s3cret/route')).toBe('/webhooks/%E0%A4%A/[redacted]/route');
    expect(redactWebhookPath('/api/admin/connectors/x')).toBe('/api/admin/connectors/x');
  });
});

describe('failed webhook authentications are rate-limited per address', () => {
  let limited: Harness;
  const lines: string[] = [];

  beforeAll(async () => {
    const logger = pino(
      { level: 'debug', redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
      { write: (line: string) => lines.push(line) },
    );
    limited = await startHarness('security-limits', { worker: false, logger, env: { WEBHOOK_AUTH_FAILURE_LIMIT: '3' } });
  });

  afterAll(async () => {
    await limited?.stop();
  });

  test('a malformed webhook path answers 400 and no log line carries the secret', async () => {
    const before = lines.length;
    const res = await fetch(`${limited.url}/webhooks/%E0%A4%A/the-real-secret-value/call-log`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(400);
    expect(lines.slice(before).join('\n')).not.toContain('the-real-secret-value');
  });

  test('only failures count; over the limit the address gets 429 with Retry-After, even with the right secret', async () => {
    const res = await limited.admin<{ id: string; webhookUrls: { callLog: string } }>('POST', '/api/admin/connectors', {
      name: 'limited',
      presetId: 'generic',
    });
    const url = res.body.webhookUrls.callLog;
    const wrong = url.replace(/\/[^/]+\/call-log$/, '/wrong-secret/call-log');
    // Answers other than 401 do not count.
    for (let i = 0; i < 5; i++) {
      const pdf = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: '%PDF' });
      expect(pdf.status).toBe(415);
    }
    for (let i = 0; i < 3; i++) expect((await postJson(wrong, seedCallLog())).status).toBe(401);
    const over = await fetch(wrong, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await over.json()).toMatchObject({ Status: 'Failure', Code: 'RATE_LIMITED' });
    const right = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: '%PDF' });
    expect(right.status).toBe(429);
    // The admin API is not affected.
    expect((await limited.admin('GET', '/api/admin/connectors')).status).toBe(200);
  });
});
