/**
 * The whole inbound call through the real path: provider webhooks → Temporal workflow → activities
 * → database → SSE at the agent's console, with a real HTTP server playing the provider's
 * disposition endpoint.
 */
import crypto from 'node:crypto';
import { Types } from 'mongoose';
import { makeLogger } from '../../src/logger';
import { startApi } from '../../src/runtime';
import { startProviderServer, type ProviderServer } from '../helpers/provider-server';
import { openSse, type SseClient } from '../helpers/sse';
import { testEnv } from '../helpers/env';
import { createConnector, postJson, startHarness, waitFor, type CreatedConnector, type Harness } from '../helpers/harness';

let h: Harness;
let provider: ProviderServer;
const agents: Record<'asha' | 'ben', { id: string; token: string; phone: string }> = {} as never;
let ownerId: string;
let leadId: string;

async function login(email: string, password: string): Promise<string> {
  const res = await fetch(`${h.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return ((await res.json()) as { token: string }).token;
}

beforeAll(async () => {
  h = await startHarness('lifecycle');
  provider = await startProviderServer();
  for (const [name, phone] of [
    ['asha', '+919611795980'],
    ['ben', '+919611795981'],
  ] as const) {
    const res = await h.admin('POST', '/api/admin/users', {
      email: `${name}@test.local`,
      name,
      role: 'agent',
      password: 'agent-password',
      phones: [phone],
    });
    agents[name] = { id: res.body.id, token: await login(`${name}@test.local`, 'agent-password'), phone };
  }
  const owner = await h.admin('POST', '/api/admin/users', {
    email: 'owner@test.local',
    name: 'Owner',
    role: 'agent',
    password: 'owner-password',
  });
  ownerId = owner.body.id;
  const lead = await h.admin('POST', '/api/admin/leads', { firstName: 'Meera', phone: '+919845012345', ownerId });
  leadId = lead.body.id;
});

afterAll(async () => {
  await h?.stop();
  await provider?.close();
});

function urls(connector: CreatedConnector) {
  const base = connector.callLogUrl.replace(/\/call-log$/, '');
  return { popup: `${base}/popup`, event: `${base}/call-event`, log: connector.callLogUrl };
}

async function lifecycleConnector(settings: Record<string, unknown> = {}) {
  const connector = await createConnector(h);
  await h.models.Connector.updateOne(
    { _id: connector.id },
    { $set: Object.fromEntries(Object.entries(settings).map(([k, v]) => [`lifecycle.${k}`, v])) },
  );
  return { connector, url: urls(connector) };
}

const session = () => `sess-${crypto.randomBytes(5).toString('hex')}`;

function callLog(sessionId: string, overrides: Record<string, unknown> = {}) {
  return {
    SourceNumber: '+919845012345',
    DestinationNumber: agents.asha.phone,
    DisplayNumber: '+919020897874',
    StartTime: '2026-11-23 10:00:00',
    EndTime: '2026-11-23 10:02:00',
    CallDuration: '120',
    Status: 'Answered',
    Direction: 'Inbound',
    CallSessionId: sessionId,
    CallNotes: 'asked about pricing',
    ...overrides,
  };
}

/** The agent's disposition, as the console sends it. */
function dispose(token: string, body: Record<string, unknown>) {
  return fetch(`${h.url}/api/agent/disposition`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function callState(connectorId: string, sessionId: string) {
  return h.api.temporal.workflow.getHandle(`call:${connectorId}:s:${sessionId}`).query<any>('callState');
}

describe('a full inbound call', () => {
  let sseAsha: SseClient;
  let sseBen: SseClient;

  beforeAll(async () => {
    sseAsha = await openSse(`${h.url}/api/agent/events`, agents.asha.token);
    sseBen = await openSse(`${h.url}/api/agent/events`, agents.ben.token);
    await sseAsha.next('call-state');
    await sseBen.next('call-state');
  });

  afterAll(() => {
    sseAsha?.close();
    sseBen?.close();
  });

  test('popup → answered → hangup → log → disposition: one activity, the lead field, the task, the provider push, and a popup for the right agent only', async () => {
    const { connector, url } = await lifecycleConnector({
      'disposition.requiredBeforeNextCall': true,
      'disposition.leadField': 'Disposition',
      'disposition.values': ['Interested', 'Not interested'],
      'disposition.task.mode': 'optional',
      'disposition.push.enabled': true,
      'disposition.push.method': 'POST',
      'disposition.push.url': `${provider.url}/dispose?session=@callSessionId`,
      'disposition.push.body': '{"disposition":"@dispositionValue","customer":"@customerNumber","notes":"@notes","agent":"@agentNumber"}',
    });
    const sessionId = session();
    const popup = await postJson(url.popup, {
      CallSessionId: sessionId,
      SourceNumber: '%2b919845012345',
      DestinationNumber: agents.asha.phone,
      DisplayNumber: '+919020897874',
      ivr: 'Sales > Pricing',
    });
    expect(popup.status).toBe(200);

    const shown = await sseAsha.next('popup', (d) => d.call.sessionId === sessionId);
    expect(shown.lead).toMatchObject({ id: leadId, firstName: 'Meera' });
    expect(shown.call).toMatchObject({ customerNumber: '+919845012345', ivr: 'Sales > Pricing', dispositionRequired: true });
    expect(shown.status).toBe('ringing');

    // A reload: the agent's state still shows the call.
    const reloaded = await fetch(`${h.url}/api/agent/state`, { headers: { authorization: `Bearer ${agents.asha.token}` } });
    expect(await reloaded.json()).toMatchObject({ status: 'ringing', call: { sessionId } });

    // Lead sharing: Asha does not own the lead, but may read it during the call.
    const shared = await fetch(`${h.url}/api/agent/leads/${leadId}`, { headers: { authorization: `Bearer ${agents.asha.token}` } });
    expect(shared.status).toBe(200);
    const notShared = await fetch(`${h.url}/api/agent/leads/${leadId}`, { headers: { authorization: `Bearer ${agents.ben.token}` } });
    expect(notShared.status).toBe(403);

    expect((await postJson(url.event, { CallSessionId: sessionId, Event: 'Answered', Time: '2026-11-23 10:00:05' })).status).toBe(200);
    await sseAsha.next('call-state', (d) => d.status === 'on-call');
    expect(
      (await postJson(url.event, { CallSessionId: sessionId, Event: 'Hangup', Time: '2026-11-23 10:02:00', Status: 'Answered' })).status,
    ).toBe(200);
    await sseAsha.next('call-state', (d) => d.status === 'wrap-up');
    const logged = await postJson(url.log, callLog(sessionId));
    expect(logged.status).toBe(200);

    const workflowId = `call:${connector.id}:s:${sessionId}`;
    const refused = await dispose(agents.asha.token, { workflowId, value: 'Maybe later' });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('"Maybe later" is not one of'),
    });
    const notYours = await dispose(agents.ben.token, { workflowId, value: 'Interested' });
    expect(notYours.status).toBe(403);
    const disposed = await dispose(agents.asha.token, {
      workflowId,
      value: 'Interested',
      notes: 'wants a "demo" & a quote',
      task: { title: 'Send the quote' },
    });
    expect(disposed.status).toBe(200);
    await sseAsha
      .next('call-state', (d) => d.status === 'free')
      .catch(async (err: Error) => {
        throw new Error(
          `${err.message}; failed steps: ${JSON.stringify((await h.admin('GET', `/api/ops/failed-steps?connectorId=${connector.id}`)).body.items)}`,
        );
      });

    const lead = await h.models.Lead.findById(leadId).lean();
    expect((lead?.fields as Record<string, string>).Disposition).toBe('Interested');
    const tasks = await h.models.Task.find({ workflowId }).lean();
    expect(tasks).toEqual([expect.objectContaining({ type: 'disposition', title: 'Send the quote' })]);
    expect(String(tasks[0]?.ownerId)).toBe(agents.asha.id);
    expect(await h.models.CallActivity.countDocuments({ connectorId: connector.id })).toBe(1);
    const pushed = await waitFor(async () => provider.requests.find((r) => r.url.includes(sessionId)), 10_000, 'disposition push');
    expect(pushed.method).toBe('POST');
    expect(JSON.parse(pushed.body)).toEqual({
      disposition: 'Interested',
      customer: '+919845012345',
      notes: 'wants a "demo" & a quote',
      agent: agents.asha.phone,
    });

    // After the call, lead sharing ends.
    const after = await fetch(`${h.url}/api/agent/leads/${leadId}`, { headers: { authorization: `Bearer ${agents.asha.token}` } });
    expect(after.status).toBe(403);
    // Ben never saw a popup for this call.
    expect(sseBen.events.filter((e) => e.type === 'popup' && e.data.call.sessionId === sessionId)).toEqual([]);

    const timeline = await h.admin('GET', `/api/ops/calls/${encodeURIComponent(workflowId)}`);
    expect(timeline.status).toBe(200);
    const whats = (timeline.body.state.timeline as { what: string }[]).map((t) => t.what);
    expect(whats).toEqual(
      expect.arrayContaining([
        'popup requested',
        'call answered',
        'call hangup',
        'call log received',
        'disposition submitted',
        'showPopup',
        'pushDisposition',
      ]),
    );
  });

  test('events out of order and twice give the same result', async () => {
    const { connector, url } = await lifecycleConnector({ 'missedCall.createTask': true });
    const sessionId = session();
    const log = callLog(sessionId);
    const hangup = { CallSessionId: sessionId, Event: 'Hangup', Time: '2026-11-23 10:02:00', Status: 'Answered' };
    const popup = {
      CallSessionId: sessionId,
      SourceNumber: '+919845012345',
      DestinationNumber: agents.asha.phone,
      DisplayNumber: '+919020897874',
    };
    for (const [u, body] of [
      [url.log, log],
      [url.event, hangup],
      [url.log, log],
      [url.popup, popup],
      [url.event, hangup],
      [url.event, { CallSessionId: sessionId, Event: 'Answered', Time: '2026-11-23 10:00:05' }],
    ] as const) {
      expect((await postJson(u, body)).status).toBe(200);
    }
    const state = await waitFor(
      async () => {
        const s = await callState(connector.id, sessionId);
        return s.timeline.filter((t: { kind: string }) => t.kind === 'event').length === 6 && s.popup ? s : null;
      },
      20_000,
      'all events handled',
    );
    expect(state.outcome).toBe('answered');
    // The second call log and the second hangup were the same deliveries again.
    expect(state.timeline.filter((t: { what: string }) => /duplicate/.test(t.what))).toHaveLength(2);
    expect(await h.models.CallActivity.countDocuments({ connectorId: connector.id })).toBe(1);
    expect(await h.models.Task.countDocuments({ workflowId: `call:${connector.id}:s:${sessionId}` })).toBe(0);
  });
});

test('an unanswered call becomes a missed call with a call-back task for the lead owner', async () => {
  const { connector, url } = await lifecycleConnector({ 'missedCall.createTask': true, 'missedCall.dueInMinutes': 30 });
  const sessionId = session();
  await postJson(url.popup, {
    CallSessionId: sessionId,
    SourceNumber: '+919845012345',
    DestinationNumber: agents.ben.phone,
    DisplayNumber: '+919020897874',
  });
  await postJson(url.event, { CallSessionId: sessionId, Event: 'Hangup', Time: '2026-11-23 11:00:30', Status: 'Missed' });
  const workflowId = `call:${connector.id}:s:${sessionId}`;
  const task = await waitFor(() => h.models.Task.findById(`${workflowId}:missed`).lean(), 20_000, 'missed-call task');
  expect(task).toMatchObject({ type: 'call-back', action: { kind: 'call', phone: '+919845012345' } });
  expect(String(task.ownerId)).toBe(ownerId);
  expect(task.dueAt.getTime() - Date.now()).toBeGreaterThan(25 * 60_000);
  const activity = await waitFor(() => h.models.CallActivity.findOne({ connectorId: connector.id }).lean(), 10_000, 'missed activity');
  expect(activity).toMatchObject({ status: 'Missed', origin: 'lifecycle', durationSeconds: 0 });

  // The provider's own log of the call arrives later: it completes the same activity.
  await postJson(url.log, callLog(sessionId, { Status: 'Missed', CallDuration: '0', CallNotes: 'rang out' }));
  const merged = await waitFor(
    async () => {
      const a = await h.models.CallActivity.findOne({ connectorId: connector.id }).lean();
      return a?.origin === 'provider' ? a : null;
    },
    20_000,
    'provider log merged',
  );
  expect(merged.notes).toBe('rang out');
  expect(await h.models.CallActivity.countDocuments({ connectorId: connector.id })).toBe(1);
  expect(await h.models.Task.countDocuments({ workflowId })).toBe(1);
});

test('a worker stopped mid-call and restarted finishes the call with nothing lost or doubled', async () => {
  const { connector, url } = await lifecycleConnector({ 'missedCall.createTask': true });
  const sessionId = session();
  await postJson(url.popup, { CallSessionId: sessionId, SourceNumber: '+919845012345', DestinationNumber: agents.ben.phone });
  await waitFor(async () => (await callState(connector.id, sessionId)).popup, 20_000, 'popup handled');
  await h.stopWorker();
  for (const body of [
    { CallSessionId: sessionId, Event: 'Answered', Time: '2026-11-23 12:00:05' },
    { CallSessionId: sessionId, Event: 'Hangup', Time: '2026-11-23 12:03:00', Status: 'Answered' },
  ])
    expect((await postJson(url.event, body)).status).toBe(200);
  expect((await postJson(url.log, callLog(sessionId, { DestinationNumber: agents.ben.phone }))).status).toBe(200);
  await h.startWorker();
  // The hangup already makes the call final (its activity is written then); the log's values follow.
  const activity = await waitFor(
    async () => {
      const a = await h.models.CallActivity.findOne({ connectorId: connector.id }).lean();
      return a?.durationSeconds === 120 ? a : null;
    },
    30_000,
    'activity after restart',
  );
  expect(activity).toMatchObject({ status: 'Answered', durationSeconds: 120, origin: 'provider', complete: true });
  const state = await waitFor(
    async () => {
      const s = await callState(connector.id, sessionId);
      return s.outcome ? s : null;
    },
    20_000,
    'call finished',
  );
  expect(state).toMatchObject({ outcome: 'answered', callLogsReceived: 1, agentUserId: agents.ben.id });
  expect(await h.models.CallActivity.countDocuments({ connectorId: connector.id })).toBe(1);
});

test('a CRM write failing until retries run out becomes a failed step, and an ops retry completes the call', async () => {
  const { connector, url } = await lifecycleConnector({ 'disposition.leadField': 'Disposition' });
  const broken = await h.admin('POST', '/api/admin/leads', { firstName: 'Broken', phone: '+919845099999' });
  // Corrupt CRM data: the lead's custom fields are not an object, so the field update fails.
  await h.models.Lead.collection.updateOne({ _id: new Types.ObjectId(String(broken.body.id)) }, { $set: { fields: 'not-an-object' } });
  const sessionId = session();
  await postJson(url.popup, { CallSessionId: sessionId, SourceNumber: '+919845099999', DestinationNumber: agents.ben.phone });
  await postJson(url.event, { CallSessionId: sessionId, Event: 'Hangup', Time: '2026-11-23 13:00:00', Status: 'Answered' });
  const workflowId = `call:${connector.id}:s:${sessionId}`;
  await waitFor(async () => (await callState(connector.id, sessionId)).outcome, 20_000, 'call ended');
  const res = await dispose(agents.ben.token, { workflowId, value: 'Call back' });
  expect(res.status).toBe(200);

  const failed = await waitFor(
    async () => {
      const list = await h.admin('GET', `/api/ops/failed-steps?connectorId=${connector.id}`);
      return list.body.items[0];
    },
    40_000,
    'failed step listed',
  );
  expect(failed).toMatchObject({ step: 'updateLeadField', status: 'failed', attempts: 5, workflowId });
  expect(failed.error).toBeTruthy();

  await h.models.Lead.collection.updateOne({ _id: new Types.ObjectId(String(broken.body.id)) }, { $set: { fields: {} } });
  const retried = await h.admin('POST', `/api/ops/failed-steps/${failed.id}/decision`, { action: 'retry' });
  expect(retried.status).toBe(200);
  expect(retried.body.status).toBe('retrying');
  const again = await h.admin('POST', `/api/ops/failed-steps/${failed.id}/decision`, { action: 'skip' });
  expect(again.status).toBe(409);

  const lead = await waitFor(
    async () => {
      const l = await h.models.Lead.findById(broken.body.id).lean();
      return (l?.fields as Record<string, string> | undefined)?.Disposition ? l : null;
    },
    20_000,
    'lead field after retry',
  );
  expect((lead.fields as Record<string, string>).Disposition).toBe('Call back');
  const step = await waitFor(
    async () => {
      const s = await h.models.FailedStep.findById(failed.id).lean();
      return s?.status === 'resolved' ? s : null;
    },
    10_000,
    'step resolved',
  );
  expect(step.decidedBy).toBe('admin@test.local');
  const state = await callState(connector.id, sessionId);
  expect(state.disposition.status).toBe('done');
}, 90_000);

test('single sign-on gives a provider app a short-lived agent session that reads lead details by phone', async () => {
  const { connector } = await lifecycleConnector();
  // Single sign-on is off by default and signs in only agents in the connector's teams (or mapped to it).
  const team = await h.admin('POST', '/api/admin/teams', { name: 'Single sign-on' });
  expect((await h.admin('PATCH', `/api/admin/users/${agents.asha.id}`, { teamIds: [team.body.id] })).status).toBe(200);
  expect(
    (await h.admin('PATCH', `/api/admin/connectors/${connector.id}`, { teamIds: [team.body.id], sso: { enabled: true } })).status,
  ).toBe(200);
  const base = connector.callLogUrl.replace(/\/call-log$/, '');
  const sso = await postJson(`${base}/sso`, { AgentPhone: agents.asha.phone });
  expect(sso.status).toBe(200);
  expect(sso.body.Token).toEqual(expect.any(String));
  const me = await fetch(`${h.url}/api/auth/me`, { headers: { authorization: `Bearer ${sso.body.Token}` } });
  expect(await me.json()).toMatchObject({ id: agents.asha.id });
  // Not her lead and no call with it: refused.
  const details = await fetch(`${h.url}/api/agent/lead-details?phone=09845012345`, {
    headers: { authorization: `Bearer ${sso.body.Token}` },
  });
  expect(details.status).toBe(403);
  const logs = await h.models.RequestLog.find({ kind: 'sso' }).lean();
  expect(JSON.stringify(logs)).not.toContain(sso.body.Token);
  expect((await postJson(`${base}/sso`, { AgentEmail: 'nobody@test.local' })).status).toBe(404);
});

test('a popup reaches the agent through whichever API process holds the connection', async () => {
  // A second API process on the same database: the agent is connected there, the provider posts here.
  const second = await startApi({
    config: h.config,
    models: h.models,
    temporalAddress: testEnv('temporal'),
    logger: makeLogger('silent'),
    secretKey: Buffer.from(h.config.secretKey ?? '', 'base64'),
  });
  try {
    const sse = await openSse(`${second.url}/api/agent/events`, agents.ben.token);
    await sse.next('call-state');
    const { url } = await lifecycleConnector();
    const sessionId = session();
    const started = Date.now();
    expect(
      (await postJson(url.popup, { CallSessionId: sessionId, SourceNumber: '+919845012345', DestinationNumber: agents.ben.phone })).status,
    ).toBe(200);
    const shown = await sse.next('popup', (d) => d.call.sessionId === sessionId);
    expect(shown.lead.id).toBe(leadId);
    expect(Date.now() - started).toBeLessThan(10_000);
    sse.close();
  } finally {
    await second.stop();
  }
});

test('the agent console page is served and an agent can create a lead from the new-lead form', async () => {
  // The designer build's console entry (npm test builds the designer first), never cached stale.
  const page = await fetch(`${h.url}/console`, { headers: { accept: 'text/html' } });
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toMatch(/text\/html/);
  expect(page.headers.get('cache-control')).toBe('no-cache');
  expect(await page.text()).toContain('<title>Agent console · Patchcord</title>');
  const res = await fetch(`${h.url}/api/agent/leads`, {
    method: 'POST',
    headers: { authorization: `Bearer ${agents.asha.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ firstName: 'Walk', lastName: 'In', phone: '098450 77777' }),
  });
  expect(res.status).toBe(201);
  const lead = (await res.json()) as { id: string; phone: string; ownerId: string };
  expect(lead).toMatchObject({ phone: '+919845077777', ownerId: agents.asha.id });
  const own = await fetch(`${h.url}/api/agent/leads/${lead.id}`, { headers: { authorization: `Bearer ${agents.asha.token}` } });
  expect(own.status).toBe(200);
});

