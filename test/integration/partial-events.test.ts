/**
 * A call assembled from partial events, through the real path (HTTP → mapping → Temporal → database).
 * The payloads follow providers' public webhook documentation, not Patchcord's presets:
 * - a programmable-voice provider that posts every callback of a call to one URL as form fields:
 *   a ringing callback (with direction and numbers), an answered callback, a status callback with
 *   the outcome and talk time but no direction, and a recording callback minutes later;
 * - a cloud PBX whose JSON call log of an IVR-only call has no agent number;
 * - bracketed form keys as a provider documents them (`Legs[0][Duration]`).
 */
import crypto from 'node:crypto';
import { startSimulator, type Simulator } from '../../src/simulator/server';
import { createConnector, postJson, startHarness, waitFor, type Harness } from '../helpers/harness';

let h: Harness;
let agentId: string;

/** Every callback of the programmable-voice provider, to one URL; `CallbackType` tells them apart. */
const VOICE_EVENTS = `(
  $kind := CallbackType = 'recording' ? 'recording'
    : CallStatus in ['completed', 'busy', 'no-answer', 'failed', 'canceled'] ? 'status'
    : CallStatus = 'in-progress' ? 'answered'
    : 'live';
  {
    'kind': $kind,
    'sessionId': CallSid,
    'sourceNumber': From,
    'displayNumber': To,
    'agentNumber': AnsweredBy,
    'direction': Direction = 'inbound' ? 'Inbound' : Direction = 'outbound-api' ? 'Outbound',
    'startTime': $kind = 'live' ? Timestamp,
    'answeredAt': $kind = 'answered' ? Timestamp,
    'endTime': $kind = 'status' ? Timestamp,
    'status': CallStatus = 'completed' ? 'Answered' : CallStatus in ['busy', 'no-answer', 'failed', 'canceled'] ? 'Missed',
    'providerStatus': $kind = 'status' ? CallStatus,
    'durationSeconds': CallDuration,
    'recordingUrl': RecordingUrl
  }
)`;

function voiceCall() {
  const sid = `CA${crypto.randomBytes(16).toString('hex')}`;
  const common = { CallSid: sid, AccountSid: 'AC0001' };
  return {
    sid,
    ringing: {
      ...common,
      CallbackType: 'status',
      CallStatus: 'ringing',
      Direction: 'inbound',
      From: '+919845012345',
      To: '+918041234567',
      Timestamp: 'Mon, 23 Nov 2026 10:00:00 +0000',
    },
    answered: {
      ...common,
      CallbackType: 'status',
      CallStatus: 'in-progress',
      AnsweredBy: '+919876543210',
      Timestamp: 'Mon, 23 Nov 2026 10:00:07 +0000',
    },
    // The final status callback: outcome, timing and the call id; no direction, no numbers.
    completed: {
      ...common,
      CallbackType: 'status',
      CallStatus: 'completed',
      CallDuration: '42',
      Timestamp: 'Mon, 23 Nov 2026 10:00:49 +0000',
    },
    recording: {
      ...common,
      CallbackType: 'recording',
      RecordingSid: 'RE01',
      RecordingUrl: `https://recordings.example.net/${sid}.mp3`,
      RecordingDuration: '41',
    },
  };
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

async function postForm(url: string, fields: Record<string, string>) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form(fields) });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

