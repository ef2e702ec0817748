/**
 * The presets' callDetails operations as data: which presets have one, what their rules make of the
 * provider's answers, and what their response mappings read from a call record, with the engine and
 * validation the activity uses.
 */
import { validateMapped } from '../../src/call/mapped-events';
import { makeMappingEngine } from '../../src/mapping/engine';
import { evaluateRules, makeOutbound, translateRequest } from '../../src/outbound';
import { PRESETS } from '../../src/providers';
import { cdrRecord } from '../../src/simulator/providers/ozonetel';
import { UNHURRIED } from '../helpers/mapping';

const engine = makeMappingEngine(UNHURRIED);
const ctx = { defaultCountry: 'IN' as const, timeZone: 'Asia/Kolkata' };
const ozonetel = PRESETS.find((p) => p.id === 'ozonetel')!.api!.operations.callDetails!;

async function fieldsOf(answer: unknown) {
  const checked = validateMapped('callLog', await engine.evaluate(ozonetel.responseMapping!, answer, ctx), ctx);
  expect(checked.problems).toEqual([]);
  return checked.events![0]!.fields;
}

/** Ozonetel's documented sample answer (numbers and ids made up where the documentation masks them). */
const SAMPLE = {
  status: 'success',
  message: [
    {
      CallID: '9112000000002352',
      UCID: '9112000000002352',
      UUI: '',
      'Campaign Name': 'Hosted_918040000001',
      Location: '',
      'Caller Id': '09611795983',
      Skill: '',
      'Call Date': '2024-08-03',
      'Start Time': '2024-08-03 22:28:43',
      'Time to Answer': '00:00:31',
      'End Time': '2024-08-03 22:29:29',
      TalkTime: '00:00:15',
      Duration: '00:00:46',
      'Customer Ring Time': '00:00:30',
      'FallBack Rule': 'AgentDial',
      'Dialed Number': '9900000001',
      Type: 'Manual',
      Agent: 'test',
      Disposition: 'Call_autoDrop',
      Status: 'Answered',
      'Hangup By': 'AgentHangup',
      Transfer: '',
      'Transferred To': '',
      comments: 'd',
      DialStatus: 'answered',
      CustomerStatus: 'answered',
      AgentStatus: 'answered',
      'Wrapup Time': '00:00:05',
      Rating: '0',
      RatingComments: '',
      'Audio Download': 'https://recordings.example/9112000000002352.mp3',
    },
  ],
};

test('only presets whose provider offers a single-call lookup have callDetails, each with a compiling response mapping', () => {
  const withDetails = PRESETS.filter((p) => p.api?.operations.callDetails).map((p) => p.id);
  expect(withDetails).toEqual(['ozonetel']);
  for (const id of withDetails) {
    const op = PRESETS.find((p) => p.id === id)!.api!.operations.callDetails!;
    expect(op.enabled).toBe(true);
    expect(() => engine.compile(op.responseMapping!)).not.toThrow();
  }
});

test("ozonetel: the request carries the account, the call id (URL-encoded) and today's report", () => {
  const request = makeOutbound().render(translateRequest(ozonetel.request), {
    credentials: { baseUrl: 'https://api1.cloudagent.in', username: 'acme', apiKey: 'k&1' },
    callSessionId: '9112 0',
  });
  expect(request).toEqual({
    method: 'GET',
    url: 'https://api1.cloudagent.in/CAServices/cdr/fetchCDRbyUCID.php?userName=acme&apiKey=k%261&ucid=9112%200&reportType=currentday',
    headers: {},
  });
});

test('ozonetel: "No Data Found" is the unknown call; a record is a success; other refusals match no rule', () => {
  expect(evaluateRules('{"status":"error","message":"No Data Found"}', ozonetel.rules)).toMatchObject({
    outcome: 'error',
    message: 'Ozonetel has no record of this call.',
  });
  expect(evaluateRules(JSON.stringify(SAMPLE), ozonetel.rules).outcome).toBe('success');
  expect(evaluateRules('{"status":"error","message":"userName or apiKey is Invalid"}', ozonetel.rules).outcome).toBe('unknown');
});

