/**
 * Admin-written mappings run in the API's thread pool with a hard deadline: a mapping that runs long
 * holds a thread, never the event loop, so every other request is answered meanwhile; payloads past
 * the shape caps are refused before any mapping reads them.
 */
import { PAYLOAD_SHAPE_LIMITS } from '../../src/webhooks/payload';
import { createConnector, postJson, startHarness, type Harness } from '../helpers/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('sandbox');
});

afterAll(async () => {
  await h.stop();
});

/** A single built-in call that runs for seconds: JSONata checks its timeout only between steps. */
const HOSTILE = '$length($pad("", 50000000, "ab"))';
const sample = { body: '{"SourceNumber": "9611232123"}', contentType: 'application/json' };

/** Resolves with the order in which the hostile request and a request made while it runs were answered. */
async function answeredOrder(hostile: () => Promise<unknown>): Promise<string[]> {
  const order: string[] = [];
  const slow = hostile().then((answer) => {
    order.push('hostile');
    return answer;
  });
  // Let the hostile evaluation start before asking for something else.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const other = await fetch(`${h.url}/openapi.json`);
  order.push(other.status === 200 ? 'other' : `other ${other.status}`);
  await slow;
  return order;
}

test('a preview that runs past the deadline is stopped, and other requests are answered while it runs', async () => {
  let answer: { status: number; body: any } | undefined;
  const order = await answeredOrder(async () => {
    answer = await h.admin('POST', '/api/admin/mappings/preview', { expression: HOSTILE, sample });
  });
  expect(order).toEqual(['other', 'hostile']);
  expect(answer?.status).toBe(200);
  expect(answer?.body.error).toMatchObject({ code: 'MAPPING_LIMIT', details: [expect.objectContaining({ code: 'hard_timeout' })] });

  // The stopped thread was replaced: the next mapping runs.
  const after = await h.admin('POST', '/api/admin/mappings/preview', { expression: '{ "SourceNumber": SourceNumber }', sample });
  expect(after.body.error).toBeNull();
  expect(after.body.normalized.sourceNumber).toBe('+919611232123');
});

test("a webhook whose connector's mapping runs past the deadline answers 422, and other requests are answered while it runs", async () => {
  const connector = await createConnector(h, { callLogMapping: HOSTILE });
  let answer: { status: number; body: Record<string, any> } | undefined;
  const order = await answeredOrder(async () => {
    answer = await postJson(connector.callLogUrl, { SourceNumber: '9611232123' });
  });
  expect(order).toEqual(['other', 'hostile']);
  expect(answer?.status).toBe(422);
  expect(answer?.body).toMatchObject({ Status: 'Failure', Code: 'MAPPING_LIMIT' });
});

test('a webhook body with more keys than the cap is refused with 413 before its mapping runs', async () => {
  const connector = await createConnector(h);
  const payload = Object.fromEntries(Array.from({ length: PAYLOAD_SHAPE_LIMITS.maxEntries + 1 }, (_, i) => [`k${i}`, i]));
  const res = await postJson(connector.callLogUrl, payload);
  expect(res.status).toBe(413);
  expect(res.body).toMatchObject({ Status: 'Failure', Code: 'PAYLOAD_TOO_COMPLEX' });
});