async function getQuery(url: string, fields: Record<string, string>) {
  const res = await fetch(`${url}?${form(fields)}`);
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

/** Publishes a connector's mapping of one kind through the designer's API, as an admin would. */
async function publish(connectorId: string, segment: string, expression: string) {
  const draft = await h.admin('PUT', `/api/admin/connectors/${connectorId}/mappings/${segment}/draft`, { expression });
  expect(draft.status).toBe(200);
  const published = await h.admin('POST', `/api/admin/connectors/${connectorId}/mappings/${segment}/publish`, { note: 'test' });
  expect(published.status).toBe(200);
}

async function settings(connectorId: string, calls: Record<string, unknown>) {
  const res = await h.admin('PUT', `/api/admin/connectors/${connectorId}/lifecycle`, { calls });
  expect(res.status).toBe(200);
}

async function voiceConnector(calls: Record<string, unknown> = {}) {
  const connector = await createConnector(h, { duplicatePolicy: 'merge' });
  await publish(connector.id, 'events', VOICE_EVENTS);
  await settings(connector.id, calls);
  return { ...connector, eventsUrl: connector.callLogUrl.replace(/\/call-log$/, '/events') };
}

const activityId = (connectorId: string, sid: string) => `${connectorId}:s:${sid}`;

/** The activity once `ready` holds for it. */
async function activity(id: string, ready: (a: Record<string, any>) => boolean, what: string) {
  return waitFor(
    async () => {
      const a = (await h.models.CallActivity.findById(id).lean()) as Record<string, any> | null;
      return a && ready(a) ? a : null;
    },
    20_000,
    what,
  );
}

/** What an activity says about the call, without ids and bookkeeping. */
function callFields(a: Record<string, any>) {
  // Each unknown caller becomes a lead of its own, so the two calls' leads differ by id.
  const ignored = new Set([
    '_id',
    'connectorId',
    'callKey',
    'workflowId',
    'createdAt',
    'updatedAt',
    'updates',
    'fieldSources',
    'sessionId',
    'leadId',
    '__v',
  ]);
  const rest = Object.fromEntries(Object.entries(a).filter(([k]) => !ignored.has(k)));
  return { ...rest, recordingUrl: typeof a.recordingUrl === 'string' ? a.recordingUrl.replace(/CA[0-9a-f]+/, 'SID') : a.recordingUrl };
}

beforeAll(async () => {
  h = await startHarness('partial-events');
  const agent = await h.admin('POST', '/api/admin/users', {
    email: 'pe-agent@test.local',
    name: 'Agent PE',
    role: 'agent',
    password: 'agent-password',
    phones: ['+919876543210'],
  });
  expect(agent.status).toBe(201);
  agentId = agent.body.id;
});

afterAll(async () => {
  await h?.stop();
});

test('events of four kinds on one URL make one complete activity: the status callback without direction joins the ringing event that had it', async () => {
  const c = await voiceConnector();
  const call = voiceCall();
  // The ringing callback arrives as a GET with the fields in the query string.
  const ringing = await getQuery(c.eventsUrl, call.ringing);
  expect(ringing.status).toBe(200);
  expect(ringing.body).toMatchObject({ Status: 'Success', Events: [{ Kind: 'live' }] });
  expect(ringing.body.Missing).toEqual(['status']);
  expect((await postForm(c.eventsUrl, call.answered)).status).toBe(200);
  const completed = await postForm(c.eventsUrl, call.completed);
  expect(completed.status).toBe(200);
  expect(completed.body.Events[0]).toMatchObject({
    Kind: 'status',
    Fields: expect.arrayContaining(['status', 'durationSeconds', 'endTime']),
  });

  const a = await activity(activityId(c.id, call.sid), (x) => x.status === 'Answered', 'activity after the status callback');
  expect(a).toMatchObject({
    direction: 'Inbound',
    status: 'Answered',
    providerStatus: 'completed',
    durationSeconds: 42,
    sourceNumber: '+919845012345',
    displayNumber: '+918041234567',
    agentNumber: '+919876543210',
    complete: true,
    missingFields: [],
    noFinalEvent: false,
    finalReason: 'terminal-event',
  });
  expect(a.startTime.toISOString()).toBe('2026-11-23T10:00:00.000Z');
  expect(a.answeredAt.toISOString()).toBe('2026-11-23T10:00:07.000Z');
  expect(a.endTime.toISOString()).toBe('2026-11-23T10:00:49.000Z');
  expect(String(a.agentId)).toBe(agentId);
  expect(a.fieldSources).toMatchObject({ direction: 'live', status: 'status', agentNumber: 'answered' });
  // Inbound, the destination is the agent's end: derived from the agent's number no event repeated there.
  expect(a).toMatchObject({ destinationNumber: '+919876543210' });
  expect(a.fieldSources.destinationNumber).toBe('derived');

  // Minutes later: the recording callback only carries the call id and the URL.
  expect((await postForm(c.eventsUrl, call.recording)).status).toBe(200);
  const withRecording = await activity(activityId(c.id, call.sid), (x) => !!x.recordingUrl, 'recording added');
  expect(withRecording.recordingUrl).toBe(call.recording.RecordingUrl);
  const { recordingUrl: _r, updates: _u, updatedAt: _t, fieldSources: _s, ...rest } = withRecording;
  const { recordingUrl: _r0, updates: _u0, updatedAt: _t0, fieldSources: _s0, ...before } = a;
  expect(rest).toEqual(before);
  expect(await h.models.CallActivity.countDocuments({ connectorId: c.id })).toBe(1);

  // The timeline shows each event with the fields it brought.
  const timeline = await h.admin('GET', `/api/ops/calls/${encodeURIComponent(`call:${c.id}:s:${call.sid}`)}`);
  const events = (timeline.body.state.timeline as { kind: string; detail?: { kind?: string; fields?: string[] } }[]).filter(
    (t) => t.kind === 'event',
  );
  expect(events.map((e) => e.detail?.kind)).toEqual(['live', 'answered', 'status', 'recording']);
  expect(events[2]?.detail?.fields).toEqual(expect.arrayContaining(['status', 'durationSeconds', 'endTime', 'providerStatus']));
  expect(events[3]?.detail?.fields).toEqual(['recordingUrl']);
});

test("an event arriving after the call's workflow has ended updates the activity at once, keeping how the call ended", async () => {
  const c = await voiceConnector();
  const call = voiceCall();
  for (const body of [call.ringing, call.answered, call.completed]) expect((await postForm(c.eventsUrl, body)).status).toBe(200);
  const before = await activity(activityId(c.id, call.sid), (x) => x.status === 'Answered', 'final activity');
  const handle = h.api.temporal.workflow.getHandle(`call:${c.id}:s:${call.sid}`);
  await handle.terminate('the call ended long ago');

  expect((await postForm(c.eventsUrl, call.recording)).status).toBe(200);
  const after = await activity(activityId(c.id, call.sid), (x) => !!x.recordingUrl, 'late recording');
  expect(after).toMatchObject({
    complete: true,
    missingFields: [],
    finalReason: 'terminal-event',
    noFinalEvent: false,
    status: 'Answered',
    durationSeconds: 42,
    updates: before.updates + 1,
  });
  expect(String(after.agentId)).toBe(agentId);
  expect(after.fieldSources).toMatchObject({ status: 'status', recordingUrl: 'recording' });
  const rerun = await handle.query<{ timeline: { what: string }[] }>('callState');
  expect(rerun.timeline.map((t) => t.what)).toContain('the call was finalised by an earlier run; events update its activity');
});

test('duplicates and any order across kinds give the same activity', async () => {
  const c = await voiceConnector();
  const inOrder = voiceCall();
  for (const body of [inOrder.ringing, inOrder.answered, inOrder.completed, inOrder.recording])
    expect((await postForm(c.eventsUrl, body)).status).toBe(200);

  const shuffled = voiceCall();
  const sequence = [
    shuffled.recording,
    shuffled.completed,
    shuffled.completed,
    shuffled.answered,
    shuffled.ringing,
    shuffled.recording,
    shuffled.ringing,
  ];
  for (const body of sequence) expect((await postForm(c.eventsUrl, body)).status).toBe(200);

  const done = (a: Record<string, any>) => !!a.recordingUrl && !!a.direction && !!a.agentNumber && !!a.startTime && !!a.answeredAt;
  const a = await activity(activityId(c.id, inOrder.sid), done, 'in-order call');
  const b = await activity(activityId(c.id, shuffled.sid), done, 'shuffled call');
  expect(callFields(b)).toEqual(callFields(a));
  expect(a.leadId).toBeTruthy();
  expect(b.leadId).toBeTruthy();
  expect(String(b.agentId)).toBe(agentId);
  expect(a).toMatchObject({ status: 'Answered', durationSeconds: 42, complete: true });
  expect(await h.models.CallActivity.countDocuments({ connectorId: c.id })).toBe(2);
});

test('a call log with no agent number is stored, not refused, and listed as incomplete', async () => {
  const connector = await createConnector(h);
  // This connector counts a call complete only with the agent's number.
  await settings(connector.id, { completeFields: ['sourceNumber', 'startTime', 'status', 'agentNumber'] });
  await publish(
    connector.id,
    'call-log',
    `{
    'sessionId': call_id,
    'sourceNumber': caller_number,
    'displayNumber': did_number,
    'startTimeUtc': start_time_utc,
    'endTimeUtc': end_time_utc,
    'durationSeconds': talk_duration,
    'totalSeconds': total_duration,
    'status': call_status = 'missed' ? 'Missed' : call_status = 'answered' ? 'Answered' : call_status = 'voicemail' ? 'Voicemail',
    'providerStatus': hangup_reason,
    'direction': 'Inbound',
    'ivr': ivr_inputs ? $join(ivr_inputs, ' > '),
    'recordingUrl': recording_url,
    'kind': event = 'recording.ready' ? 'recording' : 'log',
    'custom': { 'queue': queue_name }
  }`,
  );
  const callId = `ivr-${crypto.randomBytes(6).toString('hex')}`;
  const res = await postJson(connector.callLogUrl, {
    call_id: callId,
    caller_number: '+919845077777',
    did_number: '+918041234567',
    agent_number: null,
    start_time_utc: '2026-11-23 08:00:00',
    end_time_utc: '2026-11-23 08:01:10',
    talk_duration: 0,
    total_duration: 70,
    call_status: 'missed',
    hangup_reason: 'IVR_TIMEOUT',
    ivr_inputs: ['1', '3'],
    queue_name: 'sales',
  });
  expect(res.status).toBe(200);
  expect(res.body.Missing).toEqual([]);
  const a = await activity(`${connector.id}:s:${callId}`, () => true, 'IVR-only call');
  expect(a).toMatchObject({
    status: 'Missed',
    complete: false,
    missingFields: ['agentNumber'],
    totalSeconds: 70,
    durationSeconds: 0,
    providerStatus: 'IVR_TIMEOUT',
    ivr: '1 > 3',
  });
  expect(a.agentId ?? null).toBeNull();
  expect(a.custom).toEqual({ queue: 'sales' });
  expect(a.fieldSources).toMatchObject({ sourceNumber: 'log', status: 'log', custom: { queue: 'log' } });
  expect(a.startTime.toISOString()).toBe('2026-11-23T08:00:00.000Z');

  const incomplete = await h.admin('GET', `/api/admin/activities?connectorId=${connector.id}&complete=false&missing=agentNumber`);
  expect(incomplete.status).toBe(200);
  expect(incomplete.body.items.map((i: { id: string }) => i.id)).toEqual([a._id]);
  expect(incomplete.body.items[0]).toMatchObject({ complete: false, missingFields: ['agentNumber'] });
  const complete = await h.admin('GET', `/api/admin/activities?connectorId=${connector.id}&complete=true`);
  expect(complete.body.items).toEqual([]);

  // The recording, minutes after the final log, carries only the call id and its URL: it adds the URL and nulls nothing.
  const recording = await postJson(connector.callLogUrl, {
    event: 'recording.ready',
    call_id: callId,
    recording_url: `https://media.example.org/${callId}.wav`,
  });
  expect(recording.status).toBe(200);
  expect(recording.body.Events ?? []).toEqual([]);
  const after = await activity(`${connector.id}:s:${callId}`, (x) => !!x.recordingUrl, 'recording after the log');
  const strip = (doc: Record<string, any>) =>
    Object.fromEntries(Object.entries(doc).filter(([k]) => !['recordingUrl', 'updates', 'updatedAt', 'fieldSources'].includes(k)));
  expect(strip(after)).toEqual(strip(a));
  expect(after.fieldSources).toMatchObject({ recordingUrl: 'recording', status: 'log' });
});

test('a present but malformed value in one of several events is a 400 naming it, and no event of the delivery is written', async () => {
  const c = await voiceConnector();
  await publish(c.id, 'events', `items.{ 'kind': kind, 'sessionId': id, 'status': outcome, 'startTime': started }`);
  const sid = `bad-${crypto.randomBytes(4).toString('hex')}`;
  const res = await postJson(c.eventsUrl, [
    { kind: 'live', id: sid, started: '2026-11-23 10:00:00' },
    { kind: 'status', id: sid, outcome: 'Ringing' },
  ]);
  expect(res.status).toBe(400);
  expect(res.body.Code).toBe('CALL_EVENT_INVALID');
  expect(res.body.Details).toEqual([expect.objectContaining({ field: '[1].status', code: 'not_allowed' })]);
  expect(res.body.Message).toContain('"Ringing"');
  await new Promise((r) => setTimeout(r, 500));
  await expect(h.api.temporal.workflow.getHandle(`call:${c.id}:s:${sid}`).describe()).rejects.toThrow();
  expect(await h.models.CallActivity.countDocuments({ connectorId: c.id })).toBe(0);
});

test('a delivery the events mapping passes over is acknowledged and starts nothing', async () => {
  const c = await voiceConnector();
  await publish(c.id, 'events', `CallStatus = 'initiated' ? [] : { 'kind': 'status', 'sessionId': CallSid, 'status': 'Answered' }`);
  const sid = `skip-${crypto.randomBytes(4).toString('hex')}`;
  const res = await postForm(c.eventsUrl, { CallSid: sid, CallStatus: 'initiated' });
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ Status: 'Success', Events: [] });
  await expect(h.api.temporal.workflow.getHandle(`call:${c.id}:s:${sid}`).describe()).rejects.toThrow();
  const logged = await waitFor(
    async () => h.models.RequestLog.findOne({ connectorId: c.id, kind: 'events', outcome: 'accepted' }).lean(),
    10_000,
    'request log',
  );
  expect(logged.workflowId).toBeNull();
});

