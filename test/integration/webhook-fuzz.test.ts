/**
 * Property-based tests of the webhook path: random bodies (JSON of any shape, forms with odd keys,
 * XML-ish text, raw bytes, deep nesting, many keys), content types and charsets, content encodings,
 * GET and POST, sent to a real connector's URLs. Whatever arrives, the answer is never a 5xx and
 * comes within a bound, the server keeps answering the next request, and nothing is half-written:
 * each request leaves exactly one request-log entry, an accepted event reaches its call's workflow,
 * and a refused one starts none.
 */
import zlib from 'node:zlib';
import fc from 'fast-check';
import { WorkflowNotFoundError } from '@temporalio/client';
import { createConnector, seedCallLog, startHarness, waitFor, type Harness } from '../helpers/harness';

let h: Harness;
let base = '';
let connectorId = '';

beforeAll(async () => {
  h = await startHarness('fuzz');
  const connector = await createConnector(h);
  connectorId = connector.id;
  base = connector.callLogUrl.replace(/\/call-log$/, '');
});

afterAll(async () => {
  await h.stop();
});

/** No answer may take longer than this, whatever the body. */
const ANSWER_BOUND_MS = 5_000;

const key = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'Legs[0][Status]',
    'a[b][c]',
    'SourceNumber',
    'CallSessionId',
    '',
    '%',
    '%E0%A4%A',
  ),
);
const nested = (depth: number): fc.Arbitrary<unknown> =>
  depth <= 0
    ? fc.oneof(fc.string(), fc.integer(), fc.constant(null))
    : fc.oneof(fc.string(), fc.dictionary(key, nested(depth - 1), { maxKeys: 4 }));

const body = fc.oneof(
  // A real call log, now and then with one field replaced by anything.
  fc
    .tuple(
      fc.uuid(),
      fc.option(fc.tuple(fc.constantFrom('SourceNumber', 'StartTime', 'Status', 'CallDuration'), fc.jsonValue()), { nil: undefined }),
    )
    .map(([id, change]) => JSON.stringify({ ...seedCallLog({ CallSessionId: id }), ...(change ? { [change[0]]: change[1] } : {}) })),
  fc.json({ maxDepth: 4 }),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.dictionary(key, fc.string(), { maxKeys: 8 }).map((fields) =>
    Object.entries(fields)
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
      .join('&'),
  ),
  fc.dictionary(key, fc.string(), { maxKeys: 8 }).map((fields) =>
    Object.entries(fields)
      .map(([k, v]) => `${k}=${v}`)
      .join('&'),
  ),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  fc.string({ maxLength: 40 }).map((s) => `<Call><SourceNumber>${s}</SourceNumber><x a="${s}"/></Call>`),
  fc.constantFrom('<!DOCTYPE x [<!ENTITY e "e">]><x>&e;</x>', '<x>', '{', '[1,2', '{"a":1}{"b":2}', '\uFEFF{"a":1}', 'null', '42'),
  fc.integer({ min: 20, max: 200 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.integer({ min: 4_000, max: 8_000 }).map((n) => JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i])))),
  nested(6).map((v) => JSON.stringify(v)),
);

const contentType = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'application/json; charset=latin1',
    'application/json; charset=bogus',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=xyz',
    'multipart/form-data',
    'text/plain',
    'application/xml',
    'text/xml; charset=utf-8',
    'application/octet-stream',
    'image/png',
    '',
  ),
  fc.string({ maxLength: 30 }).filter((s) => /^[\x20-\x7e]*$/.test(s)),
);

const encoding = fc.constantFrom('none', 'gzip', 'gzip-broken', 'deflate', 'br', 'compress', 'identity');
const endpoint = fc.constantFrom('call-log', 'events', 'popup', 'call-event', 'route');
const method = fc.constantFrom('POST', 'POST', 'POST', 'GET');
const query = fc.oneof(
  fc.constant(''),
  fc.dictionary(key, fc.string({ maxLength: 10 }), { maxKeys: 4 }).map((q) => new URLSearchParams(q).toString()),
  fc.constantFrom('%E0%A4%A', 'a=%ZZ', 'a[b][c][d][e][f][g]=1', '&&&=&'),
);

function encoded(text: string, how: string): { data: Buffer; header: Record<string, string> } {
  const raw = Buffer.from(text, 'utf8');
  if (how === 'none') return { data: raw, header: {} };
  if (how === 'gzip') return { data: zlib.gzipSync(raw), header: { 'content-encoding': 'gzip' } };
  if (how === 'gzip-broken') return { data: Buffer.concat([Buffer.from([0x1f, 0x8b]), raw]), header: { 'content-encoding': 'gzip' } };
  if (how === 'deflate') return { data: zlib.deflateSync(raw), header: { 'content-encoding': 'deflate' } };
  if (how === 'br') return { data: zlib.brotliCompressSync(raw), header: { 'content-encoding': 'br' } };
  return { data: raw, header: { 'content-encoding': how } };
}

