/**
 * At most once: a provider action Patchcord cannot repeat safely (a dial, a disposition) is never
 * sent twice by itself. Real path: the API, Temporal, FerretDB and the provider simulator, whose
 * `lateAnswerMs` fault handles a request (places the call, records the disposition) and answers only
 * after Patchcord's outbound timeout, so Patchcord cannot know what happened.
 */
import { uContactPreset } from '../../src/providers/ucontact/preset';
import { startSimulator, type Simulator } from '../../src/simulator/server';
import { startHarness, waitFor, type Harness } from '../helpers/harness';

let h: Harness;
/** Calls last (10–70 s of real time), so the pull APIs see a placed call while the workflow asks. */
let live: Simulator;
/** Calls are over at once, their call logs sent at once. */
let sim: Simulator;
let teamId: string;
let agentToken: string;
let leadId: string;
const LEAD_PHONE = '+919845012345';
/** Well past Patchcord's outbound timeout (800 ms here). */
const LATE = 2500;

async function as(token: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${h.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

async function connectorFor(presetId: string, did: string, credentials: Record<string, string>) {
  const created = await h.admin('POST', '/api/admin/connectors', {
    name: `${presetId} ${did}`,
    presetId,
    teamIds: [teamId],
    virtualNumbers: [{ number: did, tag: 'Sales' }],
  });
  expect(created.status).toBe(201);
  const put = await h.admin('PUT', `/api/admin/connectors/${created.body.id}/provider`, { credentials });
  expect(put.status).toBe(200);
  return { id: created.body.id as string, callLogUrl: created.body.webhookUrls.callLog as string };
}

const dial = (virtualNumber: string) => as(agentToken, 'POST', '/api/agent/click-to-call', { leadId, virtualNumber });

async function failedStep(connectorId: string, step: string) {
  return waitFor(
    async () => {
      const r = await h.admin('GET', `/api/ops/failed-steps?connectorId=${connectorId}`);
      return r.body.items.find((s: any) => s.step === step);
    },
    30_000,
    `a failed ${step} step`,
  );
}

/** Every request of `op` the simulator has answered, once the late answer (if any) has gone out. */
async function answered(s: Simulator, op: string) {
  await waitFor(async () => s.journal.some((j) => j.op === op && j.fault), 10_000, `the late ${op} answer`);
  return s.journal.filter((j) => j.op === op);
}

beforeAll(async () => {
  h = await startHarness('at-most-once', { env: { OUTBOUND_TIMEOUT_MS: '800' } });
  live = await startSimulator({ speed: 10, seed: 11 });
  sim = await startSimulator({ speed: 0, seed: 12 });
  teamId = (await h.admin('POST', '/api/admin/teams', { name: 'Once' })).body.id;
  const agent = await h.admin('POST', '/api/admin/users', {
    email: 'once@test.local',
    name: 'Ona Once',
    role: 'agent',
    password: 'agent-password',
    phones: ['+919900000001'],
    teamIds: [teamId],
    agentIds: [{ agentId: 'agent1', connectorId: null }],
  });
  expect(agent.status).toBe(201);
  const login = await fetch(`${h.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'once@test.local', password: 'agent-password' }),
  });
  agentToken = ((await login.json()) as { token: string }).token;
  leadId = (await h.admin('POST', '/api/admin/leads', { firstName: 'Kiran', phone: LEAD_PHONE, ownerId: agent.body.id })).body.id;
});

afterAll(async () => {
  await h?.stop();
  await live?.stop();
  await sim?.stop();
});

describe('click-to-call', () => {
  test('placed, answer lost: the provider is asked (callStatus), the agent told it is placed, and it is dialled once', async () => {
    const c = await connectorFor('mobile-cloud-calling', '+918040000001', {
      baseUrl: `${live.url}/mobile-cloud-calling`,
      username: 'sim_user',
      apiKey: 'sim-mcc-key',
    });
    live.fault('mobile-cloud-calling', 'click2call', { lateAnswerMs: LATE });
    const res = await dial('+918040000001');
    expect(res.status).toBe(200);
    const placed = live.state.calls.filter((call) => call.provider === 'mobile-cloud-calling');
    expect(placed).toHaveLength(1);
    // The call session is the provider's, read from its pull API: later events join it.
    expect(res.body).toMatchObject({ status: 'placed', providerCallId: placed[0]?.id, connectorId: c.id });
    expect(res.body.callWorkflowId).toBe(`call:${c.id}:s:${placed[0]?.id}`);
    expect(await answered(live, 'click2call')).toHaveLength(1);
    const pulls = live.journal.filter((j) => j.op === 'PullAPI');
    expect(pulls.at(-1)).toMatchObject({ status: 200, params: { agentPhoneNumber: '9900000001' } });
    expect(JSON.parse(pulls.at(-1)?.response ?? '{}')).toMatchObject({ status: 'success', monitorUcid: placed[0]?.id });
    const steps = await h.admin('GET', `/api/ops/failed-steps?connectorId=${c.id}`);
    expect(steps.body.items).toEqual([]);
  });

  test('placed, answer lost, no callStatus: a failed step of type PROVIDER_OUTCOME_UNKNOWN waits for ops; dialled once', async () => {
    const c = await connectorFor('8x8-vcc', '+918040000002', {
      baseUrl: `${sim.url}/8x8-vcc`,
      sessionCookie: 'AGUISESSION=sim-8x8-session',
      prefix: '',
    });
    sim.fault('8x8-vcc', 'make_call', { lateAnswerMs: LATE });
    const res = await dial('+918040000002');
    expect(res.status).toBe(502);
    expect(res.body).toMatchObject({ code: 'PROVIDER_OUTCOME_UNKNOWN', message: expect.stringMatching(/may have placed this call/) });
    const workflowId = res.body.details[0].message as string;
    expect(sim.state.calls.filter((call) => call.provider === '8x8-vcc')).toHaveLength(1);

    const step = await failedStep(c.id, 'placeCall');
    expect(step).toMatchObject({ status: 'failed', attempts: 1, errorType: 'PROVIDER_OUTCOME_UNKNOWN', workflowId });
    expect(step.error).toMatch(/Retry asks the provider again \(it never dials\)/);
    expect(await answered(sim, 'make_call')).toHaveLength(1);
    // It waits for ops, and nothing dials meanwhile.
    expect((await h.api.temporal.workflow.getHandle(workflowId).describe()).status.name).toBe('RUNNING');
    expect(sim.journal.filter((j) => j.op === 'make_call')).toHaveLength(1);

    // Ops' retry asks again (8x8 has no way to be asked) and ends the step; it never dials.
    const retry = await h.admin('POST', `/api/ops/failed-steps/${step.id}/decision`, { action: 'retry' });
    expect(retry.status).toBe(200);
    const outcome = await h.api.temporal.workflow.getHandle(workflowId).result();
    expect(outcome).toMatchObject({ status: 'unknown', message: expect.stringMatching(/not dialled again/) });
    expect(sim.journal.filter((j) => j.op === 'make_call')).toHaveLength(1);
    const steps = await waitFor(async () => {
      const r = await h.admin('GET', `/api/ops/failed-steps?connectorId=${c.id}&status=resolved`);
      return r.body.items.length ? r.body.items : null;
    });
    expect(steps).toMatchObject([{ id: step.id, step: 'placeCall' }]);
    expect((await h.admin('GET', `/api/ops/failed-steps?connectorId=${c.id}`)).body.items).toEqual([]);
  });

  test('provider unreachable (connection refused): retried, and placed once it is back', async () => {
    const down = await startSimulator({ speed: 0, seed: 13 });
    const port = Number(new URL(down.url).port);
    await down.stop();
    const c = await connectorFor('mobile-cloud-calling', '+918040000003', {
      baseUrl: `http://127.0.0.1:${port}/mobile-cloud-calling`,
      username: 'sim_user',
      apiKey: 'sim-mcc-key',
    });
    const pending = dial('+918040000003');
    // Patchcord's log of the refused attempt (flushed in small batches); then the provider comes back.
    for (let i = 0; i < 400; i++) {
      const refused = await h.models.RequestLog.exists({
        connectorId: c.id,
        kind: 'outbound:clickToCall',
        errorCode: 'PROVIDER_UNREACHABLE',
      });
      if (refused) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    const back = await startSimulator({ port, speed: 0, seed: 13 });
    try {
      const res = await pending;
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'placed' });
      expect(back.journal.filter((j) => j.op === 'click2call')).toHaveLength(1);
      expect(back.state.calls).toHaveLength(1);
      const logs = await waitFor(async () => {
        const r = await h.admin('GET', `/api/admin/request-logs?connectorId=${c.id}&kind=outbound:clickToCall`);
        return r.body.items.some((l: any) => l.outcome === 'accepted') ? r.body.items : null;
      });
      expect(logs.filter((l: any) => l.errorCode === 'PROVIDER_UNREACHABLE').length).toBeGreaterThanOrEqual(1);
      expect(logs.filter((l: any) => l.outcome === 'accepted')).toHaveLength(1);
      expect((await h.admin('GET', `/api/ops/failed-steps?connectorId=${c.id}`)).body.items).toEqual([]);
    } finally {
      await back.stop();
    }
  });
});