test('an event that names no call is refused, naming what identifies one', async () => {
  const c = await voiceConnector();
  const res = await postForm(c.eventsUrl, { CallbackType: 'status', CallStatus: 'completed', CallDuration: '3' });
  expect(res.status).toBe(400);
  expect(res.body.Details).toEqual([expect.objectContaining({ field: 'sessionId', code: 'missing' })]);
});

test('a call with no final event is finalised after the quiet period, with what it knows, and listed', async () => {
  const c = await voiceConnector({ quietSeconds: 2 });
  const call = voiceCall();
  expect((await postForm(c.eventsUrl, call.ringing)).status).toBe(200);
  expect((await postForm(c.eventsUrl, call.answered)).status).toBe(200);
  const a = await activity(activityId(c.id, call.sid), () => true, 'quiet-period finalisation');
  expect(a).toMatchObject({ noFinalEvent: true, finalReason: 'quiet-period', status: 'Answered', direction: 'Inbound', complete: true });
  expect(a.endTime).toBeUndefined();
  const listed = await h.admin('GET', `/api/admin/activities?connectorId=${c.id}&noFinalEvent=true`);
  expect(listed.body.items.map((i: { id: string }) => i.id)).toEqual([a._id]);
  // The final callback still arrives later: it updates the same activity.
  expect((await postForm(c.eventsUrl, call.completed)).status).toBe(200);
  const updated = await activity(activityId(c.id, call.sid), (x) => x.durationSeconds === 42, 'late final event');
  expect(updated.endTime.toISOString()).toBe('2026-11-23T10:00:49.000Z');
  expect(await h.models.CallActivity.countDocuments({ connectorId: c.id })).toBe(1);
});

