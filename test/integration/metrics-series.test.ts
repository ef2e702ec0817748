/**
 * The series GET /metrics carries after real traffic: webhook latency by connector, webhook kind and
 * outcome (an unknown connector as `unknown`), mapping errors, provider requests through the
 * simulator by operation and outcome, open SSE streams, and popup delivery from the webhook's arrival
 * to the agent's stream. The example Grafana dashboard queries only series that exist.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startSimulator, type Simulator } from '../../src/simulator/server';
import { createConnector, postJson, seedCallLog, startHarness, waitFor, type Harness } from '../helpers/harness';
import { openSse, type SseClient } from '../helpers/sse';

let h: Harness;
let sim: Simulator;
const AGENT_PHONE = '+919611795990';

beforeAll(async () => {
  h = await startHarness('metrics-series');
  sim = await startSimulator({ speed: 0, seed: 11 });
});

afterAll(async () => {
  await h?.stop();
  await sim?.stop();
});

async function scrape(): Promise<string> {
  const res = await fetch(`${h.url}/metrics`);
  expect(res.status).toBe(200);
  return res.text();
}

/** The value of one series, its labels matched exactly (in any order); undefined when absent. */
function series(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const want = Object.entries(labels)
    .map(([k, v]) => `${k}="${v}"`)
    .sort()
    .join(',');
  for (const line of text.split('\n')) {
    const m = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const got = (m[2] ?? '')
      .split(/,(?=[a-z_]+=")/)
      .filter(Boolean)
      .sort()
      .join(',');
    if (got === want) return Number(m[3]);
  }
  return undefined;
}

async function signIn(email: string, password: string): Promise<string> {
  const res = await fetch(`${h.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return ((await res.json()) as { token: string }).token;
}

test('webhooks, mapping errors and an unknown connector: latency by connector, kind and outcome; errors by code', async () => {
  const c = await createConnector(h);
  expect((await postJson(c.callLogUrl, seedCallLog())).status).toBe(200);
  expect((await postJson(c.callLogUrl, seedCallLog())).status).toBe(200);

  // A mapping that fails on every payload.
  const b = `/api/admin/connectors/${c.id}/mappings/events`;
  expect((await h.admin('PUT', `${b}/draft`, { expression: '$error("no such event")' })).status).toBe(200);
  expect((await h.admin('POST', `${b}/publish`, {})).status).toBe(200);
  const failed = await postJson(c.callLogUrl.replace(/call-log$/, 'events'), { anything: 1 });
  expect(failed.status).toBe(422);
  const code = failed.body.Code as string;
  expect(code).toMatch(/^MAPPING_/);

  const stranger = await postJson(`${h.url}/webhooks/${'f'.repeat(24)}/not-the-secret/call-log`, seedCallLog());
  expect(stranger.status).toBe(401);

  const text = await scrape();
  const webhook = 'patchcord_webhook_request_duration_seconds_count';
  expect(series(text, webhook, { connector: c.id, kind: 'call-log', outcome: 'accepted' })).toBe(2);
  expect(series(text, webhook, { connector: c.id, kind: 'events', outcome: 'rejected' })).toBe(1);
  expect(series(text, webhook, { connector: 'unknown', kind: 'call-log', outcome: 'rejected' })).toBe(1);
  expect(
    series(text, 'patchcord_webhook_request_duration_seconds_bucket', {
      connector: c.id,
      kind: 'call-log',
      outcome: 'accepted',
      le: '+Inf',
    }),
  ).toBe(2);
  expect(series(text, 'patchcord_mapping_errors_total', { connector: c.id, kind: 'events', code })).toBe(1);
  expect(series(text, 'patchcord_mapping_errors_total', { connector: c.id, kind: 'call-log', code })).toBeUndefined();
});

test('a provider request through the simulator: latency by operation and outcome', async () => {
  const created = await h.admin('POST', '/api/admin/connectors', {
    name: 'Ozonetel metrics',
    presetId: 'ozonetel',
    virtualNumbers: [{ number: '+918040000001', tag: 'Sales' }],
  });
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  const credentials = { baseUrl: `${sim.url}/ozonetel`, username: 'sim_user', apiKey: 'sim-ozonetel-key' };
  expect((await h.admin('PUT', `/api/admin/connectors/${id}/provider`, { credentials })).status).toBe(200);
  const before =
    series(await scrape(), 'patchcord_outbound_request_duration_seconds_count', { operation: 'clickToCall', outcome: 'accepted' }) ?? 0;

  const res = await h.admin('POST', `/api/admin/connectors/${id}/provider/test`, {
    operation: 'clickToCall',
    values: { CustomerNumber: '+91-9845012345', VirtualNumber: '+918040000001', 'User.TelephonyAgentId': 'agent1' },
  });
  expect([res.status, res.body.ok, res.body.verdict]).toEqual([200, true, expect.anything()]);
  expect(sim.journal.some((j) => j.op === 'AgentManualDial')).toBe(true);

  const text = await scrape();
  expect(series(text, 'patchcord_outbound_request_duration_seconds_count', { operation: 'clickToCall', outcome: 'accepted' })).toBe(
    before + 1,
  );
});

test("an agent's stream is counted while open, and a popup's delivery time is observed for its connector", async () => {
  const agent = await h.admin('POST', '/api/admin/users', {
    email: 'metrics-agent@test.local',
    name: 'Metrics Agent',
    role: 'agent',
    password: 'agent-password',
    phones: [AGENT_PHONE],
  });
  expect(agent.status).toBe(201);
  const token = await signIn('metrics-agent@test.local', 'agent-password');
  const c = await createConnector(h);
  expect(series(await scrape(), 'patchcord_sse_connections')).toBe(0);

  const sse: SseClient = await openSse(`${h.url}/api/agent/events`, token);
  try {
    await sse.next('call-state');
    expect(series(await scrape(), 'patchcord_sse_connections')).toBe(1);

    const sessionId = `metrics-popup-${Date.now()}`;
    const popup = await postJson(c.callLogUrl.replace(/call-log$/, 'popup'), {
      CallSessionId: sessionId,
      SourceNumber: '+919845012345',
      DestinationNumber: AGENT_PHONE,
    });
    expect(popup.status).toBe(200);
    const shown = await sse.next('popup', (d) => d.call.sessionId === sessionId, 30_000);
    expect(typeof shown.receivedAt).toBe('string');

    const text = await scrape();
    expect(series(text, 'patchcord_popup_delivery_seconds_count', { connector: c.id })).toBe(1);
    const seconds = series(text, 'patchcord_popup_delivery_seconds_sum', { connector: c.id }) ?? -1;
    expect(seconds).toBeGreaterThanOrEqual(0);
    expect(series(text, 'patchcord_webhook_request_duration_seconds_count', { connector: c.id, kind: 'popup', outcome: 'accepted' })).toBe(
      1,
    );
  } finally {
    sse.close();
  }
  await waitFor(async () => series(await scrape(), 'patchcord_sse_connections') === 0, 10_000, 'the stream counted as closed');
}, 60_000);

test('the example Grafana dashboard parses and queries only series this process exports', async () => {
  const file = path.resolve(__dirname, '..', '..', 'deploy', 'grafana', 'patchcord-dashboard.json');
  const dashboard = JSON.parse(fs.readFileSync(file, 'utf8')) as { title: string; panels: { targets?: { expr: string }[] }[] };
  expect(dashboard.title).toBeTruthy();
  const exprs = dashboard.panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr));
  expect(exprs.length).toBeGreaterThanOrEqual(5);
  const names = new Set(exprs.flatMap((e) => e.match(/patchcord_[a-z_]+/g) ?? []));
  const text = await scrape();
  const exported = new Set([...text.matchAll(/^# TYPE (\S+) /gm)].map((m) => m[1]));
  const missing = [...names].filter((n) => !exported.has(n.replace(/_(bucket|count|sum)$/, '')));
  expect(missing).toEqual([]);
  for (const wanted of [
    'patchcord_webhook_request_duration_seconds',
    'patchcord_mapping_errors_total',
    'patchcord_outbound_request_duration_seconds',
    'patchcord_sse_connections',
    'patchcord_popup_delivery_seconds',
  ])
    expect(exprs.some((e) => e.includes(wanted))).toBe(true);
});
