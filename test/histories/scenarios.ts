/**
 * The scenarios whose workflow histories are kept as replay fixtures (test/fixtures/histories/), one
 * or more per workflow type, each run for real: the API over HTTP, the worker, the Temporal dev
 * server, FerretDB, and the provider simulator on loopback. `record.ts` runs them and writes what
 * each workflow recorded.
 *
 * VERSIONS names the workflow code a history comes from. A history's name is
 * `<type>-<version>-<scenario>.json`, and the recorder refuses a history with a patch marker its
 * version does not declare: a change that adds a `patched()` marker declares a new version here,
 * so its histories are kept beside the older ones instead of replacing them.
 */
import crypto from 'node:crypto';
import type { Client } from '@temporalio/client';
import { startSimulator, type Simulator } from '../../src/simulator/server';
import { callLifecycle, type CallLifecycleInput } from '../../workflows';
import { createConnector, postJson, startHarness, waitFor, type CreatedConnector, type Harness } from '../helpers/harness';

export type WorkflowType = 'callLifecycle' | 'clickToCall' | 'didSync';

/** The current version of each workflow type's code, and the patch markers its histories may record. */
export const VERSIONS: Record<WorkflowType, { version: string; patches: string[] }> = {
  callLifecycle: { version: 'v3', patches: ['partial-events', 'bounded-history'] },
  clickToCall: { version: 'v2', patches: ['click-to-call-confirm-unknown-outcome'] },
  didSync: { version: 'v1', patches: [] },
};

export const FILE_PREFIX: Record<WorkflowType, string> = {
  callLifecycle: 'call-lifecycle',
  clickToCall: 'click-to-call',
  didSync: 'did-sync',
};

export interface Stage {
  h: Harness;
  sim: Simulator;
  agent: { id: string; token: string; phone: string };
  leadId: string;
  /** An Ozonetel connector on the simulator, for click-to-call and DID sync. */
  ozonetel: string;
  stop(): Promise<void>;
}

export interface Scenario {
  type: WorkflowType;
  name: string;
  /** Runs the scenario; resolves with the ids of the workflows to record (every run of each). */
  run(stage: Stage): Promise<string[]>;
}

const AGENT_PHONE = '+919900000001';
const LEAD_PHONE = '+919845012345';
const DID = '+918040000001';