test('ozonetel: the documented record becomes canonical call fields', async () => {
  expect(await fieldsOf(SAMPLE)).toEqual({
    sessionId: '9112000000002352',
    direction: 'Outbound',
    sourceNumber: '+919900000001',
    destinationNumber: '+919611795983',
    agentNumber: '+919900000001',
    startTime: new Date('2024-08-03T16:58:43.000Z'),
    endTime: new Date('2024-08-03T16:59:29.000Z'),
    durationSeconds: 15,
    totalSeconds: 46,
    ringSeconds: 31,
    status: 'Answered',
    notes: 'd',
    recordingUrl: 'https://recordings.example/9112000000002352.mp3',
    agentId: 'test',
    custom: { campaign: 'Hosted_918040000001', hangupBy: 'AgentHangup', disposition: 'Call_autoDrop', dialStatus: 'answered' },
  });
});

test('ozonetel: a missed inbound call; an agent name where the phone would be is left out', async () => {
  const [record] = SAMPLE.message;
  const fields = await fieldsOf({
    status: 'success',
    message: [
      {
        ...record,
        Type: 'InBound',
        Status: 'NotAnswered',
        TalkTime: '00:00:00',
        Duration: '00:00:40',
        'Dialed Number': 'Agent1',
        'Audio Download': '',
        comments: '',
      },
    ],
  });
  expect(fields).toMatchObject({
    direction: 'Inbound',
    status: 'Missed',
    sourceNumber: '+919611795983',
    durationSeconds: 0,
    ringSeconds: 40,
    totalSeconds: 40,
  });
  expect(fields.destinationNumber).toBeUndefined();
  expect(fields.agentNumber).toBeUndefined();
  expect(fields.recordingUrl).toBeUndefined();
  expect(fields.notes).toBeUndefined();
});

test("ozonetel: an answer without a record fails the mapping with Ozonetel's own words", async () => {
  await expect(
    engine.evaluate(ozonetel.responseMapping!, { status: 'error', message: 'userName or apiKey is Invalid' }, ctx),
  ).rejects.toMatchObject({
    code: 'MAPPING_EVALUATION',
    message: expect.stringContaining('Ozonetel sent no call record: userName or apiKey is Invalid'),
  });
  await expect(engine.evaluate(ozonetel.responseMapping!, { status: 'success', message: [] }, ctx)).rejects.toMatchObject({
    message: expect.stringContaining('status success'),
  });
});

test("ozonetel: the simulator's record of a call reads back as that call", async () => {
  const startedAt = new Date('2026-02-10T05:00:07.000Z');
  const record = cdrRecord({
    provider: 'ozonetel',
    sessionId: '7341700000099',
    direction: 'inbound',
    customer: '+919845012345',
    agent: { id: 'agent2', name: 'Agent 2', phone: '+919900000002' },
    did: '+918040000002',
    campaign: 'Inbound_918040000002',
    answered: true,
    startedAt,
    ringSeconds: 9,
    talkSeconds: 125,
    hangupBy: 'CustomerHangup',
    callerName: '',
    notes: 'wants a demo',
    recordingUrl: 'https://recordings.example/ozonetel/7341700000099.mp3',
  });
  expect(await fieldsOf({ status: 'success', message: [record] })).toEqual({
    sessionId: '7341700000099',
    direction: 'Inbound',
    sourceNumber: '+919845012345',
    destinationNumber: '+919900000002',
    agentNumber: '+919900000002',
    startTime: startedAt,
    endTime: new Date('2026-02-10T05:02:21.000Z'),
    durationSeconds: 125,
    totalSeconds: 134,
    ringSeconds: 9,
    status: 'Answered',
    notes: 'wants a demo',
    recordingUrl: 'https://recordings.example/ozonetel/7341700000099.mp3',
    agentId: 'agent2',
    custom: { campaign: 'Inbound_918040000002', hangupBy: 'CustomerHangup', dialStatus: 'answered' },
  });
});
