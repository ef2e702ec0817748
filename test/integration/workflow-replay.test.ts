/**
 * Calls already running when a new worker starts are replayed by the new workflow code. The
 * histories in test/fixtures/histories/ were recorded from earlier versions of `callLifecycle`; each
 * must replay against the workflow bundle built from the current code. A change that would break a
 * running call fails here, and belongs behind `patched()`.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as proto from '@temporalio/proto';
import { patchProtobufRoot } from '@temporalio/proto/lib/patch-protobuf-root';
import { DefaultLogger, Runtime, Worker, makeTelemetryFilterString } from '@temporalio/worker';
import { DeterminismViolationError } from '@temporalio/workflow';
import { testEnv } from '../helpers/env';

const HISTORIES = path.resolve(__dirname, '..', 'fixtures', 'histories');
const files = fs
  .readdirSync(HISTORIES)
  .filter((f) => f.endsWith('.json'))
  .sort();

/**
 * Loads a history in Temporal's JSON format. @temporalio/common's historyFromJSON uses the ProtoJSON
 * reader of its own protobufjs copy, which rejects the History type of @temporalio/proto's copy
 * ("type must be a Type") when npm installs them separately, as it does here; the reader of the
 * protobufjs that @temporalio/proto uses accepts it.
 */
const protojson = createRequire(require.resolve('@temporalio/proto'))('protobufjs/ext/protojson') as {
  fromJson(type: unknown, json: unknown, options?: { ignoreUnknownFields?: boolean }): proto.temporal.api.history.v1.IHistory;
};
const historyType = (patchProtobufRoot(proto) as unknown as { lookupType(name: string): unknown }).lookupType(
  'temporal.api.history.v1.History',
);

interface JsonEvent {
  eventType: string;
  [attributes: string]: any;
}

function readHistory(file: string): { events: JsonEvent[] } {
  return JSON.parse(fs.readFileSync(path.join(HISTORIES, file), 'utf8'));
}

function replay(json: { events: JsonEvent[] }) {
  const history = protojson.fromJson(historyType, json, { ignoreUnknownFields: true });
  const started = json.events[0]?.workflowExecutionStartedEventAttributes;
  return Worker.runReplayHistory(
    { workflowBundle: { codePath: testEnv('bundle') }, replayName: 'call-lifecycle-replay' },
    history,
    started?.workflowId,
  );
}

function localActivityType(event: JsonEvent): string | null {
  const data = event.markerRecordedEventAttributes?.details?.data?.payloads?.[0]?.data;
  return data ? (JSON.parse(Buffer.from(data, 'base64').toString('utf8')).activity_type as string) : null;
}

function setLocalActivityType(event: JsonEvent, type: string): void {
  const payload = event.markerRecordedEventAttributes.details.data.payloads[0];
  const data = JSON.parse(Buffer.from(payload.data, 'base64').toString('utf8'));
  payload.data = Buffer.from(JSON.stringify({ ...data, activity_type: type })).toString('base64');
}

beforeAll(() => {
  // The altered histories below fail on purpose; the core's warnings about them are not shown.
  Runtime.install({
    logger: new DefaultLogger('WARN'),
    telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'ERROR' }), forward: {} } },
  });
});

test('the recorded histories are there, one per call scenario, all of callLifecycle', () => {
  expect(files).toEqual(
    expect.arrayContaining([
      'call-lifecycle-v1-answered-call.json',
      'call-lifecycle-v1-disposed-call.json',
      'call-lifecycle-v1-duplicate-ignored.json',
      'call-lifecycle-v1-missed-call.json',
      'call-lifecycle-v1-seed-call-log.json',
      'call-lifecycle-v2-events-url.json',
      'call-lifecycle-v2-popup-missed.json',
      'call-lifecycle-v2-quiet-period.json',
    ]),
  );
  for (const file of files) {
    expect(readHistory(file).events[0]?.workflowExecutionStartedEventAttributes?.workflowType?.name).toBe('callLifecycle');
  }
});

test.each(files)('%s replays against the current workflow code', async (file) => {
  await expect(replay(readHistory(file))).resolves.toBeUndefined();
});

describe('a history the code did not produce fails replay', () => {
  test('an activity scheduled under another name', async () => {
    const json = readHistory('call-lifecycle-v1-disposed-call.json');
    const scheduled = json.events.find((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'pushDisposition');
    expect(scheduled).toBeDefined();
    scheduled!.activityTaskScheduledEventAttributes.activityType.name = 'pushDispositionRenamed';
    await expect(replay(json)).rejects.toThrow(DeterminismViolationError);
  });

  test('a local activity (CRM step) recorded under another name', async () => {
    const json = readHistory('call-lifecycle-v1-seed-call-log.json');
    const marker = json.events.find((e) => localActivityType(e) === 'writeCallActivity');
    expect(marker).toBeDefined();
    setLocalActivityType(marker!, 'writeCallActivityRenamed');
    await expect(replay(json)).rejects.toThrow(DeterminismViolationError);
  });
});
