/**
 * Steps ride out a database outage. This file runs its own FerretDB (stopped and restarted on the same
 * port and data folder) under the API and the worker, with the shared Temporal dev server and workflow
 * bundle. A call's CRM steps meet a database that is down for longer than the old retry budget (5
 * attempts, about 31 s of backoff between them) and still complete without ops once it is back; a window that ends
 * while the database stays down makes a failed step, counted and logged once it can be recorded; a
 * permanent error is not retried.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { freePort, startFerretDb, type EmbeddedProcess } from '../../src/embedded/services';
import { failedStepsTotal } from '../../src/metrics';
import { retryRules } from '../../src/retry-policy';
import { makeProviderDeps } from '../../src/runtime';
import { createWorker, installRuntimeOnce } from '../../src/runtime/worker';
import { testEnv } from '../helpers/env';
import { createConnector, postJson, seedCallLog, startHarness, waitFor, type Harness } from '../helpers/harness';

const BIN_DIR = path.resolve(__dirname, '..', '..', '.tools', 'bin');
/**
 * Longer than the old budget: 5 attempts of up to 10 s each (a local activity's timeout, which the
 * driver's 10 s server selection meets during an outage) and 15 s of backoff between them.
 */
const OUTAGE_MS = 80_000;

let dataDir: string;
let port: number;
let ferret: EmbeddedProcess | null = null;
let h: Harness;
const logLines: Record<string, unknown>[] = [];

/** A logger whose lines the tests read. */
const logger = pino(
  { level: 'warn' },
  new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logLines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  }),
);

async function startDatabase(): Promise<void> {
  ferret = await startFerretDb({ binDir: BIN_DIR, port, dataDir });
}

async function stopDatabase(): Promise<void> {
  await ferret?.stop();
  ferret = null;
}

/** A worker on the harness's task queue and database, with the retry window given (or configuration's). */
async function startWorker(windowMs?: number): Promise<{ stop(): Promise<void> }> {
  installRuntimeOnce('WARN');
  const provider = makeProviderDeps({
    config: h.config,
    models: h.models,
    logger,
    secretKey: Buffer.from(h.config.secretKey ?? '', 'base64'),
    publicUrl: () => h.url,
  });
  const deps = windowMs === undefined ? provider.deps : { ...provider.deps, retryRules: retryRules({ ...h.config.stepRetry, windowMs }) };
  const created = await createWorker({
    address: testEnv('temporal'),
    namespace: h.config.temporal.namespace,
    taskQueue: h.config.temporal.taskQueue,
    deps,
    workflowBundlePath: testEnv('bundle'),
  });
  const running = created.worker.run();
  return {
    async stop() {
      created.worker.shutdown();
      await running;
      await provider.close();
      await created.connection.close();
    },
  };
}

async function callState(workflowId: string) {
  return h.api.temporal.workflow.getHandle(workflowId).query<any>('callState');
}

/** Posts a call log while no worker runs: the call's steps start once a worker does. */
async function postCall(number: string): Promise<{ activityId: string; workflowId: string; connectorId: string }> {
  const connector = await createConnector(h);
  const log = seedCallLog({ SourceNumber: number });
  const res = await postJson(connector.callLogUrl, log);
  expect(res.status).toBe(200);
  return {
    activityId: res.body.ActivityId as string,
    workflowId: `call:${connector.id}:s:${String(log.CallSessionId)}`,
    connectorId: connector.id,
  };
}

async function failedStepCount(step: string, errorType: string): Promise<number> {
  const metric = await failedStepsTotal.get();
  return metric.values.find((v) => v.labels.step === step && v.labels.error_type === errorType)?.value ?? 0;
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patchcord-outage-'));
  port = await freePort();
  await startDatabase();
  // The window configuration gives: 3 minutes, longer than the outage and the next attempt after it.
  h = await startHarness('outage', { worker: false, mongoUrl: `mongodb://127.0.0.1:${port}`, env: { STEP_RETRY_WINDOW_MINUTES: '3' } });
});

afterEach(async () => {
  // A test that failed midway leaves the database running for the next.
  if (!ferret) await startDatabase();
});

