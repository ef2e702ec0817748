/**
 * A connector that checks webhook signatures refuses (401) every delivery without a valid one, keeps
 * no body of a refused delivery, and accepts signed ones; the signing secret is write-only.
 */
import crypto from 'node:crypto';
import { createConnector, seedCallLog, startHarness, type Harness } from '../helpers/harness';

let h: Harness;
const SIGNING_SECRET = 'provider-signing-secret-1';

beforeAll(async () => {
  h = await startHarness('signature');
});

afterAll(async () => {
  await h.stop();
});

function post(url: string, body: string, headers: Record<string, string>) {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

test('a connector with the check on accepts signed deliveries and refuses the rest, keeping no refused body', async () => {
  const connector = await createConnector(h);
  const path = `/api/admin/connectors/${connector.id}/webhook-signature`;

  const incomplete = await h.admin('PUT', path, { secret: SIGNING_SECRET });
  expect(incomplete.status).toBe(400);

  const on = await h.admin('PUT', path, {
    secret: SIGNING_SECRET,
    scheme: { algorithm: 'sha256', header: 'X-Signature', prefix: 'sha256=' },
  });
  expect(on.status).toBe(200);
  expect(on.body).toMatchObject({
    enabled: true,
    scheme: { algorithm: 'sha256', header: 'X-Signature', content: 'body', toleranceSeconds: 300 },
  });
  const read = await h.admin('GET', path);
  expect(JSON.stringify(read.body)).not.toContain(SIGNING_SECRET);

  const body = JSON.stringify(seedCallLog());
  const signature = `sha256=${crypto.createHmac('sha256', SIGNING_SECRET).update(body).digest('hex')}`;
  const unsigned = await post(connector.callLogUrl, body, {});
  expect(unsigned.status).toBe(401);
  expect(await unsigned.json()).toMatchObject({
    Code: 'WEBHOOK_AUTH_FAILED',
    Message: expect.stringContaining('X-Signature header is missing'),
  });
  const forged = await post(connector.callLogUrl, body, { 'X-Signature': `sha256=${'0'.repeat(64)}` });
  expect(forged.status).toBe(401);
  const signed = await post(connector.callLogUrl, body, { 'X-Signature': signature });
  expect(signed.status).toBe(200);

  // The refused deliveries are in the request log, without their bodies.
  let refused: { body?: string | null; errorCode?: string | null }[] = [];
  for (let i = 0; i < 50 && refused.length < 2; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    refused = await h.models.RequestLog.find({ connectorId: connector.id, status: 401 }).lean();
  }
  expect(refused).toHaveLength(2);
  for (const entry of refused) {
    expect(entry.errorCode).toBe('WEBHOOK_AUTH_FAILED');
    expect(entry.body ?? '').toBe('');
  }

  expect((await h.admin('DELETE', path)).status).toBe(204);
  expect((await post(connector.callLogUrl, JSON.stringify(seedCallLog()), {})).status).toBe(200);
});
