/**
 * The agent console's server side through the real path: an agent who is away is not routed calls
 * (the route webhook), a lone call log for a call the agent never saw does not put the agent into
 * wrap-up yet can be disposed of from recent calls, and the agent panel's URL carries the call's
 * mail-merge values, URL-encoded.
 */
import crypto from 'node:crypto';
import { createConnector, postJson, seedCallLog, startHarness, waitFor, type Harness } from '../helpers/harness';

let h: Harness;
const AGENT_PHONE = '+919611700001';
const LEAD_PHONE = '+919845077777';
let agent: { id: string; token: string };
let connector: { id: string; base: string };

async function as<T = any>(token: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${h.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

beforeAll(async () => {
  h = await startHarness('agent-workspace');
  const team = (await h.admin('POST', '/api/admin/teams', { name: 'Desk' })).body.id as string;
  const created = await h.admin('POST', '/api/admin/users', {
    email: 'meera@test.local',
    name: 'Meera Iyer',
    role: 'agent',
    password: 'agent-password',
    phones: [AGENT_PHONE],
    teamIds: [team],
  });
  const login = await fetch(`${h.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'meera@test.local', password: 'agent-password' }),
  });
  agent = { id: created.body.id, token: ((await login.json()) as { token: string }).token };
  await h.admin('POST', '/api/admin/leads', { firstName: 'Anil & Co', lastName: 'Rao', phone: LEAD_PHONE, ownerId: agent.id });
  const c = await createConnector(h, { teamIds: [team] });
  connector = { id: c.id, base: c.callLogUrl.replace(/\/call-log$/, '') };
  const put = await h.admin('PUT', `/api/admin/connectors/${c.id}/lifecycle`, {
    disposition: { requiredBeforeNextCall: true, values: ['Interested', 'Not interested'] },
  });
  expect(put.status).toBe(200);
}, 120_000);

afterAll(async () => {
  await h?.stop();
});

test('an agent who is away is not routed calls; back to available, the agent is', async () => {
  const route = async () => {
    const res = await fetch(`${connector.base}/route?SourceNumber=${encodeURIComponent(LEAD_PHONE)}`);
    return { reason: res.headers.get('x-route-reason'), cause: res.headers.get('x-route-fallback-cause'), json: (await res.json()) as any };
  };
  expect((await route()).reason).toBe('lead-owner');

  const away = await as(agent.token, 'PUT', '/api/agent/presence', { presence: 'away' });
  expect(away).toEqual({ status: 200, body: { presence: 'away' } });
  expect((await as(agent.token, 'GET', '/api/agent/state')).body).toMatchObject({ status: 'free', presence: 'away' });
  const routed = await route();
  expect(routed.reason).toBe('no-match');
  expect(routed.cause).toBe('owner-ineligible');
  expect(routed.json.AgentPhone ?? null).toBeNull();

  expect((await as(agent.token, 'PUT', '/api/agent/presence', { presence: 'available' })).status).toBe(200);
  expect((await route()).reason).toBe('lead-owner');
  expect((await as(agent.token, 'PUT', '/api/agent/presence', { presence: 'lunch' })).status).toBe(400);
});

test('a lone call log for a call the agent never saw leaves the agent free, and its disposition is given from recent calls', async () => {
  const yesterday = new Date(Date.now() - 24 * 3_600_000);
  const day = yesterday.toISOString().slice(0, 10);
  const sessionId = `lone-${crypto.randomBytes(4).toString('hex')}`;
  const res = await postJson(
    `${connector.base}/call-log`,
    seedCallLog({
      CallSessionId: sessionId,
      SourceNumber: LEAD_PHONE,
      DestinationNumber: AGENT_PHONE,
      StartTime: `${day} 10:00:00`,
      EndTime: `${day} 10:03:05`,
      CallDuration: '185',
      Status: 'Answered',
    }),
  );
  expect(res.status).toBe(200);
  const workflowId = `call:${connector.id}:s:${sessionId}`;
  const recent = await waitFor(
    async () => {
      const list = await as<{ items: { workflowId: string; disposition: string; durationSeconds: number }[] }>(
        agent.token,
        'GET',
        '/api/agent/calls',
      );
      const mine = list.body.items.find((c) => c.workflowId === workflowId);
      return mine?.disposition === 'needed' ? mine : null;
    },
    30_000,
    'the call in recent calls, needing a disposition',
  );
  expect(recent.durationSeconds).toBe(185);
  // The workflow has finalised the call (the activity is written, its agent state step ran): the agent is still free.
  await waitFor(async () => (await h.models.CallActivity.exists({ workflowId })) !== null, 20_000, 'the activity');
  const state = await as(agent.token, 'GET', '/api/agent/state');
  expect(state.body.status).toBe('free');
  expect(state.body.call).toBeNull();

  const refused = await as(agent.token, 'POST', '/api/agent/disposition', { workflowId, value: 'Maybe' });
  expect(refused.status).toBe(400);
  expect(refused.body.message).toContain('Interested, Not interested');
  expect((await as(agent.token, 'POST', '/api/agent/disposition', { workflowId, value: 'Interested' })).status).toBe(200);
  await waitFor(
    async () => {
      const list = await as<{ items: { workflowId: string; disposition: string }[] }>(agent.token, 'GET', '/api/agent/calls');
      return list.body.items.find((c) => c.workflowId === workflowId)?.disposition === 'given';
    },
    20_000,
    'the disposition given',
  );
  expect((await as(agent.token, 'GET', '/api/agent/state')).body.status).toBe('free');
});

test("the agent panel's URL carries the call's values, URL-encoded; the settings are validated", async () => {
  const bad = await h.admin('PUT', `/api/admin/connectors/${connector.id}/agent-panel`, {
    enabled: true,
    url: 'https://panel.test/?x=@nosuch',
  });
  expect(bad.status).toBe(400);
  const secret = await h.admin('PUT', `/api/admin/connectors/${connector.id}/agent-panel`, {
    enabled: true,
    url: 'https://panel.test/?k={{credentials.apiKey}}',
  });
  expect(secret.status).toBe(400);
  expect(
    (await h.admin('PUT', `/api/admin/connectors/${connector.id}/agent-panel`, { enabled: true, url: 'javascript:alert(1)' })).status,
  ).toBe(400);
  const put = await h.admin('PUT', `/api/admin/connectors/${connector.id}/agent-panel`, {
    enabled: true,
    url: 'https://panel.test/softphone?caller=@PhoneNumberWithCountryCode&lead=@{Lead:FirstName,}&agent=@agentName&session=@callSessionId',
    title: 'Softphone',
    width: 360,
    height: 480,
    permissions: ['microphone'],
  });
  expect(put.status).toBe(200);
  expect((await h.admin('GET', `/api/admin/connectors/${connector.id}/agent-panel`)).body).toMatchObject({
    title: 'Softphone',
    permissions: ['microphone'],
  });

  const sessionId = `panel-${crypto.randomBytes(4).toString('hex')}`;
  expect(
    (await postJson(`${connector.base}/popup`, { CallSessionId: sessionId, SourceNumber: LEAD_PHONE, DestinationNumber: AGENT_PHONE }))
      .status,
  ).toBe(200);
  const workflowId = `call:${connector.id}:s:${sessionId}`;
  await waitFor(async () => (await as(agent.token, 'GET', '/api/agent/state')).body.call?.workflowId === workflowId, 20_000, 'ringing');
  const panel = await as(agent.token, 'GET', `/api/agent/panel?workflowId=${encodeURIComponent(workflowId)}`);
  expect(panel.status).toBe(200);
  expect(panel.body.panel).toMatchObject({ title: 'Softphone', width: 360, height: 480, permissions: ['microphone'] });
  expect(panel.body.panel.url).toBe(
    `https://panel.test/softphone?caller=%2B919845077777&lead=Anil%20%26%20Co&agent=Meera%20Iyer&session=${sessionId}`,
  );
});