afterAll(async () => {
  if (!ferret) await startDatabase().catch(() => undefined);
  await h?.stop();
  await stopDatabase();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('data written before the database stops is there after it restarts on the same port and folder', async () => {
  const connector = await createConnector(h);
  await stopDatabase();
  await startDatabase();
  const found = await waitFor(() => h.models.Connector.findById(connector.id).lean(), 30_000, 'connector after restart');
  expect(String(found._id)).toBe(connector.id);
});

test('a database outage longer than the old retry budget during the CRM steps ends without ops: the activity is written once it is back', async () => {
  const call = await postCall('+919811100071');
  await stopDatabase();
  const worker = await startWorker();
  try {
    // The call's first CRM step (the connector's settings) retries against the stopped database.
    await new Promise((r) => setTimeout(r, OUTAGE_MS));
    expect((await callState(call.workflowId)).failedSteps).toEqual([]);
    await startDatabase();

    const activity = await waitFor(() => h.models.CallActivity.findById(call.activityId).lean(), 90_000, 'activity after the outage');
    expect(activity).toMatchObject({ sourceNumber: '+919811100071', status: 'Answered' });
    expect((await callState(call.workflowId)).failedSteps).toEqual([]);
    expect(await h.models.FailedStep.countDocuments({ workflowId: call.workflowId })).toBe(0);
  } finally {
    await worker.stop();
  }
}, 240_000);

test('a window that ends while the database stays down makes a failed step, counted and logged once it is recorded', async () => {
  const call = await postCall('+919811100072');
  const before = await failedStepCount('loadCallSettings', 'DATABASE_UNAVAILABLE');
  await stopDatabase();
  const worker = await startWorker(5_000);
  try {
    const failed = await waitFor(
      async () => (await callState(call.workflowId)).failedSteps[0] as Record<string, any> | undefined,
      60_000,
      'failed step in the workflow',
    );
    expect(failed).toMatchObject({ step: 'loadCallSettings', errorType: 'DATABASE_UNAVAILABLE', status: 'failed' });
    // Given up once the window had passed, with the attempts really made (not a policy's maximum).
    const [, attempts, seconds] = /gave up after (\d+) attempts? in (\d+) s/.exec(String(failed.error)) ?? [];
    expect(Number(seconds)).toBeGreaterThanOrEqual(5);
    expect(Number(attempts)).toBe(failed.attempts);
    expect(failed.attempts).toBeLessThan(1000);
    expect(await failedStepCount('loadCallSettings', 'DATABASE_UNAVAILABLE')).toBe(before);

    // Recording it for ops waits for the database, however long that takes.
    await startDatabase();
    const record = await waitFor(() => h.models.FailedStep.findById(failed.stepId).lean(), 90_000, 'failed step recorded');
    expect(record).toMatchObject({
      step: 'loadCallSettings',
      errorType: 'DATABASE_UNAVAILABLE',
      attempts: failed.attempts,
      status: 'failed',
    });
    // Counted and logged just after the record is written (by the attempt that claims its report).
    await waitFor(
      async () => (await failedStepCount('loadCallSettings', 'DATABASE_UNAVAILABLE')) > before,
      30_000,
      'the failed step counted',
    );
    await waitFor(async () => logLines.some((l) => l.stepId === failed.stepId), 30_000, 'the failed step logged');
    expect(await failedStepCount('loadCallSettings', 'DATABASE_UNAVAILABLE')).toBe(before + 1);
    expect(logLines.filter((l) => l.stepId === failed.stepId)).toEqual([
      expect.objectContaining({
        level: 40,
        workflowId: call.workflowId,
        step: 'loadCallSettings',
        errorType: 'DATABASE_UNAVAILABLE',
        attempts: failed.attempts,
      }),
    ]);
  } finally {
    await worker.stop();
  }
}, 240_000);

test('a permanent failure is not retried: it fails at once, after one attempt', async () => {
  const call = await postCall('+919811100073');
  // The connector is gone by the time the call's first step reads it: NOT_FOUND, which no retry fixes.
  await h.models.Connector.deleteOne({ _id: call.connectorId });
  const worker = await startWorker();
  try {
    const record = await waitFor(() => h.models.FailedStep.findOne({ workflowId: call.workflowId }).lean(), 30_000, 'failed step');
    expect(record).toMatchObject({ step: 'loadCallSettings', errorType: 'NOT_FOUND', attempts: 1 });
  } finally {
    await worker.stop();
  }
});