async function login(h: Harness, email: string, password: string): Promise<string> {
  const res = await fetch(`${h.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return ((await res.json()) as { token: string }).token;
}

async function must<T>(res: Promise<{ status: number; body: T }>, status: number, what: string): Promise<T> {
  const r = await res;
  if (r.status !== status) throw new Error(`${what}: expected ${status}, got ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** One Patchcord, one simulator, an agent in a team, a lead the agent owns, an Ozonetel connector. */
export async function setUpStage(): Promise<Stage> {
  const h = await startHarness('histories', { env: { OUTBOUND_TIMEOUT_MS: '600' } });
  const sim = await startSimulator({ speed: 0, seed: 7 });
  const team = await must(h.admin<{ id: string }>('POST', '/api/admin/teams', { name: 'Calling' }), 201, 'team');
  const agent = await must(
    h.admin<{ id: string }>('POST', '/api/admin/users', {
      email: 'asha@test.local',
      name: 'Asha Rao',
      role: 'agent',
      password: 'agent-password',
      phones: [AGENT_PHONE],
      teamIds: [team.id],
      agentIds: [{ agentId: 'agent1', connectorId: null }],
    }),
    201,
    'agent',
  );
  const lead = await must(
    h.admin<{ id: string }>('POST', '/api/admin/leads', { firstName: 'Meera', phone: LEAD_PHONE, ownerId: agent.id }),
    201,
    'lead',
  );
  const ozonetel = await must(
    h.admin<{ id: string; webhookUrls: { callLog: string } }>('POST', '/api/admin/connectors', {
      name: 'Ozonetel',
      presetId: 'ozonetel',
      teamIds: [team.id],
      virtualNumbers: [{ number: DID, tag: 'Sales' }],
    }),
    201,
    'connector',
  );
  await must(
    h.admin('PUT', `/api/admin/connectors/${ozonetel.id}/provider`, {
      credentials: { baseUrl: `${sim.url}/ozonetel`, username: 'sim_user', apiKey: 'sim-ozonetel-key' },
    }),
    200,
    'credentials',
  );
  sim.state.accounts.ozonetel.callLogUrl = ozonetel.webhookUrls.callLog;
  return {
    h,
    sim,
    agent: { id: agent.id, token: await login(h, 'asha@test.local', 'agent-password'), phone: AGENT_PHONE },
    leadId: lead.id,
    ozonetel: ozonetel.id,
    async stop() {
      await h.stop();
      await sim.stop();
    },
  };
}

/** A `generic` connector with lifecycle settings (dotted paths under `lifecycle`), and its webhooks. */
async function genericConnector(h: Harness, settings: Record<string, unknown> = {}) {
  const connector: CreatedConnector = await createConnector(h);
  await h.models.Connector.updateOne(
    { _id: connector.id },
    { $set: Object.fromEntries(Object.entries(settings).map(([k, v]) => [`lifecycle.${k}`, v])) },
  );
  const base = connector.callLogUrl.replace(/\/call-log$/, '');
  return { id: connector.id, popup: `${base}/popup`, event: `${base}/call-event`, log: connector.callLogUrl };
}

const newSession = () => `rec-${crypto.randomBytes(5).toString('hex')}`;

async function posted(url: string, body: unknown): Promise<void> {
  const res = await postJson(url, body);
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body)}`);
}

function callLog(sessionId: string, agentPhone: string, overrides: Record<string, unknown> = {}) {
  return {
    SourceNumber: LEAD_PHONE,
    DestinationNumber: agentPhone,
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

const callState = (h: Harness, workflowId: string) => h.api.temporal.workflow.getHandle(workflowId).query<any>('callState');

/** The workflow ids of one type on this Patchcord's task queue (Temporal's list is eventually consistent). */
async function idsOfType(h: Harness, type: WorkflowType): Promise<string[]> {
  const ids: string[] = [];
  const query = `WorkflowType = '${type}' AND TaskQueue = '${h.config.temporal.taskQueue}'`;
  for await (const w of h.api.temporal.workflow.list({ query })) ids.push(w.workflowId);
  return ids;
}

/** Runs `act`, then waits for the one workflow of `type` it started. */
async function startedBy(h: Harness, type: WorkflowType, act: () => Promise<void>): Promise<string> {
  const before = new Set(await idsOfType(h, type));
  await act();
  return waitFor(async () => (await idsOfType(h, type)).find((id) => !before.has(id)), 20_000, `a new ${type} workflow`);
}

function dial(stage: Stage, body: Record<string, unknown>) {
  return fetch(`${stage.h.url}/api/agent/click-to-call`, {
    method: 'POST',
    headers: { authorization: `Bearer ${stage.agent.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ virtualNumber: DID, ...body }),
  });
}

