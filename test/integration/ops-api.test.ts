/**
 * The ops API through the real path: the live board's event stream (authenticated, a snapshot, an
 * agent's change delivered by the realtime hub from a real call's workflow, bounded, closed cleanly),
 * the request log's new filters and its link to the call's timeline, and the re-run of a delivery
 * against the connector's current live mapping, which writes nothing.
 */
import crypto from 'node:crypto';
import { BOARD_LIMITS } from '../../src/api/ops/board';
import { openSse, type SseClient } from '../helpers/sse';
import { createConnector, postJson, seedCallLog, startHarness, waitFor, type CreatedConnector, type Harness } from '../helpers/harness';

let h: Harness;
let connector: CreatedConnector;
const tokens: Record<'ops' | 'agent', string> = { ops: '', agent: '' };
let agentId: string;
const AGENT_PHONE = '+919611795990';

async function login(email: string, password: string): Promise<string> {
  const res = await fetch(`${h.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return ((await res.json()) as { token: string }).token;
}

async function as(token: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${h.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

beforeAll(async () => {
  h = await startHarness('ops-api', { env: { REQUEST_LOG_BODY_BYTES: '1024' } });
  const ops = await h.admin('POST', '/api/admin/users', {
    email: 'ops@test.local',
    name: 'Olga Ops',
    role: 'ops',
    password: 'ops-password',
  });
  expect(ops.status).toBe(201);
  const agent = await h.admin('POST', '/api/admin/users', {
    email: 'zara@test.local',
    name: 'Zara',
    role: 'agent',
    password: 'agent-password',
    phones: [AGENT_PHONE],
  });
  agentId = agent.body.id;
  tokens.ops = await login('ops@test.local', 'ops-password');
  tokens.agent = await login('zara@test.local', 'agent-password');
  connector = await createConnector(h, { name: 'Ops desk' });
}, 120_000);

afterAll(async () => {
  await h?.stop();
});

/** The request log entry of a webhook request, once written (entries are written in small batches). */
async function entryOf(match: (e: Record<string, any>) => boolean, what: string) {
  return waitFor(
    async () => {
      const res = await h.admin('GET', `/api/admin/request-logs?connectorId=${connector.id}&limit=200`);
      return (res.body.items as Record<string, any>[]).find(match);
    },
    15_000,
    what,
  );
}

describe('the live board', () => {
  let board: SseClient | undefined;
  afterEach(() => board?.close());

  test('only ops and admins open it; it starts with every active agent and follows a real call', async () => {
    expect((await fetch(`${h.url}/api/ops/board/events`)).status).toBe(401);
    expect((await as(tokens.agent, 'GET', '/api/ops/board/events')).status).toBe(403);

    board = await openSse(`${h.url}/api/ops/board/events`, tokens.ops);
    const snapshot = await board.next('snapshot');
    expect(snapshot.truncated).toBe(false);
    expect(snapshot.agents).toEqual([expect.objectContaining({ id: agentId, name: 'Zara', status: 'free', call: null })]);

    // A popup for the agent's phone: the workflow sets the agent ringing and the hub brings it to the board.
    const sessionId = `board-${crypto.randomBytes(4).toString('hex')}`;
    const popupUrl = connector.callLogUrl.replace(/\/call-log$/, '/popup');
    const popup = await postJson(popupUrl, { CallSessionId: sessionId, SourceNumber: '+919845012345', DestinationNumber: AGENT_PHONE });
    expect(popup.status).toBe(200);
    const change = await board.next('agent', (d) => d.id === agentId && d.status === 'ringing', 20_000);
    expect(change.call).toMatchObject({ workflowId: `call:${connector.id}:s:${sessionId}`, customerNumber: '+919845012345' });

    // A new board sees the same state in its snapshot.
    const second = await openSse(`${h.url}/api/ops/board/events`, h.adminToken);
    try {
      const again = await second.next('snapshot');
      expect(again.agents[0]).toMatchObject({ id: agentId, status: 'ringing', call: { workflowId: change.call.workflowId } });
    } finally {
      second.close();
    }
  }, 60_000);

  test('open boards are bounded, and a closed one frees its place', async () => {
    const open: SseClient[] = [];
    try {
      const first = await waitFor(async () => {
        // Streams of the previous test may take a moment to be noticed as closed.
        const probe = await fetch(`${h.url}/api/ops/board/events`, { headers: { authorization: `Bearer ${tokens.ops}` } });
        await probe.body?.cancel();
        return probe.status === 200;
      }, 10_000);
      expect(first).toBe(true);
      await waitFor(async () => {
        const res = await as(tokens.ops, 'GET', '/api/admin/request-logs?limit=1');
        return res.status === 200;
      });
      for (let i = 0; i < BOARD_LIMITS.maxStreams; i++) {
        const s = await waitFor(async () => openSse(`${h.url}/api/ops/board/events`, tokens.ops).catch(() => null), 10_000, `board ${i}`);
        open.push(s);
      }
      const refused = await fetch(`${h.url}/api/ops/board/events`, { headers: { authorization: `Bearer ${tokens.ops}` } });
      expect(refused.status).toBe(429);
      expect(((await refused.json()) as { code: string }).code).toBe('RATE_LIMITED');
      open.pop()?.close();
      const again = await waitFor(
        async () => openSse(`${h.url}/api/ops/board/events`, tokens.ops).catch(() => null),
        10_000,
        'a freed place',
      );
      open.push(again);
      await again.next('snapshot');
    } finally {
      open.forEach((s) => s.close());
    }
  }, 60_000);
});

describe('the request log', () => {
  let sessionId: string;
  let entry: Record<string, any>;

  beforeAll(async () => {
    sessionId = `rl-${crypto.randomBytes(4).toString('hex')}`;
    expect((await postJson(connector.callLogUrl, seedCallLog({ CallSessionId: sessionId }))).status).toBe(200);
    entry = await entryOf((e) => e.workflowId === `call:${connector.id}:s:${sessionId}`, 'the call log entry');
  });

  test("an event on the call's timeline names the request that brought it", async () => {
    const workflowId = `call:${connector.id}:s:${sessionId}`;
    const state = await waitFor(async () => {
      const res = await h.admin('GET', `/api/ops/calls/${encodeURIComponent(workflowId)}`);
      return res.status === 200 && res.body.state.timeline.some((t: any) => t.kind === 'event') ? res.body.state : null;
    });
    const event = state.timeline.find((t: any) => t.kind === 'event');
    expect(entry.eventIds).toEqual([event.detail.eventId]);
    const byEvent = await as(tokens.ops, 'GET', `/api/admin/request-logs?eventId=${event.detail.eventId}`);
    expect(byEvent.body.items.map((i: any) => i.id)).toEqual([entry.id]);
    const byCall = await as(tokens.ops, 'GET', `/api/admin/request-logs?workflowId=${encodeURIComponent(workflowId)}`);
    expect(byCall.body.items.map((i: any) => i.id)).toEqual([entry.id]);
  });

  test('filters by endpoint and status, and refuses bad values with 400', async () => {
    const wrong = await fetch(connector.callLogUrl.replace(/\/[^/]+\/call-log$/, '/wrong-secret/call-log'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(seedCallLog()),
    });
    expect(wrong.status).toBe(401);
    const refusedEntry = await entryOf((e) => e.status === 401, 'the refused request');
    const byStatus = await as(tokens.ops, 'GET', `/api/admin/request-logs?connectorId=${connector.id}&status=401`);
    expect(byStatus.body.items.map((i: any) => i.id)).toEqual([refusedEntry.id]);
    const byEndpoint = await as(
      tokens.ops,
      'GET',
      `/api/admin/request-logs?connectorId=${connector.id}&endpoint=${encodeURIComponent('/call-log')}`,
    );
    expect(byEndpoint.body.items.length).toBeGreaterThanOrEqual(2);
    const none = await as(tokens.ops, 'GET', `/api/admin/request-logs?connectorId=${connector.id}&endpoint=${encodeURIComponent('.*')}`);
    expect(none.body.items).toEqual([]);
    for (const bad of ['status=99', 'status=abc', 'direction=sideways', 'from=not-a-date', 'eventId=']) {
      const res = await as(tokens.ops, 'GET', `/api/admin/request-logs?${bad}`);
      expect([bad, res.status, res.body.code]).toEqual([bad, 400, 'VALIDATION_FAILED']);
    }
  });

  test('one entry as stored, with its headers', async () => {
    const res = await as(tokens.ops, 'GET', `/api/admin/request-logs/${entry.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: entry.id,
      kind: 'call-log',
      status: 200,
      headers: expect.objectContaining({ 'content-type': 'application/json' }),
    });
    expect(JSON.parse(res.body.body).CallSessionId).toBe(sessionId);
    expect((await as(tokens.ops, 'GET', '/api/admin/request-logs/not-an-id')).status).toBe(400);
    expect((await as(tokens.ops, 'GET', `/api/admin/request-logs/${'0'.repeat(24)}`)).status).toBe(404);
    expect((await as(tokens.agent, 'GET', `/api/admin/request-logs/${entry.id}`)).status).toBe(403);
  });

  test('a re-run previews what the current live mapping makes of the stored body, and writes nothing', async () => {
    const rerunPath = `/api/admin/request-logs/${entry.id}/rerun`;
    const before = await as(tokens.ops, 'POST', rerunPath);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      entryId: entry.id,
      connectorId: connector.id,
      kind: 'callLog',
      mappingVersion: 1,
      error: null,
      problems: [],
    });
    expect(before.body.normalized).toMatchObject({ sessionId, status: 'Answered' });
    expect(before.body.normalized.recordingUrl).not.toBe('https://v2.example.net/rec.mp3');

    // Publish a new call-log mapping: the re-run follows the live version.
    const base = `/api/admin/connectors/${connector.id}/mappings/call-log`;
    const live = (await h.admin('GET', `${base}/draft`)).body.live.expression as string;
    const v2 = `$merge([(${live}), { "recordingUrl": "https://v2.example.net/rec.mp3" }])`;
    expect((await h.admin('PUT', `${base}/draft`, { expression: v2 })).status).toBe(200);
    const published = await h.admin('POST', `${base}/publish`, { note: 'recordings on v2' });
    expect(published.status).toBe(200);

    const counts = async () => ({
      requestLog: await h.models.RequestLog.countDocuments({}),
      activities: await h.models.CallActivity.countDocuments({}),
      activity: await h.models.CallActivity.findById(`${connector.id}:s:${sessionId}`).lean(),
    });
    await waitFor(async () => (await counts()).activity, 20_000, 'the call activity');
    const held = await counts();
    const after = await as(tokens.ops, 'POST', rerunPath);
    expect(after.status).toBe(200);
    expect(after.body.mappingVersion).toBe(2);
    expect(after.body.normalized).toMatchObject({ sessionId, recordingUrl: 'https://v2.example.net/rec.mp3' });
    expect(after.body.events[0].provided).toContain('recordingUrl');

    // Nothing written: no request log entry for the re-run, the call's activity untouched.
    await new Promise((r) => setTimeout(r, 500));
    expect(await counts()).toEqual(held);
    expect(held.activity?.recordingUrl).not.toBe('https://v2.example.net/rec.mp3');
  }, 60_000);

  test('refuses clearly when the body was not stored, or only in part', async () => {
    // Over the 1 KiB body cap of this API's request log: stored truncated.
    const long = seedCallLog({ CallNotes: 'x'.repeat(2000) });
    expect((await postJson(connector.callLogUrl, long)).status).toBe(200);
    const truncated = await entryOf((e) => e.bodyTruncated === true, 'the truncated entry');
    const t = await as(tokens.ops, 'POST', `/api/admin/request-logs/${truncated.id}/rerun`);
    expect([t.status, t.body.code]).toEqual([422, 'REQUEST_NOT_REPLAYABLE']);
    expect(t.body.message).toMatch(/truncated/);

    const refused = await entryOf((e) => e.status === 401, 'the refused request');
    const r = await as(tokens.ops, 'POST', `/api/admin/request-logs/${refused.id}/rerun`);
    expect([r.status, r.body.code]).toEqual([422, 'REQUEST_NOT_REPLAYABLE']);
    expect(r.body.message).toMatch(/not stored/);

    expect((await as(tokens.agent, 'POST', `/api/admin/request-logs/${entry.id}/rerun`)).status).toBe(403);
    expect((await as(tokens.ops, 'POST', `/api/admin/request-logs/${'0'.repeat(24)}/rerun`)).status).toBe(404);
  });
});
