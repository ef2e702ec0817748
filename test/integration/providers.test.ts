/**
 * Each preset end to end against the provider simulator (a real HTTP server on loopback): Patchcord
 * renders the preset's requests, authenticates as the provider wants, judges the answers, and the
 * simulator's own callbacks come back through the webhooks into Temporal and the database.
 */
import { buildMergeValues } from '../../src/services/merge-values';
import { startSimulator, type Simulator } from '../../src/simulator/server';
import { startHarness, waitFor, type Harness } from '../helpers/harness';
import { startProviderServer } from '../helpers/provider-server';

let h: Harness;
let sim: Simulator;
let teamId: string;
let agentId: string;
let agentToken: string;
let leadId: string;
const AGENT_PHONE = '+919900000001';
const LEAD_PHONE = '+919845012345';

async function as(token: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${h.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** A connector of a preset in the agent's team, pointed at the simulator. */
async function connectorFor(presetId: string, did: string, credentials: Record<string, string>, extra: Record<string, unknown> = {}) {
  const created = await h.admin('POST', '/api/admin/connectors', {
    name: `${presetId} ${did}`,
    presetId,
    teamIds: [teamId],
    virtualNumbers: [{ number: did, tag: 'Sales' }],
    ...extra,
  });
  expect(created.status).toBe(201);
  const put = await h.admin('PUT', `/api/admin/connectors/${created.body.id}/provider`, { credentials });
  expect(put.status).toBe(200);
  return { id: created.body.id as string, callLogUrl: created.body.webhookUrls.callLog as string };
}

const dial = (virtualNumber: string, path = '/api/agent/click-to-call', body: Record<string, unknown> = { leadId }) =>
  as(agentToken, 'POST', path, { ...body, virtualNumber });

beforeAll(async () => {
  h = await startHarness('providers', { env: { OUTBOUND_TIMEOUT_MS: '600' } });
  sim = await startSimulator({ speed: 0, seed: 7 });
  sim.state.dids.push('+918040000009');
  teamId = (await h.admin('POST', '/api/admin/teams', { name: 'Calling' })).body.id;
  const agent = await h.admin('POST', '/api/admin/users', {
    email: 'asha@test.local',
    name: 'Asha Rao',
    role: 'agent',
    password: 'agent-password',
    phones: [AGENT_PHONE],
    teamIds: [teamId],
    agentIds: [{ agentId: 'agent1', connectorId: null }],
  });
  expect(agent.status).toBe(201);
  agentId = agent.body.id;
  agentToken = (
    (await (
      await fetch(`${h.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'asha@test.local', password: 'agent-password' }),
      })
    ).json()) as { token: string }
  ).token;
  leadId = (await h.admin('POST', '/api/admin/leads', { firstName: 'Meera', phone: LEAD_PHONE, ownerId: agentId })).body.id;
});

afterAll(async () => {
  await h?.stop();
  await sim?.stop();
});

describe('Ozonetel', () => {
  let c: { id: string; callLogUrl: string };
  const creds = () => ({ baseUrl: `${sim.url}/ozonetel`, username: 'sim_user', apiKey: 'sim-ozonetel-key' });

  beforeAll(async () => {
    c = await connectorFor('ozonetel', '+918040000001', creds());
    sim.state.accounts.ozonetel.callLogUrl = c.callLogUrl;
  });

  test('click-to-call: AgentManualDial with +91-XXXX, the ucid joins the callback into one call, secrets redacted in the log', async () => {
    const res = await dial('+918040000001');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'placed', connectorId: c.id, virtualNumber: '+918040000001' });
    const ucid = res.body.providerCallId as string;
    expect(ucid).toBeTruthy();
    const sent = sim.journal.find((j) => j.op === 'AgentManualDial' && j.status === 200);
    expect(sent?.params).toMatchObject({
      agentID: 'agent1',
      customerNumber: '+91-9845012345',
      username: 'sim_user',
      api_key: 'sim-ozonetel-key',
    });
    // The simulator places the call and posts Ozonetel's callback: it lands on the same session.
    const activity = await waitFor(async () => h.models.CallActivity.findOne({ connectorId: c.id, sessionId: ucid }).lean());
    expect(activity).toMatchObject({ direction: 'Outbound', destinationNumber: LEAD_PHONE });
    expect(String(activity.leadId)).toBe(leadId);
    expect(String(activity.agentId)).toBe(agentId);
    expect(res.body.callWorkflowId).toBe(`call:${c.id}:s:${ucid}`);

    const logs = await waitFor(async () => {
      const r = await h.admin('GET', `/api/admin/request-logs?connectorId=${c.id}&direction=outbound&kind=outbound:clickToCall`);
      return r.body.items.length ? r.body.items : null;
    });
    expect(logs[0]).toMatchObject({ direction: 'outbound', outcome: 'accepted', status: 200 });
    expect(JSON.stringify(logs)).not.toContain('sim-ozonetel-key');
  });

  test("a DND number: the provider's own words reach the agent as a 422", async () => {
    const res = await dial('+918040000001', '/api/agent/click-to-call', { phone: '+919999999999' });
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('Customer number is in DND');
  });

  test('a provider that does not answer in time is asked whether it placed the call, not dialled again; then ops decide', async () => {
    const dials = () => sim.journal.filter((j) => j.op === 'AgentManualDial').length;
    const before = dials();
    sim.fault('ozonetel', 'AgentManualDial', { delayMs: 1500 });
    const res = await dial('+918040000001');
    expect(res.status).toBe(502);
    expect(res.body).toMatchObject({ code: 'PROVIDER_OUTCOME_UNKNOWN', message: expect.stringMatching(/may have placed this call/) });
    // The simulator journals a delayed answer when it finally sends it, after Patchcord gave up.
    await waitFor(async () => sim.journal.some((j) => j.op === 'AgentManualDial' && j.fault), 5000, 'the late answer');
    expect(dials()).toBe(before + 1);
    // Asked instead: the pull API had no call on the agent's phone (at speed 0 a simulated call is over at once).
    expect(sim.journal.filter((j) => j.op === 'PullAPI' && j.response.includes('no call at this moment')).length).toBeGreaterThan(0);
    // The agent hears first; the failed step is recorded for ops right after.
    const step = await waitFor(async () => {
      const steps = await h.admin('GET', `/api/ops/failed-steps?connectorId=${c.id}`);
      return steps.body.items.find((s: any) => s.step === 'placeCall');
    });
    expect(step).toMatchObject({ status: 'failed', attempts: 1, errorType: 'PROVIDER_OUTCOME_UNKNOWN' });
    expect(step.error).toMatch(/may have placed this call/);
    // Ops skip it: the click-to-call workflow ends, nothing is left hanging.
    const skip = await h.admin('POST', `/api/ops/failed-steps/${step.id}/decision`, { action: 'skip' });
    expect(skip.status).toBe(200);
  });

  test('Test API: the rendered request (key redacted), the raw answer and the verdict', async () => {
    const res = await h.admin('POST', `/api/admin/connectors/${c.id}/provider/test`, {
      operation: 'clickToCall',
      values: { CustomerNumber: '+91-9845012345', VirtualNumber: '+918040000001', 'User.TelephonyAgentId': 'agent1' },
    });
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(true);
    expect(res.body.request.url).toContain('api_key=[redacted]');
    expect(res.body.request.url).not.toContain('sim-ozonetel-key');
    expect(res.body.response.body).toContain('queued successfully');
    expect(res.body.verdict).toMatchObject({ outcome: 'success', data: { callId: expect.any(String) } });
    const missing = await h.admin('POST', `/api/admin/connectors/${c.id}/provider/test`, { operation: 'clickToCall', values: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toMatch(/Missing merge field\(s\): .*CustomerNumber/);
    expect(missing.body.details).toEqual(
      expect.arrayContaining([
        { field: 'values.CustomerNumber', code: 'missing', message: 'no value for CustomerNumber' },
        expect.objectContaining({ field: 'values.User.TelephonyAgentId' }),
      ]),
    );
  });

  test('PhoneManualDial (a preset variant) through the Test API', async () => {
    const view = await h.admin('GET', `/api/admin/connectors/${c.id}/provider`);
    const variant = view.body.variants.find((v: any) => v.id === 'phoneManualDial');
    const res = await h.admin('POST', `/api/admin/connectors/${c.id}/provider/test`, {
      operation: 'clickToCall',
      config: variant.config,
      values: { CustomerNumber: '9845012345', VirtualNumber: '+918040000001', 'User.TelephonyAgentId': 'agent2' },
    });
    expect(res.body).toMatchObject({ ok: true, verdict: { outcome: 'success' } });
    expect(sim.journal.some((j) => j.op === 'PhoneManualDial' && j.params.phoneName === 'agent2' && j.status === 200)).toBe(true);
  });

  test('mobile incoming popup: the pull API names the caller, Patchcord returns the lead', async () => {
    const idle = await as(agentToken, 'GET', '/api/mobile/incoming-popup');
    expect(idle.body).toMatchObject({ ringing: false, message: 'There is no call at this moment with this Agent PhoneNumber' });
    sim.ring('ozonetel', { agentPhone: AGENT_PHONE, customerNumber: LEAD_PHONE });
    const res = await as(agentToken, 'GET', '/api/mobile/incoming-popup');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ringing: true, customerNumber: LEAD_PHONE, connectorId: c.id });
    expect(res.body.lead.id).toBe(leadId);
    const pulled = sim.journal.filter((j) => j.op === 'PullAPI').at(-1);
    expect(pulled?.params.agentPhoneNumber).toBe('9900000001');
  });

  test("mobile incoming popup: only the agent's own numbers, and every other number gets the same answer", async () => {
    // Someone else's phone is ringing with a lead on the line: asking about it tells nothing.
    sim.ring('ozonetel', { agentPhone: '+919900000077', customerNumber: LEAD_PHONE });
    const pulls = sim.journal.filter((j) => j.op === 'PullAPI').length;
    const others = await Promise.all(
      ['+919900000077', LEAD_PHONE, '+919811111111'].map((n) =>
        as(agentToken, 'GET', `/api/mobile/incoming-popup?agentPhone=${encodeURIComponent(n)}`),
      ),
    );
    for (const res of others) {
      expect(res.status).toBe(403);
      expect(res.body).toEqual(others[0]?.body);
      expect(res.body).toMatchObject({ code: 'FORBIDDEN', message: 'agentPhone must be one of your own phone numbers.' });
    }
    expect(sim.journal.filter((j) => j.op === 'PullAPI').length).toBe(pulls);
    // The agent's own number, written nationally, is asked about.
    const own = await as(agentToken, 'GET', '/api/mobile/incoming-popup?agentPhone=09900000001');
    expect(own.status).toBe(200);
    expect(sim.journal.filter((j) => j.op === 'PullAPI').at(-1)?.params.agentPhoneNumber).toBe('9900000001');
  });

  test('DID sync: on demand (tags and manual numbers kept), then on a schedule', async () => {
    const now = await h.admin('POST', `/api/admin/connectors/${c.id}/did-sync`);
    expect(now.status).toBe(200);
    expect(now.body.added.sort()).toEqual(['+918040000002', '+918040000003', '+918040000009']);
    expect(now.body.virtualNumbers).toEqual(
      expect.arrayContaining([
        { number: '+918040000001', tag: 'Sales', source: 'manual' },
        { number: '+918040000002', tag: '', source: 'sync' },
      ]),
    );

    // The provider drops a number; a schedule anchored two seconds from now picks that up.
    sim.state.dids = sim.state.dids.filter((d) => d !== '+918040000003');
    const put = await h.admin('PUT', `/api/admin/connectors/${c.id}/provider`, {
      didSync: { enabled: true, intervalMinutes: 1, firstRunAt: new Date(Date.now() + 2000).toISOString() },
    });
    expect(put.status).toBe(200);
    expect(put.body.didSync).toMatchObject({ enabled: true, intervalMinutes: 1 });
    expect(new Date(put.body.didSync.schedule.nextRuns[0]).getTime()).toBeGreaterThan(Date.now() - 1000);
    const synced = await waitFor(
      async () => {
        const doc = await h.models.Connector.findById(c.id).lean();
        return doc && !doc.virtualNumbers.some((v) => v.number === '+918040000003') ? doc.virtualNumbers : null;
      },
      30_000,
      'scheduled DID sync',
    );
    expect(synced.map((v) => v.number).sort()).toEqual(['+918040000001', '+918040000002', '+918040000009']);
    const schedule = await h.api.temporal.schedule.getHandle(`did-sync:${h.config.temporal.taskQueue}:${c.id}`).describe();
    expect(schedule.info.recentActions.length).toBeGreaterThan(0);
    await h.admin('PUT', `/api/admin/connectors/${c.id}/provider`, { didSync: { enabled: false } });
    await expect(h.api.temporal.schedule.getHandle(`did-sync:${h.config.temporal.taskQueue}:${c.id}`).describe()).rejects.toThrow();
    // The other presets' tests dial from these numbers through their own connectors.
    await h.admin('PATCH', `/api/admin/connectors/${c.id}`, { virtualNumbers: [{ number: '+918040000001', tag: 'Sales' }] });
  });
});

describe('DID-sync schedules at boot', () => {
  test('declaring them again changes nothing; schedules of deleted connectors go', async () => {
    const schedules = h.api.didSchedules;
    const c = await connectorFor('mobile-cloud-calling', '+918040000007', {
      baseUrl: `${sim.url}/mobile-cloud-calling`,
      username: 'sim_user',
      apiKey: 'sim-mcc-key',
    });
    const firstRunAt = new Date(Date.now() + 3_600_000).toISOString();
    expect(
      (await h.admin('PUT', `/api/admin/connectors/${c.id}/provider`, { didSync: { enabled: true, intervalMinutes: 240, firstRunAt } }))
        .status,
    ).toBe(200);
    const id = `did-sync:${h.config.temporal.taskQueue}:${c.id}`;
    const before = await h.api.temporal.schedule.getHandle(id).describe();
    const stale = `did-sync:${h.config.temporal.taskQueue}:${'0'.repeat(24)}`;
    await h.api.temporal.schedule.create({
      scheduleId: stale,
      spec: { intervals: [{ every: '4h' }] },
      action: {
        type: 'startWorkflow',
        workflowType: 'didSync',
        args: [{ connectorId: '0'.repeat(24) }],
        taskQueue: h.config.temporal.taskQueue,
      },
    });

    expect(await schedules.ensureAll()).toBeGreaterThanOrEqual(1);
    expect(await schedules.ensureAll()).toBeGreaterThanOrEqual(1);
    const after = await h.api.temporal.schedule.getHandle(id).describe();
    expect(after.spec).toEqual(before.spec);
    await expect(h.api.temporal.schedule.getHandle(stale).describe()).rejects.toThrow();

    expect((await h.admin('DELETE', `/api/admin/connectors/${c.id}`)).status).toBe(204);
    await expect(h.api.temporal.schedule.getHandle(id).describe()).rejects.toThrow();
  });
});

describe('Mobile Cloud Calling', () => {
  let c: { id: string };
  beforeAll(async () => {
    c = await connectorFor('mobile-cloud-calling', '+918040000002', {
      baseUrl: `${sim.url}/mobile-cloud-calling`,
      username: 'sim_user',
      apiKey: 'sim-mcc-key',
    });
  });

  test("the mobile app places a cloud call; a wrong key is the provider's refusal", async () => {
    const res = await dial('+918040000002', '/api/mobile/click-to-call');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'placed', connectorId: c.id });
    expect(sim.journal.filter((j) => j.op === 'click2call').at(-1)?.params.customerNumber).toBe('+91-9845012345');
    await h.admin('PUT', `/api/admin/connectors/${c.id}/provider`, { credentials: { apiKey: 'wrong' } });
    const refused = await dial('+918040000002', '/api/mobile/click-to-call');
    expect(refused.status).toBe(422);
    expect(refused.body.message).toMatch(/Invalid/);
  });
});

describe('8x8 VCC', () => {
  let c: { id: string };
  beforeAll(async () => {
    c = await connectorFor(
      '8x8-vcc',
      '+918040000003',
      { baseUrl: `${sim.url}/8x8-vcc`, sessionCookie: 'AGUISESSION=sim-8x8-session', prefix: '' },
      { defaultCountry: 'IN' },
    );
  });

  test("click-to-dial with user data; 8x8's callback, tokens filled, becomes the call's log", async () => {
    const res = await dial('+918040000003');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('placed');
    const session = res.body.callSessionId as string;
    const sent = sim.journal.filter((j) => j.op === 'make_call').at(-1);
    expect(sent?.params.callerId).toBe('918040000003');
    expect(sent?.params.ctl_userdata).toContain(`[patchcordSession|${session}]`);
    expect(sent?.headers.cookie).toBe('AGUISESSION=sim-8x8-session');
    const activity = await waitFor(async () => h.models.CallActivity.findOne({ connectorId: c.id, sessionId: session }).lean());
    expect(activity).toMatchObject({ direction: 'Outbound', status: 'Answered', destinationNumber: LEAD_PHONE });
    expect(String(activity.agentId)).toBe(agentId);
    expect(activity.custom).toMatchObject({ resultCode: 'SUCCESS' });
  });

  test("values with quotes, ampersands, brackets or newlines cannot change the request's structure", async () => {
    const hostile = 'x]&phone=1["q"]|[ctl_callbackUrl|http://10.0.0.1/]\nSet-Cookie: a=b';
    const res = await h.admin('POST', `/api/admin/connectors/${c.id}/provider/test`, {
      operation: 'clickToCall',
      values: {
        customerNumber: '9845012345',
        virtualNumber: '+918040000003',
        callSessionId: hostile,
        PhoneNumberWithCountryCode: LEAD_PHONE,
        agentId: hostile,
        leadId: hostile,
        date: hostile,
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(true);
    const sent = sim.journal.filter((j) => j.op === 'make_call').at(-1)!;
    expect(sent.status).toBe(200);
    expect(sent.params.phone).toBe('9845012345');
    const pairs = [...sent.params.ctl_userdata!.matchAll(/\[([^|\]]*)\|([^\]]*)\]/g)].map((m) => m[1]);
    expect(pairs).toEqual([
      'patchcordSession',
      'placedAt',
      'customerNumber',
      'agentId',
      'virtualNumber',
      'status',
      'start',
      'end',
      'duration',
      'transactionId',
      'notes',
      'ctl_callbackUrl',
    ]);
    expect(sent.params.ctl_userdata).toContain('[ctl_callbackUrl|http://127.0.0.1');
  });
});

describe('uContact', () => {
  let c: { id: string };
  beforeAll(async () => {
    c = await connectorFor('ucontact', '+918040000009', {
      baseUrl: `${sim.url}/ucontact`,
      user: 'sim_admin',
      password: 'sim-ucontact-pass',
    });
  });

  test('token session: one login reused, renewed once when the token expires mid-run', async () => {
    const logins = () => sim.journal.filter((j) => j.op === 'getUserToken').length;
    const first = await dial('+918040000009');
    expect(first.status).toBe(200);
    expect(first.body.providerCallId).toMatch(/^[0-9a-f-]{8,}/i);
    const second = await dial('+918040000009');
    expect(second.status).toBe(200);
    expect(logins()).toBe(1);
    sim.expireTokens();
    const third = await dial('+918040000009');
    expect(third.status).toBe(200);
    expect(logins()).toBe(2);
    const calls = sim.journal.filter((j) => j.op === 'AgentCall');
    expect(calls.map((j) => j.status)).toEqual([200, 200, 401, 200]);
    const logs = await waitFor(async () => {
      const r = await h.admin('GET', `/api/admin/request-logs?connectorId=${c.id}&direction=outbound`);
      return r.body.items.some((i: any) => i.kind === 'outbound:login') ? r.body.items : null;
    });
    expect(JSON.stringify(logs)).not.toContain('sim-ucontact-pass');
    // The login answer carried the session token: logged redacted.
    const loginLog = logs.find((i: any) => i.kind === 'outbound:login');
    expect(loginLog.response).toContain('"token":"[redacted]"');
    for (const token of sim.state.tokens.keys()) expect(JSON.stringify(logs)).not.toContain(token);
  });

  test("the agent's disposition becomes uContact's dialer action, in the token session", async () => {
    await h.models.Connector.updateOne(
      { _id: c.id },
      {
        $set: {
          'lifecycle.disposition.values': ['RESPOOL', 'RESPOOLALTERNATIVE', 'BLACKLIST', 'SCHEDULE'],
          'lifecycle.disposition.task': { mode: 'optional', dueInMinutes: 120 },
        },
      },
    );
    const callLogUrl = (await h.admin('POST', `/api/admin/connectors/${c.id}/webhook-secret`)).body.webhookUrls.callLog as string;
    sim.state.accounts.ucontact.callLogUrl = callLogUrl;
    const placed = await dial('+918040000009');
    expect(placed.status).toBe(200);
    const guid = placed.body.providerCallId as string;
    // uContact posts the call's record; the call (started by the click-to-call) ends and waits for the disposition.
    await waitFor(async () => h.models.CallActivity.findOne({ connectorId: c.id, sessionId: guid }).lean());
    const disposed = await as(agentToken, 'POST', '/api/agent/disposition', {
      workflowId: placed.body.callWorkflowId,
      value: 'SCHEDULE',
      notes: 'call back tomorrow',
    });
    expect(disposed.status).toBe(200);
    const sent = await waitFor(async () => sim.state.dispositions.find((d) => d.guid === guid), 20_000, 'the disposition at uContact');
    expect(sent).toMatchObject({ action: 'SCHEDULE', disposition: 'SCHEDULE', number: LEAD_PHONE });
    expect(sent.date).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const logged = await waitFor(
      async () => (await h.admin('GET', `/api/admin/request-logs?connectorId=${c.id}&kind=outbound:disposition`)).body.items[0],
    );
    expect(logged).toMatchObject({ outcome: 'accepted', status: 200 });
  });

  test('AgentCall answering 0 is an error the agent reads', async () => {
    const res = await dial('+918040000009', '/api/agent/click-to-call', { phone: '+919999999999' });
    expect(res.status).toBe(422);
    expect(res.body.message).toMatch(/answered 0/);
  });

  test('blacklist: add one, add several, remove', async () => {
    const one = await h.admin('POST', `/api/admin/connectors/${c.id}/blacklist`, { action: 'add', numbers: ['98450 11111'] });
    expect(one.status).toBe(200);
    const many = await h.admin('POST', `/api/admin/connectors/${c.id}/blacklist`, {
      action: 'add',
      numbers: ['+919845022222', '+919845033333'],
    });
    expect(many.status).toBe(200);
    expect([...sim.state.blacklist.keys()].sort()).toEqual(['+919845011111', '+919845022222', '+919845033333']);
    const removed = await h.admin('POST', `/api/admin/connectors/${c.id}/blacklist`, { action: 'remove', numbers: ['+919845022222'] });
    expect(removed.status).toBe(200);
    expect(sim.state.blacklist.has('+919845022222')).toBe(false);
    const bad = await h.admin('POST', `/api/admin/connectors/${c.id}/blacklist`, { action: 'add', numbers: ['not a number'] });
    expect(bad.status).toBe(400);
  });
});

describe("simulated calls in each provider's own format", () => {
  test.each(['ozonetel', 'mobile-cloud-calling', '8x8-vcc', 'ucontact'] as const)(
    '%s: every webhook accepted, one activity per call whatever the duplicates and late updates',
    async (provider) => {
      const created = await h.admin('POST', '/api/admin/connectors', {
        name: `simulated ${provider}`,
        presetId: provider,
        duplicatePolicy: 'merge',
      });
      const base = (created.body.webhookUrls.callLog as string).replace(/\/call-log$/, '');
      const calls = 8;
      const summary = await sim.placeCalls({
        provider,
        calls,
        ratePerSecond: 50,
        callers: [LEAD_PHONE, '+919845000001', '+919845000002'],
        duplicateRatio: 0.3,
        lateUpdateRatio: 0.5,
        webhooks: { route: `${base}/route`, popup: `${base}/popup`, callEvent: `${base}/call-event`, callLog: `${base}/call-log` },
      });
      expect(summary.failures).toEqual([]);
      expect(summary.calls).toBe(calls);
      const activities = await waitFor(
        async () => {
          const docs = await h.models.CallActivity.find({ connectorId: created.body.id }).lean();
          return docs.length >= calls ? docs : null;
        },
        30_000,
        `${calls} activities`,
      );
      expect(activities).toHaveLength(calls);
      expect(activities.filter((a) => a.status === 'Answered')).toHaveLength(summary.answered);
      expect(activities.some((a) => String(a.leadId) === leadId)).toBe(true);
      if (provider !== '8x8-vcc' && (summary.requests.callLogUpdate?.ok ?? 0) > 0) {
        // The late log's recording is merged into the call's one activity.
        await waitFor(
          async () =>
            (await h.models.CallActivity.countDocuments({ connectorId: created.body.id, recordingUrl: { $nin: [null, ''] } })) > 0,
          15_000,
          'a merged recording',
        );
      }
    },
  );
});

describe('hang up', () => {
  test("the agent hangs up through the connector's hangup request; an ended call cannot be hung up", async () => {
    const provider = await startProviderServer();
    try {
      const c = await connectorFor('generic', '+918040000008', {});
      const put = await h.admin('PUT', `/api/admin/connectors/${c.id}/provider`, {
        operations: {
          hangup: {
            enabled: true,
            request: {
              method: 'POST',
              url: `${provider.url}/hangup`,
              body: { kind: 'json', template: '{"call": "{{callSessionId}}", "agent": "{{agentNumber}}"}' },
            },
            rules: [
              { key: 'status', value: 'success', outcome: 'success' },
              { key: 'status', value: 'error', outcome: 'error' },
            ],
          },
        },
      });
      expect(put.status).toBe(200);
      const base = c.callLogUrl.replace(/\/call-log$/, '');
      const session = `hang-${Date.now()}`;
      expect(
        (
          await fetch(`${base}/popup`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              CallSessionId: session,
              SourceNumber: LEAD_PHONE,
              DestinationNumber: AGENT_PHONE,
              DisplayNumber: '+918040000008',
            }),
          })
        ).status,
      ).toBe(200);
      const workflowId = `call:${c.id}:s:${session}`;
      await waitFor(
        async () => (await h.api.temporal.workflow.getHandle(workflowId).query<any>('callState')).agentUserId === agentId,
        15_000,
        'the popup handled',
      );

      const res = await as(agentToken, 'POST', '/api/agent/hangup', { workflowId });
      expect(res.status).toBe(200);
      expect(JSON.parse(provider.requests.at(-1)!.body)).toEqual({ call: session, agent: AGENT_PHONE });

      provider.answer(200, '{"status":"error","message":"No such call"}');
      const refused = await as(agentToken, 'POST', '/api/agent/hangup', { workflowId });
      expect(refused.status).toBe(422);
      expect(refused.body.message).toBe('No such call');

      await fetch(`${base}/call-event`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ CallSessionId: session, Event: 'Hangup', Status: 'Missed' }),
      });
      await waitFor(
        async () => (await h.api.temporal.workflow.getHandle(workflowId).query<any>('callState')).endedAt,
        15_000,
        'the call ended',
      );
      expect((await as(agentToken, 'POST', '/api/agent/hangup', { workflowId })).status).toBe(409);
    } finally {
      await provider.close();
    }
  });
});

describe('merge fields', () => {
  test('the documented list is exactly what Patchcord fills in', async () => {
    const res = await h.admin('GET', '/api/admin/merge-fields');
    expect(res.status).toBe(200);
    const documented = new Set(res.body.items.map((i: any) => i.path));
    const values = await buildMergeValues(h.models, {
      connectorId: '0'.repeat(24),
      defaultCountry: 'IN',
      timeZone: 'Asia/Kolkata',
      agentUserId: agentId,
      leadId,
    });
    const filled = Object.entries(values).flatMap(([k, v]) =>
      k === 'User' || k === 'Lead' ? Object.keys(v as object).map((f) => `${k}.${f}`) : [k],
    );
    expect(filled.filter((p) => !documented.has(p))).toEqual([]);
    const always = res.body.items
      .filter((i: any) => !i.only && !/[<]/.test(i.path) && !i.path.startsWith('webhooks.'))
      .map((i: any) => i.path);
    expect(always.filter((p: string) => !filled.includes(p))).toEqual([]);
    expect(res.body.items.find((i: any) => i.path === 'User.TeamId')).toMatchObject({
      mailMerge: '@{User:TeamId,}',
      handlebars: '{{User.TeamId}}',
    });
    expect(res.body.items.find((i: any) => i.path === 'timeZone').mailMerge).toBeNull();
  });
});

describe('safety', () => {
  test('a provider URL on a private address is refused unless allow-listed', async () => {
    const c = await connectorFor('mobile-cloud-calling', '+918040000005', {
      baseUrl: 'http://10.1.2.3/api',
      username: 'u',
      apiKey: 'k-secret-value',
    });
    const res = await h.admin('POST', `/api/admin/connectors/${c.id}/provider/test`, { operation: 'didList' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'PROVIDER_REJECTED', details: [{ code: 'address_refused' }] } });
    expect(JSON.stringify(res.body)).not.toContain('k-secret-value');
    const view = await h.admin('GET', `/api/admin/connectors/${c.id}/provider`);
    expect(view.body.credentials.find((f: any) => f.key === 'apiKey')).toEqual(expect.objectContaining({ set: true }));
    expect(JSON.stringify(view.body)).not.toContain('k-secret-value');
    const stored = await h.models.Connector.findById(c.id).select('+providerApi.credentials').lean();
    expect(JSON.stringify(stored)).not.toContain('k-secret-value');
  });

  test('a template that does not compile is refused on save, naming the field', async () => {
    const c = await connectorFor('generic', '+918040000006', {});
    const res = await h.admin('PUT', `/api/admin/connectors/${c.id}/provider`, {
      operations: {
        clickToCall: {
          enabled: true,
          request: { method: 'POST', url: 'http://x.test/?b={{#each x}}{{/each}}', body: { kind: 'form', template: 'a=@nope' } },
          rules: [],
        },
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([
      expect.objectContaining({ field: 'body.operations.clickToCall.request.url', code: 'template' }),
      expect.objectContaining({
        field: 'body.operations.clickToCall.request.body.template',
        code: 'mail_merge',
        message: expect.stringMatching(/@nope/),
      }),
    ]);
    const view = await h.admin('GET', `/api/admin/connectors/${c.id}/provider`);
    expect(view.body.operations.clickToCall).toBeUndefined();
  });
});
