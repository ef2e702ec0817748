/**
 * A call's workflow stays bounded however many events its provider sends: a run whose history passes
 * its bound continues as new with everything the call knows, the timeline keeps its first and latest
 * entries, and duplicate deliveries are recognised among the most recently seen event ids. Events go
 * to the call's workflow as the call client sends them (signalWithStart on the real Temporal dev
 * server); the worker's activities write to the real database. The bounds are lowered through the
 * workflow's input, as only a test does.
 */
import crypto from 'node:crypto';
import type { CallEventDelivery } from '../../src/call/mapped-events';
import {
  callEventSignal,
  callLifecycle,
  callStateQuery,
  routeDecisionSignal,
  submitDispositionUpdate,
  type CallLifecycleInput,
  type CallState,
  type HistoryLimits,
} from '../../workflows';
import { createConnector, startHarness, waitFor, type Harness } from '../helpers/harness';

let h: Harness;
let agentId: string;
let leadId: string;
const AGENT_PHONE = '+919611795990';
const LEAD_PHONE = '+919845012399';
const CONTINUED = 'the call continues in a new run';

beforeAll(async () => {
  h = await startHarness('history-bounds');
  agentId = (
    await h.admin('POST', '/api/admin/users', {
      email: 'kiran@test.local',
      name: 'Kiran',
      role: 'agent',
      password: 'agent-password',
      phones: [AGENT_PHONE],
    })
  ).body.id;
  leadId = (await h.admin('POST', '/api/admin/leads', { firstName: 'Meera', phone: LEAD_PHONE, ownerId: agentId })).body.id;
});

afterAll(async () => {
  await h?.stop();
});

async function connector(settings: Record<string, unknown>): Promise<string> {
  const { id } = await createConnector(h);
  await h.models.Connector.updateOne(
    { _id: id },
    { $set: Object.fromEntries(Object.entries(settings).map(([k, v]) => [`lifecycle.${k}`, v])) },
  );
  return id;
}

/** One call's workflow, started (if need be) with every event as the call client starts it, plus the bounds given. */
function call(connectorId: string, limits?: Partial<HistoryLimits>) {
  const sessionId = `bound-${crypto.randomBytes(5).toString('hex')}`;
  const input: CallLifecycleInput = { connectorId, callKey: `s:${sessionId}`, sessionId, ...(limits ? { limits } : {}) };
  const workflowId = `call:${connectorId}:s:${sessionId}`;
  const options = { workflowId, taskQueue: h.config.temporal.taskQueue, args: [input] as [CallLifecycleInput] };
  const handle = () => h.api.temporal.workflow.getHandle(workflowId);
  return {
    sessionId,
    workflowId,
    handle,
    event: (eventId: string, kind: CallEventDelivery['kind'], fields: Record<string, unknown>) =>
      h.api.temporal.workflow.signalWithStart(callLifecycle, {
        ...options,
        signal: callEventSignal,
        signalArgs: [
          {
            eventId,
            receivedAt: '2026-11-23T10:00:00.000Z',
            source: 'events',
            kind,
            fields: { custom: {}, sessionId, ...fields },
            mappingVersion: 0,
          },
        ],
      }),
    route: () =>
      h.api.temporal.workflow.signalWithStart(callLifecycle, {
        ...options,
        signal: routeDecisionSignal,
        signalArgs: [
          {
            eventId: 'route',
            receivedAt: '2026-11-23T09:59:59.000Z',
            callerNumber: LEAD_PHONE,
            virtualNumber: '+918041234567',
            agentUserId: agentId,
            leadId,
            opportunityId: null,
            queue: null,
            reason: 'lead owner',
          },
        ],
      }),
    state: () => handle().query(callStateQuery),
    /** Waits until the call has handled `events` events and `ready` holds. */
    settled: (events: number, ready: (s: CallState) => boolean = () => true) =>
      waitFor(
        async () => {
          const s = await handle().query(callStateQuery);
          return s.eventsReceived === events && ready(s) ? s : null;
        },
        30_000,
        `${events} events handled`,
      ),
  };
}

type Call = ReturnType<typeof call>;

/**
 * A long call: route, popup, answered, many live events (with duplicates), the hangup, the agent's
 * disposition, a recording, and more duplicates. Resolves with the number of distinct events.
 */
