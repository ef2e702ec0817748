/**
 * The call-log path end to end: HTTP webhook → JSONata mapping → Temporal workflow → activities →
 * database, with the real API, worker, Temporal dev server and FerretDB.
 */
import { createConnector, postJson, seedCallLog, startHarness, waitFor, type Harness } from '../helpers/harness';

let h: Harness;
let agentId: string;
let leadId: string;
let secondaryLeadId: string;

beforeAll(async () => {
  h = await startHarness('call-log');
  const agent = await h.admin('POST', '/api/admin/users', {
    email: 'agent1@test.local',
    name: 'Agent One',
    role: 'agent',
    password: 'agent-password',
    phones: ['9876543210'],
    agentIds: [{ agentId: 'abcd1234' }],
  });
  expect(agent.status).toBe(201);
  agentId = agent.body.id;
  const lead = await h.admin('POST', '/api/admin/leads', { firstName: 'Rakesh', phone: '9611232123', ownerId: agentId });
  expect(lead.status).toBe(201);
  expect(lead.body.phone).toBe('+919611232123');
  leadId = lead.body.id;
  const other = await h.admin('POST', '/api/admin/leads', {
    firstName: 'Second',
    phone: '+919700000001',
    secondaryPhones: ['080 4000 0001'],
  });
  secondaryLeadId = other.body.id;
});

afterAll(async () => {
  await h?.stop();
});

async function activityOf(activityId: string) {
  return waitFor(() => h.models.CallActivity.findById(activityId).lean(), 20_000, `activity ${activityId}`);
}

test('a seed-format call log makes exactly one activity, linked to the right lead and agent', async () => {
  const connector = await createConnector(h);
  const payload = seedCallLog();
  const res = await postJson(connector.callLogUrl, payload);
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ Status: 'Success', CallSessionId: payload.CallSessionId });

  const activity = await activityOf(res.body.ActivityId as string);
  expect(String(activity.leadId)).toBe(leadId);
  expect(String(activity.agentId)).toBe(agentId);
  expect(activity).toMatchObject({
    direction: 'Inbound',
    status: 'Answered',
    durationSeconds: 12,
    notes: 'Enquired about product',
    recordingUrl: 'server/filename.extension',
    sourceNumber: '+919611232123',
    mappingVersion: 1,
  });
  // StartTime is IST (UTC+05:30) in the seed.
  expect(activity.startTime?.toISOString()).toBe('2015-08-20T12:56:38.000Z');
  expect(await h.models.CallActivity.countDocuments({ connectorId: connector.id })).toBe(1);

  const read = await h.admin('GET', `/api/admin/activities?leadId=${leadId}`);
  expect(read.status).toBe(200);
  expect(read.body.items.map((a: { id: string }) => a.id)).toContain(res.body.ActivityId);
});

