/**
 * The agent console's server side through the real path: an agent who is away is not routed calls
 * (the route webhook), a lone call log for a call the agent never saw does not put the agent into
 * wrap-up yet can be disposed of from recent calls, and the agent panel's URL carries the call's
 * mail-merge values, URL-encoded. An agent sees the panels of connectors without teams or with one of
 * the agent's teams, outside a call with the agent's own values and during one with the call's too.
 */
import crypto from 'node:crypto';
import { createConnector, postJson, seedCallLog, startHarness, waitFor, type Harness } from '../helpers/harness';

let h: Harness;
const AGENT_PHONE = '+919611700001';
const LEAD_PHONE = '+919845077777';
let agent: { id: string; token: string };
let connector: { id: string; base: string };
let deskTeam: string;

async function signUp(email: string, name: string, phone: string, teamIds: string[]): Promise<{ id: string; token: string }> {
  const created = await h.admin('POST', '/api/admin/users', {
    email,
    name,
    role: 'agent',
    password: 'agent-password',
    phones: [phone],
    teamIds,
  });
  expect(created.status).toBe(201);
  const login = await fetch(`${h.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'agent-password' }),
  });
  return { id: created.body.id, token: ((await login.json()) as { token: string }).token };
}

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
  deskTeam = team;
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

test("agents see only the panels of their connectors' teams (all agents without teams), in and out of a call", async () => {
  const otherTeam = (await h.admin('POST', '/api/admin/teams', { name: 'Field' })).body.id as string;
  const kiran = await signUp('kiran@test.local', 'Kiran Das', '+919611700002', [deskTeam]);
  const ravi = await signUp('ravi@test.local', 'Ravi K', '+919611700003', [otherTeam]);
  const leadPhone = '+919845066666';
  await h.admin('POST', '/api/admin/leads', { firstName: 'Zoya', phone: leadPhone, ownerId: kiran.id });
  const make = async (name: string, teamIds: string[], url: string) => {
    const c = await createConnector(h, { name, teamIds });
    expect((await h.admin('PUT', `/api/admin/connectors/${c.id}/agent-panel`, { enabled: true, url, title: `${name} panel` })).status).toBe(
      200,
    );
    return { id: c.id, base: c.callLogUrl.replace(/\/call-log$/, '') };
  };
  const desk = await make(
    'Desk line',
    [deskTeam],
    'https://desk.test/?agent=@agentName&caller=@PhoneNumberWithCountryCode&lead=@{Lead:FirstName,}',
  );
  const open = await make('Open line', [], 'https://open.test/?agent=@agentEmail');
  const field = await make('Field line', [otherTeam], 'https://field.test/?agent=@agentName');
  // A disabled panel is no one's.
  const off = await createConnector(h, { name: 'Quiet line', teamIds: [] });
  expect((await h.admin('PUT', `/api/admin/connectors/${off.id}/agent-panel`, { enabled: false, url: 'https://off.test/' })).status).toBe(
    200,
  );

  type Panels = { items: { connectorId: string; connectorName: string; url: string; title: string; onCall: boolean }[] };
  const mine = async (token: string) => {
    const res = await as<Panels>(token, 'GET', '/api/agent/panels');
    expect(res.status).toBe(200);
    // Other tests' connectors may carry panels too; these four are the ones in question.
    return res.body.items.filter((p) => [desk.id, open.id, field.id, off.id].includes(p.connectorId));
  };

  expect((await mine(kiran.token)).map((p) => [p.connectorName, p.url, p.onCall])).toEqual([
    ['Desk line', 'https://desk.test/?agent=Kiran%20Das&caller=&lead=', false],
    ['Open line', 'https://open.test/?agent=kiran%40test.local', false],
  ]);
  expect((await mine(ravi.token)).map((p) => [p.connectorName, p.url])).toEqual([
    ['Field line', 'https://field.test/?agent=Ravi%20K'],
    ['Open line', 'https://open.test/?agent=ravi%40test.local'],
  ]);
  expect((await fetch(`${h.url}/api/agent/panels`)).status).toBe(401);

  // On a call on the open line, its panel comes first with the call's values.
  const sessionId = `panels-${crypto.randomBytes(4).toString('hex')}`;
  expect(
    (await postJson(`${open.base}/popup`, { CallSessionId: sessionId, SourceNumber: leadPhone, DestinationNumber: '+919611700002' }))
      .status,
  ).toBe(200);
  const workflowId = `call:${open.id}:s:${sessionId}`;
  await waitFor(async () => (await as(kiran.token, 'GET', '/api/agent/state')).body.call?.workflowId === workflowId, 20_000, 'ringing');
  await h.admin('PUT', `/api/admin/connectors/${open.id}/agent-panel`, {
    enabled: true,
    url: 'https://open.test/?agent=@agentEmail&caller=@PhoneNumberWithCountryCode&session=@callSessionId',
    title: 'Open line panel',
  });
  expect((await mine(kiran.token)).map((p) => [p.connectorName, p.url, p.onCall])).toEqual([
    ['Open line', `https://open.test/?agent=kiran%40test.local&caller=%2B919845066666&session=${sessionId}`, true],
    ['Desk line', 'https://desk.test/?agent=Kiran%20Das&caller=&lead=', false],
  ]);

  // The per-call panel follows the same rule: once the open line is mapped to another team, Kiran's call has none.
  const single = async () => (await as(kiran.token, 'GET', `/api/agent/panel?workflowId=${encodeURIComponent(workflowId)}`)).body.panel;
  expect(await single()).toMatchObject({ title: 'Open line panel' });
  expect((await h.admin('PATCH', `/api/admin/connectors/${open.id}`, { teamIds: [otherTeam] })).status).toBe(200);
  expect(await single()).toBeNull();
  expect((await mine(kiran.token)).map((p) => p.connectorName)).toEqual(['Desk line']);
});