test('a callback sent as multipart form data is read like a form', async () => {
  const c = await voiceConnector();
  const call = voiceCall();
  expect((await postForm(c.eventsUrl, call.ringing)).status).toBe(200);
  const form = new FormData();
  for (const [k, v] of Object.entries(call.completed)) form.append(k, v);
  const res = await fetch(c.eventsUrl, { method: 'POST', body: form });
  expect(res.headers.get('content-type')).toMatch(/json/);
  expect(res.status).toBe(200);
  const a = await activity(activityId(c.id, call.sid), (x) => x.status === 'Answered', 'multipart status callback');
  expect(a).toMatchObject({ durationSeconds: 42, providerStatus: 'completed', direction: 'Inbound' });
});

test('a call record sent as XML is mapped like any other payload', async () => {
  const connector = await createConnector(h);
  await publish(
    connector.id,
    'call-log',
    `CallDetail.{
    'sessionId': \`@uuid\`,
    'sourceNumber': Caller,
    'startTimeUtc': Started,
    'durationSeconds': Talk,
    'status': Outcome = 'ANSWERED' ? 'Answered' : 'Missed',
    'notes': Notes
  }`,
  );
  const uuid = crypto.randomUUID();
  const body = `<?xml version="1.0" encoding="UTF-8"?><CallDetail uuid="${uuid}"><Caller>+919845012345</Caller><Started>2026-11-23 10:00:00</Started><Talk>31</Talk><Outcome>ANSWERED</Outcome><Notes>asked &amp; answered</Notes></CallDetail>`;
  const res = await fetch(connector.callLogUrl, { method: 'POST', headers: { 'content-type': 'text/xml' }, body });
  expect(res.status).toBe(200);
  const a = await activity(`${connector.id}:s:${uuid}`, () => true, 'XML call');
  expect(a).toMatchObject({ sourceNumber: '+919845012345', durationSeconds: 31, status: 'Answered', notes: 'asked & answered' });
});

