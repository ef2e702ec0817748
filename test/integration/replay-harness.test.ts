/**
 * The replay harness (test/helpers/histories.ts: what the recorder writes and the replay test reads
 * and replays) catches a workflow change that issues its commands in another order, and accepts the
 * same change behind `patched()`. A test-only workflow in four variants:
 * A runs step x then step y; B swaps them; C swaps them behind `patched('y-first')`; D retires A's
 * branch with `deprecatePatch('y-first')` (test/histories/step-order-workflows.ts, one bundle).
 * Histories are recorded from real runs on the Temporal dev server and go through JSON as the
 * fixture files do.
 */
import crypto from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, makeTelemetryFilterString, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { DeterminismViolationError } from '@temporalio/workflow';
import type { StepActivities } from '../histories/step-order-workflows';
import { testEnv } from '../helpers/env';
import { historyToJson, patchIdsOf, replayAll, type JsonHistory } from '../helpers/histories';

type Variant = 'xThenY' | 'yThenX' | 'patchedSwap' | 'retiredSwap';

const activities: StepActivities = { stepX: async () => 'x', stepY: async () => 'y' };
let bundle: { code: string };
let workerConnection: NativeConnection;
let connection: Connection;
let client: Client;
const recorded = new Map<Variant, { result: string; json: JsonHistory }>();

const quiet = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

beforeAll(async () => {
  // The variants that do not match a history fail on purpose; the core's warnings about them are not shown.
  Runtime.install({
    logger: new DefaultLogger('ERROR'),
    telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'ERROR' }), forward: {} } },
  });
  bundle = await bundleWorkflowCode({ workflowsPath: require.resolve('../histories/step-order-workflows'), logger: quiet });
  workerConnection = await NativeConnection.connect({ address: testEnv('temporal') });
  connection = await Connection.connect({ address: testEnv('temporal') });
  client = new Client({ connection });
}, 120_000);

afterAll(async () => {
  await connection?.close();
  await workerConnection?.close();
});

/** Runs the variant for real and returns its result and its history as a fixture file holds it. */
async function run(variant: Variant): Promise<{ result: string; json: JsonHistory }> {
  const known = recorded.get(variant);
  if (known) return known;
  const taskQueue = `replay-harness-${crypto.randomBytes(4).toString('hex')}`;
  const worker = await Worker.create({ connection: workerConnection, taskQueue, workflowBundle: bundle, activities });
  const workflowId = `${taskQueue}-${variant}`;
  const result = await worker.runUntil(client.workflow.execute<() => Promise<string>>(variant, { taskQueue, workflowId }));
  const history = await client.workflow.getHandle(workflowId).fetchHistory();
  const json = JSON.parse(JSON.stringify(historyToJson(history))) as JsonHistory;
  recorded.set(variant, { result, json });
  return { result, json };
}

/** Replays a history with the variant's code standing in for the workflow that recorded it. */
async function replay(variant: Variant, json: JsonHistory): Promise<Error | undefined> {
  const copy = JSON.parse(JSON.stringify(json)) as JsonHistory;
  copy.events[0]!.workflowExecutionStartedEventAttributes.workflowType.name = variant;
  return (await replayAll({ code: bundle.code }, { history: copy })).history;
}

test('a history replays against the code that recorded it', async () => {
  const a = await run('xThenY');
  expect(a.result).toBe('xy');
  expect(await replay('xThenY', a.json)).toBeUndefined();
});

test('swapping two steps fails replay of the old history with a determinism error', async () => {
  const a = await run('xThenY');
  expect(await replay('yThenX', a.json)).toBeInstanceOf(DeterminismViolationError);
});

test('the same swap behind patched() replays the old history, and new runs take the new order', async () => {
  const a = await run('xThenY');
  expect(await replay('patchedSwap', a.json)).toBeUndefined();
  const c = await run('patchedSwap');
  expect(c.result).toBe('yx');
  expect(patchIdsOf(c.json)).toEqual(['y-first']);
  expect(await replay('patchedSwap', c.json)).toBeUndefined();
});

test('deprecatePatch() retires the old branch: patched histories still replay, those from before the patch no longer do', async () => {
  const a = await run('xThenY');
  const c = await run('patchedSwap');
  expect(await replay('retiredSwap', c.json)).toBeUndefined();
  expect(await replay('retiredSwap', a.json)).toBeInstanceOf(DeterminismViolationError);
});