describe('disposition push', () => {
  /** A uContact connector, a call placed through it and logged, and the agent's disposition of it. */
  async function disposeCall(did: string, operation?: Record<string, unknown>) {
    const c = await connectorFor('ucontact', did, { baseUrl: `${sim.url}/ucontact`, user: 'sim_admin', password: 'sim-ucontact-pass' });
    await h.models.Connector.updateOne(
      { _id: c.id },
      {
        $set: {
          'lifecycle.disposition.values': ['RESPOOL', 'SCHEDULE'],
          'lifecycle.disposition.task': { mode: 'optional', dueInMinutes: 60 },
        },
      },
    );
    if (operation)
      expect((await h.admin('PUT', `/api/admin/connectors/${c.id}/provider`, { operations: { disposition: operation } })).status).toBe(200);
    sim.state.accounts.ucontact.callLogUrl = c.callLogUrl;
    const placed = await dial(did);
    expect(placed.status).toBe(200);
    const guid = placed.body.providerCallId as string;
    await waitFor(async () => h.models.CallActivity.findOne({ connectorId: c.id, sessionId: guid }).lean());
    sim.fault('ucontact', 'Disposition', { lateAnswerMs: LATE });
    const disposed = await as(agentToken, 'POST', '/api/agent/disposition', { workflowId: placed.body.callWorkflowId, value: 'RESPOOL' });
    expect(disposed.status).toBe(200);
    return { c, guid };
  }

  test('received, answer lost: not pushed again; a failed step of type PROVIDER_OUTCOME_UNKNOWN for ops', async () => {
    const { c, guid } = await disposeCall('+918040000009');
    const step = await failedStep(c.id, 'pushDisposition');
    expect(step).toMatchObject({ status: 'failed', attempts: 1, errorType: 'PROVIDER_OUTCOME_UNKNOWN' });
    expect(step.error).toMatch(/may have acted on it/);
    expect(sim.state.dispositions.filter((d) => d.guid === guid)).toHaveLength(1);
    const pushes = (await answered(sim, 'Disposition')).filter((j) => j.params.guid === guid);
    expect(pushes).toHaveLength(1);
  });

  test('with an idempotency key: retried, every attempt with the same key', async () => {
    const base = uContactPreset.api?.operations.disposition;
    const { c, guid } = await disposeCall('+918040000008', { ...base, idempotencyHeader: 'Idempotency-Key' });
    const pushes = await waitFor(
      async () => {
        const sent = sim.journal.filter((j) => j.op === 'Disposition' && j.params.guid === guid);
        return sent.some((j) => !j.fault && j.status === 200) && sent.some((j) => j.fault) ? sent : null;
      },
      30_000,
      'the retried push',
    );
    expect(pushes).toHaveLength(2);
    const keys = pushes.map((j) => j.headers['idempotency-key']);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(keys[1]).toBe(keys[0]);
    expect((await h.admin('GET', `/api/ops/failed-steps?connectorId=${c.id}`)).body.items).toEqual([]);
  });
});
