/**
 * Workflows already running when a new worker starts are replayed by the new workflow code. The
 * histories in test/fixtures/histories/ were recorded from earlier and current versions of every
 * workflow type (`npm run histories:record` records the current ones); each must replay against the
 * workflow bundle built from the current code. A change that would break a running workflow fails
 * here, and belongs behind `patched()` (workflows/README.md).
 */
import { DefaultLogger, Runtime, makeTelemetryFilterString } from '@temporalio/worker';
import { DeterminismViolationError } from '@temporalio/workflow';
import * as workflows from '../../workflows';
import { testEnv } from '../helpers/env';
import { historyFiles, readHistory, replayAll, workflowTypeOf, type JsonEvent, type JsonHistory } from '../helpers/histories';

const files = historyFiles();
/** Every workflow type the worker registers, and so every type a running workflow may have. */
const WORKFLOW_TYPES = ['callLifecycle', 'clickToCall', 'didSync'];

const replayOne = async (name: string, json: JsonHistory) => (await replayAll(testEnv('bundle'), { [name]: json }))[name];

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

test('every workflow type has recorded histories, and every history is of a workflow type the worker registers', () => {
  expect(Object.keys(workflows).filter((name) => WORKFLOW_TYPES.includes(name))).toEqual(expect.arrayContaining(WORKFLOW_TYPES));
  const types = files.map((file) => workflowTypeOf(readHistory(file)));
  for (const type of WORKFLOW_TYPES) expect(types).toContain(type);
  for (const type of types) expect(WORKFLOW_TYPES).toContain(type);
  expect(files).toEqual(
    expect.arrayContaining([
      'call-lifecycle-v1-disposed-call.json',
      'call-lifecycle-v2-events-url.json',
      'call-lifecycle-v3-continued-as-new-run1.json',
      'click-to-call-v2-failed-retried-by-ops.json',
      'call-lifecycle-v3-continued-as-new-run2.json',
      'click-to-call-v1-placed.json',
      'click-to-call-v1-rejected.json',
      'click-to-call-v1-failed-retried-by-ops.json',
      'did-sync-v1-sync-now.json',
    ]),
  );
});

test('every recorded history replays against the current workflow code', async () => {
  const results = await replayAll(testEnv('bundle'), Object.fromEntries(files.map((file) => [file, readHistory(file)])));
  expect(Object.keys(results).sort()).toEqual(files);
  const failed = Object.entries(results).flatMap(([file, error]) => (error ? [`${file}: ${error.message}`] : []));
  expect(failed).toEqual([]);
});

describe('a history the code did not produce fails replay', () => {
  test('an activity scheduled under another name', async () => {
    const json = readHistory('call-lifecycle-v1-disposed-call.json');
    const scheduled = json.events.find((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'pushDisposition');
    expect(scheduled).toBeDefined();
    scheduled!.activityTaskScheduledEventAttributes.activityType.name = 'pushDispositionRenamed';
    expect(await replayOne('renamed-activity', json)).toBeInstanceOf(DeterminismViolationError);
  });

  test('a local activity (CRM step) recorded under another name', async () => {
    const json = readHistory('call-lifecycle-v1-seed-call-log.json');
    const marker = json.events.find((e) => localActivityType(e) === 'writeCallActivity');
    expect(marker).toBeDefined();
    setLocalActivityType(marker!, 'writeCallActivityRenamed');
    expect(await replayOne('renamed-local-activity', json)).toBeInstanceOf(DeterminismViolationError);
  });

  test('a click-to-call whose provider step was another', async () => {
    const json = readHistory('click-to-call-v1-placed.json');
    const scheduled = json.events.find((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'placeCall');
    expect(scheduled).toBeDefined();
    scheduled!.activityTaskScheduledEventAttributes.activityType.name = 'syncDids';
    expect(await replayOne('click-to-call-other-step', json)).toBeInstanceOf(DeterminismViolationError);
  });

  test('a continued call run that did not continue as new', async () => {
    const json = readHistory('call-lifecycle-v3-continued-as-new-run1.json');
    const last = json.events.at(-1);
    expect(last?.eventType).toBe('EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW');
    json.events[json.events.length - 1] = {
      eventId: last?.eventId,
      eventTime: last?.eventTime,
      eventType: 'EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED',
      workflowExecutionCompletedEventAttributes: {
        workflowTaskCompletedEventId: last?.workflowExecutionContinuedAsNewEventAttributes?.workflowTaskCompletedEventId,
      },
    };
    expect(await replayOne('completed-instead', json)).toBeInstanceOf(DeterminismViolationError);
  });
});