/** Whether the call's workflow exists (running or not) on the test Temporal server. */
async function workflowExists(workflowId: string): Promise<boolean> {
  try {
    await h.api.temporal.workflow.getHandle(workflowId).describe();
    return true;
  } catch (err) {
    if (err instanceof WorkflowNotFoundError) return false;
    throw err;
  }
}

/** The call session a call-log body names, when it is a JSON object with one. */
function sessionOf(text: string): string | null {
  try {
    const parsed: unknown = JSON.parse(text);
    const id = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>).CallSessionId : undefined;
    return typeof id === 'string' && id ? id : null;
  } catch {
    return null;
  }
}

test('whatever a provider sends, the webhook answers within the bound and never with a 5xx, and nothing is half-written', async () => {
  const seen: string[] = [];
  /** Call-log deliveries whose session the answer either accepted or refused. */
  const sessions: { sessionId: string; accepted: boolean }[] = [];
  await fc.assert(
    fc.asyncProperty(endpoint, method, contentType, body, encoding, query, async (kind, verb, type, text, how, q) => {
      const { data, header } = encoded(text, how);
      const res = await fetch(`${base}/${kind}${q ? `?${q}` : ''}`, {
        method: verb,
        headers: { ...(type ? { 'content-type': type } : {}), ...(verb === 'POST' ? header : {}) },
        ...(verb === 'POST' ? { body: data } : {}),
        signal: AbortSignal.timeout(ANSWER_BOUND_MS),
      });
      const answer = await res.text();
      seen.push(String(res.status));
      const sessionId = verb === 'POST' && kind === 'call-log' && how === 'none' && !q ? sessionOf(text) : null;
      if (sessionId && res.status < 300) sessions.push({ sessionId, accepted: true });
      if (sessionId && res.status >= 400) sessions.push({ sessionId, accepted: false });
      // A hang would have aborted the request (the signal) and failed the property.
      expect([res.status, answer.length > 0 || res.status === 204]).toEqual([expect.any(Number), true]);
      if (res.status >= 500) throw new Error(`${res.status} for ${verb} ${kind} (${type}, ${how}): ${answer.slice(0, 200)}`);
    }),
    {
      numRuns: 300,
      // Random content types rarely make a deliverable call log; these make sure both outcomes of one are checked below.
      examples: [
        ...['a', 'b', 'c'].map((n): [string, string, string, string, string, string] => [
          'call-log',
          'POST',
          'application/json',
          JSON.stringify(seedCallLog({ CallSessionId: `fuzz-${n}-${Date.now()}` })),
          'none',
          '',
        ]),
        [
          'call-log',
          'POST',
          'application/json',
          JSON.stringify(seedCallLog({ CallSessionId: `fuzz-bad-${Date.now()}`, StartTime: 'yesterday-ish' })),
          'none',
          '',
        ],
      ],
    },
  );
  // The inputs reached both sides: accepted deliveries and refusals.
  expect(seen.some((s) => s.startsWith('2'))).toBe(true);
  expect(seen.some((s) => s.startsWith('4'))).toBe(true);
  const health = await fetch(`${h.url}/healthz`);
  expect(health.status).toBe(200);

  // One request-log entry per request, written whatever the answer (the log is flushed in batches).
  const entries = await waitFor(
    async () => {
      // The test's own database holds only these requests (some are refused before the connector is known).
      const logged = await h.models.RequestLog.find({ direction: 'inbound' }, { status: 1, workflowId: 1 }).lean();
      return logged.length >= seen.length ? logged : null;
    },
    20_000,
    'a request-log entry for every request',
  );
  expect(entries).toHaveLength(seen.length);
  // A refusal reached no workflow; an accepted delivery that names a workflow reached it.
  expect(entries.filter((e) => e.status >= 400 && e.workflowId)).toEqual([]);
  for (const e of entries.filter((x) => x.status < 300 && x.workflowId)) expect(await workflowExists(e.workflowId as string)).toBe(true);
  expect(sessions.some((x) => x.accepted)).toBe(true);
  expect(sessions.some((x) => !x.accepted)).toBe(true);
  for (const { sessionId, accepted } of sessions)
    expect({ sessionId, exists: await workflowExists(`call:${connectorId}:s:${sessionId}`) }).toEqual({ sessionId, exists: accepted });
}, 240_000);