test("in opportunity mode a call is logged against the lead's most recent open opportunity", async () => {
  const { connector, url } = await lifecycleConnector({ 'routing.mode': 'opportunity' });
  const lead = new Types.ObjectId(leadId);
  await h.models.Opportunity.create({ leadId: lead, name: 'Old deal', stage: 'won', status: 'closed' });
  const open = await h.models.Opportunity.create({
    leadId: lead,
    name: 'Renewal',
    stage: 'proposal',
    status: 'open',
    ownerId: new Types.ObjectId(ownerId),
  });
  const sessionId = session();
  const res = await postJson(url.log, callLog(sessionId));
  const activity = await waitFor(() => h.models.CallActivity.findById(res.body.ActivityId).lean(), 20_000, 'activity');
  expect(String(activity.opportunityId)).toBe(String(open._id));
  const read = await h.admin('GET', `/api/admin/activities/${encodeURIComponent(String(res.body.ActivityId))}`);
  expect(read.body.opportunityId).toBe(String(open._id));
  expect(connector.id).toBeTruthy();
});

test('a disposition push to an address that is not allowed is refused at once and shows up as a failed step', async () => {
  const { connector, url } = await lifecycleConnector({
    'disposition.push.enabled': true,
    'disposition.push.method': 'GET',
    // IPv6 loopback is not on the tests' allow-list (127.0.0.1 is): the sender refuses it before connecting.
    'disposition.push.url': 'http://[::1]:9/dispose?session=@callSessionId&value=@dispositionValue',
  });
  const sessionId = session();
  await postJson(url.popup, { CallSessionId: sessionId, SourceNumber: '+919845012345', DestinationNumber: agents.ben.phone });
  await postJson(url.event, { CallSessionId: sessionId, Event: 'Hangup', Time: '2026-11-23 14:00:00', Status: 'Answered' });
  const workflowId = `call:${connector.id}:s:${sessionId}`;
  await waitFor(async () => (await callState(connector.id, sessionId)).outcome, 20_000, 'call ended');
  const res = await dispose(agents.ben.token, { workflowId, value: 'Done' });
  expect(res.status).toBe(200);
  const failed = await waitFor(
    async () => (await h.admin('GET', `/api/ops/failed-steps?connectorId=${connector.id}`)).body.items[0],
    20_000,
    'failed push',
  );
  expect(failed).toMatchObject({ step: 'pushDisposition', attempts: 1, errorType: 'ADDRESS_REFUSED' });
  const skipped = await h.admin('POST', `/api/ops/failed-steps/${failed.id}/decision`, { action: 'skip' });
  expect(skipped.body.status).toBe('skipped');
  await waitFor(
    async () => (await callState(connector.id, sessionId)).disposition?.status === 'done',
    20_000,
    'disposition done after skip',
  );
});