async function longCall(c: Call): Promise<number> {
  await c.route();
  // The route is handled before the popup is sent. Signals that both reach the workflow's first task
  // are handled by handler, not in arrival order (a popup then precedes its route); both calls must
  // see the same order for their states to compare.
  await c.settled(0, (s) => s.route !== null && s.route !== undefined);
  await c.event('popup', 'popup', { direction: 'Inbound', sourceNumber: LEAD_PHONE, agentNumber: AGENT_PHONE });
  await c.event('answered', 'answered', { answeredAt: '2026-11-23T10:00:05.000Z' });
  for (let i = 1; i <= 12; i++) {
    await c.event(`live-${i}`, 'live', { custom: { progress: `step ${i}` } });
    if (i % 4 === 0) await c.event(`live-${i - 1}`, 'live', { custom: { progress: `step ${i - 1}` } });
  }
  await c.event('popup', 'popup', { direction: 'Inbound', sourceNumber: LEAD_PHONE, agentNumber: AGENT_PHONE });
  await c.event('hangup', 'hangup', { endTime: '2026-11-23T10:04:00.000Z', status: 'Answered', durationSeconds: 235 });
  await c.settled(15, (s) => !!s.final && s.outcome === 'answered');
  await c
    .handle()
    .executeUpdate(submitDispositionUpdate, { args: [{ value: 'Interested', byUserId: agentId, task: { title: 'Send the quote' } }] });
  await c.settled(15, (s) => s.disposition?.status === 'done');
  await c.event('recording', 'recording', { recordingUrl: 'https://recordings.example.net/1.mp3' });
  await c.event('hangup', 'hangup', { endTime: '2026-11-23T10:04:00.000Z', status: 'Answered', durationSeconds: 235 });
  await c.event('live-12', 'live', { custom: { progress: 'step 12' } });
  return 16;
}

/**
 * The state without what differs between two calls of the same events: their ids, the times they ran,
 * and how a step's note interleaves with the arrival of the next event (events are noted in arrival
 * order, the rest is compared as a set).
 */
function comparable(state: CallState, c: Call): unknown {
  const timeline = state.timeline.filter((t) => t.what !== CONTINUED);
  const text = JSON.stringify({
    ...state,
    timeline: {
      events: timeline.filter((t) => t.kind === 'event'),
      others: timeline
        .filter((t) => t.kind !== 'event')
        .map((t) => JSON.stringify({ ...t, at: undefined }))
        .sort(),
    },
  })
    .replaceAll(c.sessionId, '<session>')
    .replaceAll(c.workflowId, '<workflow>');
  return JSON.parse(text, (key, value: unknown) => (key === 'at' ? '<time>' : value));
}

test('a call whose history passes its bound continues as new, and ends with the state it would have had in one run', async () => {
  const connectorId = await connector({
    'disposition.requiredBeforeNextCall': true,
    'disposition.values': ['Interested', 'Not interested'],
    'disposition.leadField': 'Disposition',
    'disposition.task.mode': 'optional',
  });
  const bounded = call(connectorId, { historyEvents: 30 });
  const oneRun = call(connectorId);
  const events = await longCall(bounded);
  expect(await longCall(oneRun)).toBe(events);
  const isDone = (s: CallState) => !!s.call?.recordingUrl && s.timeline.filter((t) => t.what.includes('duplicate')).length === 6;
  const [after, reference] = [await bounded.settled(events, isDone), await oneRun.settled(events, isDone)];

  const { raw } = await bounded.handle().describe();
  expect(raw.workflowExecutionInfo?.execution?.runId).not.toBe(raw.workflowExecutionInfo?.firstRunId);
  // The recording came to a later run, which wrote it to the activity from the state handed over.
  const whats = after.timeline.map((t) => t.what);
  expect(whats.indexOf(CONTINUED)).toBeGreaterThan(-1);
  expect(whats.indexOf(CONTINUED)).toBeLessThan(whats.indexOf('recording received'));
  expect(reference.timeline.filter((t) => t.what === CONTINUED)).toEqual([]);
  const { raw: one } = await oneRun.handle().describe();
  expect(one.workflowExecutionInfo?.execution?.runId).toBe(one.workflowExecutionInfo?.firstRunId);

  expect(comparable(after, bounded)).toEqual(comparable(reference, oneRun));
  expect(after).toMatchObject({
    outcome: 'answered',
    disposition: { status: 'done', value: 'Interested' },
    call: { custom: { progress: 'step 12' }, recordingUrl: 'https://recordings.example.net/1.mp3' },
    leadId,
    agentUserId: agentId,
  });
  // Duplicates delivered to a later run were known there: the seen ids were handed over too.
  expect(after.timeline.filter((t) => t.what.endsWith('(duplicate, ignored)')).map((t) => t.detail?.eventId)).toEqual([
    'live-3',
    'live-7',
    'live-11',
    'popup',
    'hangup',
    'live-12',
  ]);
  // One activity and one disposition task per call, whatever the runs.
  expect(await h.models.CallActivity.countDocuments({ _id: `${connectorId}:s:${bounded.sessionId}` })).toBe(1);
  expect(await h.models.Task.countDocuments({ workflowId: bounded.workflowId })).toBe(1);
});