test('a mapping reads a bracketed form key exactly as the provider documents it', async () => {
  const connector = await createConnector(h);
  await publish(
    connector.id,
    'call-log',
    `{
    'sessionId': CallUUID,
    'sourceNumber': From,
    'startTimeUtc': StartTime,
    'status': \`Legs[0][Status]\` = 'answered' ? 'Answered' : 'Missed',
    'durationSeconds': \`Legs[0][Duration]\`,
    'totalSeconds': Duration
  }`,
  );
  const uuid = crypto.randomUUID();
  const res = await postForm(connector.callLogUrl, {
    CallUUID: uuid,
    From: '919845012345',
    StartTime: '2026-11-23 10:00:00',
    'Legs[0][Status]': 'answered',
    'Legs[0][Duration]': '30',
    Duration: '45',
  });
  expect(res.status).toBe(200);
  const a = await activity(`${connector.id}:s:${uuid}`, () => true, 'bracket-key call');
  expect(a).toMatchObject({ status: 'Answered', durationSeconds: 30, totalSeconds: 45, sourceNumber: '+919845012345' });
});

describe('a call whose final event never comes, from a provider with a call-details API', () => {
  let sim: Simulator;

  beforeAll(async () => {
    sim = await startSimulator({ speed: 0, seed: 41 });
  });

  afterAll(async () => {
    await sim?.stop();
  });

  test('is finalised after the quiet period with its record pulled from the provider filling the gaps', async () => {
    const created = await h.admin('POST', '/api/admin/connectors', {
      name: `ozonetel ${crypto.randomBytes(3).toString('hex')}`,
      presetId: 'ozonetel',
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const credentials = { baseUrl: `${sim.url}/ozonetel`, username: 'sim_user', apiKey: 'sim-ozonetel-key' };
    expect((await h.admin('PUT', `/api/admin/connectors/${id}/provider`, { credentials })).status).toBe(200);
    await settings(id, { quietSeconds: 2 });

    // The provider places and ends a call; its call-details callback never reaches Patchcord.
    const q = new URLSearchParams({
      api_key: 'sim-ozonetel-key',
      username: 'sim_user',
      agentID: 'agent1',
      campaignName: '+918040000001',
      customerNumber: '+91-9845012345',
    });
    const placed = (await (await fetch(`${sim.url}/ozonetel/CAServices/AgentManualDial.php?${q.toString()}`)).json()) as { ucid: string };
    await waitFor(async () => sim.state.calls.find((c) => c.id === placed.ucid)?.ended, 10_000, 'the simulated call to end');
    // Only the screen-pop arrives.
    const popupUrl = created.body.webhookUrls.popup as string;
    const popup = await postForm(popupUrl, { monitorUcid: placed.ucid, callerID: '09845012345', did: '08040000001', agentID: 'agent1' });
    expect(popup.status).toBe(200);

    const a = await activity(`${id}:s:${placed.ucid}`, () => true, 'finalised call');
    expect(a).toMatchObject({
      noFinalEvent: true,
      finalReason: 'quiet-period',
      direction: 'Outbound',
      status: 'Answered',
      destinationNumber: '+919845012345',
      recordingUrl: `https://recordings.example/ozonetel/${placed.ucid}.mp3`,
      complete: true,
    });
    expect(a.durationSeconds).toBeGreaterThan(0);
    expect(a.fieldSources).toMatchObject({ durationSeconds: 'details', status: 'details', direction: 'details', displayNumber: 'popup' });
    expect(sim.journal.some((j) => j.op === 'fetchCDRbyUCID' && j.params?.ucid === placed.ucid)).toBe(true);
    const timeline = await h.admin('GET', `/api/ops/calls/${encodeURIComponent(`call:${id}:s:${placed.ucid}`)}`);
    const whats = (timeline.body.state.timeline as { what: string }[]).map((t) => t.what);
    expect(whats).toEqual(
      expect.arrayContaining(['no final event within the quiet period', 'call details pulled from the provider', 'fetchCallDetails']),
    );
  });
});
