/**
 * A worker process killed outright (SIGKILL) in the middle of a call: Temporal keeps the call's
 * history, a new worker picks it up, and the call finishes with nothing lost or doubled.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import { testEnv } from '../helpers/env';
import { createConnector, postJson, startHarness, waitFor, type Harness } from '../helpers/harness';

const ROOT = path.resolve(__dirname, '..', '..');
let h: Harness;
let child: ChildProcess | null = null;

beforeAll(async () => {
  h = await startHarness('kill', { worker: false });
});

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await h?.stop();
});

function startWorkerProcess(): ChildProcess {
  // The production entry point, as its own process, on this test file's database and task queue.
  return spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'cli', 'worker.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      MONGO_URL: `${testEnv('mongo')}/${h.dbName}`,
      TEMPORAL_ADDRESS: testEnv('temporal'),
      TEMPORAL_TASK_QUEUE: h.config.temporal.taskQueue,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

test('a worker process killed mid-call: the call finishes on a new worker, nothing lost or doubled', async () => {
  const agent = await h.admin('POST', '/api/admin/users', {
    email: 'dev@test.local',
    name: 'Dev',
    role: 'agent',
    password: 'agent-password',
    phones: ['+919611795999'],
  });
  const lead = await h.admin('POST', '/api/admin/leads', { firstName: 'Isha', phone: '+919845055555', ownerId: agent.body.id });
  const connector = await createConnector(h);
  const base = connector.callLogUrl.replace(/\/call-log$/, '');
  const sessionId = `kill-${crypto.randomBytes(4).toString('hex')}`;
  const workflowId = `call:${connector.id}:s:${sessionId}`;
  const state = () => h.api.temporal.workflow.getHandle(workflowId).query<any>('callState');

  child = startWorkerProcess();
  expect(
    (await postJson(`${base}/popup`, { CallSessionId: sessionId, SourceNumber: '+919845055555', DestinationNumber: '+919611795999' }))
      .status,
  ).toBe(200);
  await waitFor(
    async () => (await h.models.AgentState.findById(agent.body.id).lean())?.status === 'ringing',
    60_000,
    'popup handled by the worker process',
  );
  expect((await postJson(`${base}/call-event`, { CallSessionId: sessionId, Event: 'Answered', Time: '2026-11-23 12:00:05' })).status).toBe(
    200,
  );
  child.kill('SIGKILL');
  await new Promise((resolve) => child?.once('exit', resolve));

  expect(
    (await postJson(`${base}/call-event`, { CallSessionId: sessionId, Event: 'Hangup', Time: '2026-11-23 12:02:05', Status: 'Answered' }))
      .status,
  ).toBe(200);
  const log = {
    SourceNumber: '+919845055555',
    DestinationNumber: '+919611795999',
    DisplayNumber: '+919020897874',
    StartTime: '2026-11-23 12:00:00',
    EndTime: '2026-11-23 12:02:05',
    CallDuration: '120',
    Status: 'Answered',
    Direction: 'Inbound',
    CallSessionId: sessionId,
  };
  expect((await postJson(connector.callLogUrl, log)).status).toBe(200);
  expect((await postJson(connector.callLogUrl, log)).status).toBe(200);

  await h.startWorker();
  const finished = await waitFor(
    async () => {
      const s = await state();
      return s.outcome && s.callLogsReceived === 1 && s.activityId ? s : null;
    },
    60_000,
    'call finished on the new worker',
  );
  expect(finished).toMatchObject({ outcome: 'answered', leadId: lead.body.id, agentUserId: agent.body.id });
  expect(finished.timeline.filter((t: { what: string }) => /duplicate/.test(t.what))).toHaveLength(1);
  expect(await h.models.CallActivity.countDocuments({ connectorId: connector.id })).toBe(1);
  expect(await h.models.Lead.countDocuments({ phone: '+919845055555' })).toBe(1);
  await waitFor(async () => (await h.models.AgentState.findById(agent.body.id).lean())?.status === 'free', 20_000, 'agent free again');
}, 120_000);
