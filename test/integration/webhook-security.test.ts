/** Webhook authentication, size caps, hostile mappings, and what the request log keeps. */
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