test("raw JSON sent as form-urlencoded with %2b numbers is accepted (the seed's quirk)", async () => {
  const connector = await createConnector(h);
  const body = JSON.stringify(seedCallLog({ SourceNumber: '%2b919611232123', DestinationNumber: '%2b919876543210' }));
  const res = await fetch(connector.callLogUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
  expect(res.status).toBe(200);
  const { ActivityId } = (await res.json()) as { ActivityId: string };
  const activity = await activityOf(ActivityId);
  expect(String(activity.leadId)).toBe(leadId);
  expect(String(activity.agentId)).toBe(agentId);
});

test.each([['%2b919611232123'], ['+919611232123'], ['09611232123'], ['96112 32123'], ['961-123-2123']])(
  'number %s matches the same lead',
  async (number) => {
    const connector = await createConnector(h);
    const res = await postJson(connector.callLogUrl, seedCallLog({ SourceNumber: number }));
    expect(res.status).toBe(200);
    expect(String((await activityOf(res.body.ActivityId as string)).leadId)).toBe(leadId);
  },
);

test('a secondary number finds its lead without creating another', async () => {
  const connector = await createConnector(h);
  const before = await h.models.Lead.countDocuments();
  const res = await postJson(connector.callLogUrl, seedCallLog({ SourceNumber: '+918040000001' }));
  expect(res.status).toBe(200);
  expect(String((await activityOf(res.body.ActivityId as string)).leadId)).toBe(secondaryLeadId);
  expect(await h.models.Lead.countDocuments()).toBe(before);
});

test('the AgentId mapping finds the agent when the agent number is unknown', async () => {
  const connector = await createConnector(h);
  const res = await postJson(connector.callLogUrl, seedCallLog({ DestinationNumber: '1001', AgentId: 'abcd1234' }));
  expect(String((await activityOf(res.body.ActivityId as string)).agentId)).toBe(agentId);
});

test('LeadId in the payload wins over the phone number', async () => {
  const connector = await createConnector(h);
  const res = await postJson(connector.callLogUrl, seedCallLog({ LeadId: secondaryLeadId }));
  expect(String((await activityOf(res.body.ActivityId as string)).leadId)).toBe(secondaryLeadId);
});

test('an unknown caller creates exactly one lead, even when the log is sent twice', async () => {
  const connector = await createConnector(h);
  const payload = seedCallLog({ SourceNumber: '+919811100077', CallerName: 'New Caller' });
  const first = await postJson(connector.callLogUrl, payload);
  const second = await postJson(connector.callLogUrl, payload);
  expect([first.status, second.status]).toEqual([200, 200]);
  const activity = await activityOf(first.body.ActivityId as string);
  await waitFor(async () => (await h.models.CallActivity.findById(first.body.ActivityId).lean())?.leadId, 10_000, 'lead link');
  const leads = await h.models.Lead.find({ phone: '+919811100077' }).lean();
  expect(leads).toHaveLength(1);
  expect(leads[0]).toMatchObject({ firstName: 'New', lastName: 'Caller', city: 'Bangalore' });
  expect(String(activity.leadId)).toBe(String(leads[0]?._id));
});

test('a connector that does not create leads logs an unknown caller without a lead', async () => {
  const connector = await createConnector(h, { createUnknownLeads: false });
  const res = await postJson(connector.callLogUrl, seedCallLog({ SourceNumber: '+919811100088' }));
  const activity = await activityOf(res.body.ActivityId as string);
  expect(activity.leadId ?? null).toBeNull();
  expect(await h.models.Lead.countDocuments({ phone: '+919811100088' })).toBe(0);
});

test('under "ignore", the same session id again makes no second activity and changes nothing', async () => {
  const connector = await createConnector(h, { duplicatePolicy: 'ignore' });
  const payload = seedCallLog();
  const first = await postJson(connector.callLogUrl, payload);
  await activityOf(first.body.ActivityId as string);
  const again = await postJson(connector.callLogUrl, { ...payload, CallNotes: 'changed', CallDuration: '99' });
  expect(again.status).toBe(200);
  expect(again.body.ActivityId).toBe(first.body.ActivityId);
  // Wait until the workflow has handled the second signal, then check nothing changed.
  await waitFor(
    async () => {
      const handle = h.api.temporal.workflow.getHandle(`call:${connector.id}:s:${String(payload.CallSessionId)}`);
      const state = await handle.query<{ callLogsReceived: number; lastOutcome: string }>('callState');
      return state.callLogsReceived === 2 && state.lastOutcome === 'ignored';
    },
    20_000,
    'second log handled',
  );
  const docs = await h.models.CallActivity.find({ connectorId: connector.id }).lean();
  expect(docs).toHaveLength(1);
  expect(docs[0]).toMatchObject({ notes: 'Enquired about product', durationSeconds: 12 });
});

test('under "merge", a later payload updates the activity and never blanks a stored value', async () => {
  const connector = await createConnector(h, { duplicatePolicy: 'merge' });
  const payload = seedCallLog({ ResourceURL: undefined, CallNotes: 'first notes' });
  const first = await postJson(connector.callLogUrl, payload);
  await activityOf(first.body.ActivityId as string);
  const later = await postJson(connector.callLogUrl, {
    ...payload,
    CallNotes: '',
    ResourceURL: 'https://rec.example.com/1.mp3',
    CallDuration: '30',
    Status: 'Voicemail',
  });
  expect(later.status).toBe(200);
  const merged = await waitFor(
    async () => {
      const doc = await h.models.CallActivity.findById(first.body.ActivityId).lean();
      return doc?.recordingUrl ? doc : null;
    },
    20_000,
    'merge',
  );
  expect(merged).toMatchObject({
    notes: 'first notes',
    recordingUrl: 'https://rec.example.com/1.mp3',
    durationSeconds: 30,
    status: 'Voicemail',
    updates: 2,
  });
  expect(await h.models.CallActivity.countDocuments({ connectorId: connector.id })).toBe(1);
});

test('a present but malformed value gets a 400 naming the field and the value, and nothing is stored', async () => {
  const connector = await createConnector(h);
  const payload = seedCallLog({ SourceNumber: '+919811100099', StartTime: '31/02/2026 25:61', Status: 'Ringing' });
  const leadsBefore = await h.models.Lead.countDocuments();
  const res = await postJson(connector.callLogUrl, payload);
  expect(res.status).toBe(400);
  expect(res.body).toMatchObject({ Status: 'Failure', Code: 'CALL_EVENT_INVALID' });
  const fields = (res.body.Details as { field: string; code: string }[]).map((d) => `${d.field}:${d.code}`);
  expect(fields).toEqual(expect.arrayContaining(['startTime:invalid', 'status:not_allowed']));
  expect(res.body.Message).toMatch(/"Ringing"/);
  expect(res.body.Message).toMatch(/31\/02\/2026 25:61/);
  await new Promise((r) => setTimeout(r, 500));
  expect(await h.models.CallActivity.countDocuments({ connectorId: connector.id })).toBe(0);
  expect(await h.models.Lead.countDocuments()).toBe(leadsBefore);
});

test('ordinary form fields and query strings are accepted', async () => {
  const connector = await createConnector(h);
  const { CallSessionId, ...rest } = seedCallLog({ SourceNumber: '+919611232123' });
  const form = new URLSearchParams(Object.entries(rest).map(([k, v]): [string, string] => [k, String(v)]));
  const res = await fetch(`${connector.callLogUrl}?CallSessionId=${encodeURIComponent(String(CallSessionId))}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { ActivityId: string; CallSessionId: string };
  expect(body.CallSessionId).toBe(CallSessionId);
  expect(String((await activityOf(body.ActivityId)).leadId)).toBe(leadId);
});