test("the timeline keeps the call's first entries and its latest, and counts those dropped between them", async () => {
  const connectorId = await connector({});
  const capped = call(connectorId, { timelineHead: 3, timelineTail: 5 });
  const full = call(connectorId);
  for (const c of [capped, full]) {
    await c.event('popup', 'popup', { direction: 'Inbound', sourceNumber: LEAD_PHONE, agentNumber: AGENT_PHONE });
    // The popup's steps are noted before the next event arrives, so both timelines have one order.
    await c.settled(1, (st) => st.timeline.some((t) => t.what === 'showPopup'));
    for (let i = 1; i <= 10; i++) await c.event(`live-${i}`, 'live', { custom: { progress: `step ${i}` } });
  }
  const [s, reference] = [await capped.settled(11), await full.settled(11)];
  const whats = (entries: CallState['timeline']) => entries.map((t) => t.what);
  const dropped = reference.timeline.length - 8;
  expect(dropped).toBeGreaterThan(0);
  expect(s.timelineDropped).toBe(dropped);
  expect(whats(s.timeline)).toEqual([
    ...whats(reference.timeline.slice(0, 3)),
    `${dropped} timeline entries dropped: the first 3 and the latest 5 are kept`,
    ...whats(reference.timeline.slice(-5)),
  ]);
  expect(s.timeline[3]?.detail).toEqual({ dropped });
  expect(reference.timelineDropped).toBeUndefined();
});

test('an event delivered again after its id was forgotten changes nothing: no second activity, no second task, no rewrite', async () => {
  const connectorId = await connector({ 'missedCall.createTask': true, 'missedCall.dueInMinutes': 30 });
  const c = call(connectorId, { seenIds: 3 });
  const hangup = () => c.event('hangup', 'hangup', { endTime: '2026-11-23T10:00:30.000Z', status: 'Missed' });
  await c.event('popup', 'popup', { direction: 'Inbound', sourceNumber: LEAD_PHONE, agentNumber: AGENT_PHONE });
  await hangup();
  const activityId = `${connectorId}:s:${c.sessionId}`;
  await c.settled(2, (s) => s.activityId === activityId);
  const written = await h.models.CallActivity.findById(activityId).lean();
  expect(written).toMatchObject({ status: 'Missed' });
  // Three more events that change nothing of the call push the hangup's id out of the three remembered.
  for (let i = 1; i <= 3; i++) await c.event(`live-${i}`, 'live', { sourceNumber: LEAD_PHONE });
  await hangup();
  // Within the bound, a duplicate is still recognised.
  await c.event('live-3', 'live', { sourceNumber: LEAD_PHONE });
  const s = await c.settled(6, (st) => st.timeline.some((t) => t.what === 'live event received (duplicate, ignored)'));

  const again = s.timeline.filter((t) => t.detail?.eventId === 'hangup');
  expect(again.map((t) => [t.what, t.detail?.fields])).toEqual([
    ['call hangup', expect.arrayContaining(['endTime', 'status'])],
    ['call hangup', []],
  ]);
  expect(s.lastOutcome).toBe('ignored');
  expect(await h.models.CallActivity.countDocuments({ connectorId })).toBe(1);
  expect((await h.models.CallActivity.findById(activityId).lean())?.updates).toBe(written?.updates);
  expect(await h.models.Task.countDocuments({ workflowId: c.workflowId })).toBe(1);
});