function dispose(stage: Stage, body: Record<string, unknown>) {
  return fetch(`${stage.h.url}/api/agent/disposition`, {
    method: 'POST',
    headers: { authorization: `Bearer ${stage.agent.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function failedStep(h: Harness, connectorId: string, step: string, status = 'failed'): Promise<{ id: string; workflowId: string }> {
  return waitFor(
    async () =>
      (await h.admin<{ items: any[] }>('GET', `/api/ops/failed-steps?connectorId=${connectorId}`)).body.items.find(
        (s) => s.step === step && s.status === status,
      ),
    30_000,
    `failed step ${step}`,
  );
}

async function decide(h: Harness, stepId: string, action: 'retry' | 'skip'): Promise<void> {
  await must(h.admin('POST', `/api/ops/failed-steps/${stepId}/decision`, { action }), 200, `${action} ${stepId}`);
}

export const SCENARIOS: Scenario[] = [
  {
    type: 'callLifecycle',
    name: 'answered-call',
    async run({ h, agent }) {
      const c = await genericConnector(h);
      const sessionId = newSession();
      await posted(c.popup, { CallSessionId: sessionId, SourceNumber: LEAD_PHONE, DestinationNumber: agent.phone });
      await posted(c.event, { CallSessionId: sessionId, Event: 'Answered', Time: '2026-11-23 10:00:05' });
      await posted(c.event, { CallSessionId: sessionId, Event: 'Hangup', Time: '2026-11-23 10:02:00', Status: 'Answered' });
      await posted(c.log, callLog(sessionId, agent.phone));
      // The same hangup again: dropped by its event id.
      await posted(c.event, { CallSessionId: sessionId, Event: 'Hangup', Time: '2026-11-23 10:02:00', Status: 'Answered' });
      const workflowId = `call:${c.id}:s:${sessionId}`;
      await waitFor(async () => (await callState(h, workflowId)).eventsReceived === 4, 20_000, 'four events handled');
      return [workflowId];
    },
  },
  {
    type: 'callLifecycle',
    name: 'popup-missed',
    async run({ h, agent }) {
      const c = await genericConnector(h, { 'missedCall.createTask': true, 'missedCall.dueInMinutes': 30 });
      const sessionId = newSession();
      await posted(c.popup, { CallSessionId: sessionId, SourceNumber: LEAD_PHONE, DestinationNumber: agent.phone });
      await posted(c.event, { CallSessionId: sessionId, Event: 'Hangup', Time: '2026-11-23 11:00:30', Status: 'Missed' });
      const workflowId = `call:${c.id}:s:${sessionId}`;
      await waitFor(async () => h.models.Task.findOne({ workflowId }).lean(), 20_000, 'missed-call task');
      return [workflowId];
    },
  },
  {
    type: 'callLifecycle',
    name: 'quiet-period',
    async run({ h, agent }) {
      const c = await genericConnector(h, { 'calls.quietSeconds': 2 });
      const sessionId = newSession();
      await posted(c.popup, { CallSessionId: sessionId, SourceNumber: LEAD_PHONE, DestinationNumber: agent.phone });
      await posted(c.event, { CallSessionId: sessionId, Event: 'Answered', Time: '2026-11-23 12:00:05' });
      const workflowId = `call:${c.id}:s:${sessionId}`;
      await waitFor(async () => (await callState(h, workflowId)).final?.reason === 'quiet-period', 30_000, 'quiet period over');
      return [workflowId];
    },
  },
  {
    type: 'callLifecycle',
    name: 'disposition-push-retried-skipped',
    async run(stage) {
      const { h, agent } = stage;
      // IPv6 loopback is not on the allow-list: the push is refused at once, a permanent failure.
      const c = await genericConnector(h, {
        'disposition.requiredBeforeNextCall': true,
        'disposition.task.mode': 'optional',
        'disposition.push.enabled': true,
        'disposition.push.method': 'GET',
        'disposition.push.url': 'http://[::1]:9/dispose?session=@callSessionId&value=@dispositionValue',
      });
      const sessionId = newSession();
      const workflowId = `call:${c.id}:s:${sessionId}`;
      await posted(c.popup, { CallSessionId: sessionId, SourceNumber: LEAD_PHONE, DestinationNumber: agent.phone });
      await posted(c.event, { CallSessionId: sessionId, Event: 'Hangup', Time: '2026-11-23 14:00:00', Status: 'Answered' });
      await waitFor(async () => (await callState(h, workflowId)).outcome, 20_000, 'call ended');
      const res = await dispose(stage, { workflowId, value: 'Interested', task: { title: 'Send the quote' } });
      if (res.status !== 200) throw new Error(`disposition: ${res.status} ${await res.text()}`);
      const first = await failedStep(h, c.id, 'pushDisposition');
      await decide(h, first.id, 'retry');
      const second = await waitFor(
        async () =>
          (await h.admin<{ items: any[] }>('GET', `/api/ops/failed-steps?connectorId=${c.id}`)).body.items.find(
            (s) => s.step === 'pushDisposition' && s.status === 'failed' && s.id !== first.id,
          ),
        30_000,
        'the retried push failing again',
      );
      await decide(h, second.id, 'skip');
      await waitFor(async () => (await callState(h, workflowId)).disposition?.status === 'done', 20_000, 'disposition done');
      return [workflowId];
    },
  },
  {
    type: 'callLifecycle',
    name: 'continued-as-new',
    async run({ h, agent }) {
      const c = await genericConnector(h);
      const sessionId = newSession();
      const workflowId = `call:${c.id}:s:${sessionId}`;
      // Started as the API would, with a history bound low enough that this short call continues as new.
      const input: CallLifecycleInput = { connectorId: c.id, callKey: `s:${sessionId}`, sessionId, limits: { historyEvents: 20 } };
      const client: Client = h.api.temporal;
      await client.workflow.start(callLifecycle, { workflowId, taskQueue: h.config.temporal.taskQueue, args: [input] });
      await posted(c.popup, { CallSessionId: sessionId, SourceNumber: LEAD_PHONE, DestinationNumber: agent.phone });
      await posted(c.event, { CallSessionId: sessionId, Event: 'Answered', Time: '2026-11-23 15:00:05' });
      // Duplicates are dropped, but each wakes the run; once its history is past the bound, it continues as new.
      await waitFor(
        async () => {
          await posted(c.event, { CallSessionId: sessionId, Event: 'Answered', Time: '2026-11-23 15:00:05' });
          return (await callState(h, workflowId)).timeline.some((t: any) => t.what === 'the call continues in a new run');
        },
        30_000,
        'the first run continuing as new',
      );
      // The next run knows the events so far: the answered event again is a duplicate there too.
      await posted(c.event, { CallSessionId: sessionId, Event: 'Answered', Time: '2026-11-23 15:00:05' });
      await posted(c.event, { CallSessionId: sessionId, Event: 'Hangup', Time: '2026-11-23 15:02:00', Status: 'Answered' });
      await posted(c.log, callLog(sessionId, agent.phone, { StartTime: '2026-11-23 15:00:00', EndTime: '2026-11-23 15:02:00' }));
      await waitFor(async () => (await callState(h, workflowId)).eventsReceived === 4, 30_000, 'four events handled across runs');
      return [workflowId];
    },
  },
  {
    type: 'clickToCall',
    name: 'placed',
    async run(stage) {
      const id = await startedBy(stage.h, 'clickToCall', async () => {
        const res = await dial(stage, { leadId: stage.leadId });
        if (res.status !== 200) throw new Error(`click-to-call: ${res.status} ${await res.text()}`);
      });
      return [id];
    },
  },
  {
    type: 'clickToCall',
    name: 'rejected',
    async run(stage) {
      const id = await startedBy(stage.h, 'clickToCall', async () => {
        const res = await dial(stage, { phone: '+919999999999' });
        if (res.status !== 422) throw new Error(`click-to-call to a DND number: ${res.status} ${await res.text()}`);
      });
      return [id];
    },
  },
  {
    type: 'clickToCall',
    name: 'failed-retried-by-ops',
    async run(stage) {
      // The provider takes longer than the harness's outbound timeout (600 ms). Since v2 the outcome is
      // unknown: the provider is asked (callStatus) and, not finding the call, leaves a failed step; an
      // ops retry asks again and the click-to-call ends as unknown. In v1 the dial was retried.
      stage.sim.fault('ozonetel', 'AgentManualDial', { delayMs: 1500, times: 3 });
      const res = await dial(stage, { leadId: stage.leadId });
      if (res.status !== 502) throw new Error(`click-to-call to a provider timing out: ${res.status} ${await res.text()}`);
      const step = await failedStep(stage.h, stage.ozonetel, 'placeCall');
      await decide(stage.h, step.id, 'retry');
      await waitFor(
        async () => (await stage.h.api.temporal.workflow.getHandle(step.workflowId).describe()).status.name === 'COMPLETED',
        20_000,
        'click-to-call completed after the retry',
      );
      return [step.workflowId];
    },
  },
  {
    type: 'didSync',
    name: 'sync-now',
    async run(stage) {
      const id = await startedBy(stage.h, 'didSync', async () => {
        await must(stage.h.admin('POST', `/api/admin/connectors/${stage.ozonetel}/did-sync`), 200, 'sync now');
      });
      return [id];
    },
  },
];
