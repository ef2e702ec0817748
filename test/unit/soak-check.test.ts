/** The fault soak's verdicts (test/bench/soak): what counts as lost, rejected, duplicated, dialled twice. */
import { check, type ActivityView, type CheckInput } from '../../test/bench/soak/check';
import { parseOptions } from '../../test/bench/soak/options';
import { tokensOf } from '../../test/bench/soak/proxy';
import type { ClickToCall } from '../../test/bench/soak/traffic';
import type { SimCall } from '../../src/simulator/server';

const CONNECTOR = 'c0ffee0000000000000000aa';
const agents = [{ agentId: 'agent1', userId: 'u1', phone: '+919900000001', token: 't' }];
const connectors = [
  { provider: 'ozonetel' as const, id: CONNECTOR, did: '+918040000001', webhooks: { route: '', popup: '', callEvent: '', callLog: '' } },
];

function simCall(id: string, customer: string, direction: 'inbound' | 'outbound' = 'inbound'): SimCall {
  const agent = { id: 'agent1', name: 'Agent 1', phone: '+919900000001' };
  return {
    provider: 'ozonetel',
    id,
    direction,
    customer,
    agentId: 'agent1',
    did: '+918040000001',
    answered: true,
    startedAt: new Date(0),
    ended: {
      provider: 'ozonetel',
      sessionId: id,
      direction,
      customer,
      agent,
      did: '+918040000001',
      campaign: '',
      answered: true,
      startedAt: new Date(0),
      ringSeconds: 5,
      talkSeconds: 60,
      hangupBy: 'CustomerHangup',
      callerName: '',
      notes: '',
      recordingUrl: '',
    },
  };
}

const activity = (sessionId: string, customer: string, over: Partial<ActivityView> = {}): ActivityView => ({
  _id: `${CONNECTOR}:s:${sessionId}:${Math.random()}`,
  connectorId: CONNECTOR,
  workflowId: `call:${CONNECTOR}:s:${sessionId}`,
  sessionId,
  sourceNumber: customer,
  destinationNumber: '+918040000001',
  status: 'Answered',
  durationSeconds: 60,
  agentId: 'u1',
  ...over,
});

const log = (callKey: string, status: number, at = 1000) => ({ kind: 'call-log', connectorId: CONNECTOR, callKey, status, attempt: 1, at });

function input(over: Partial<CheckInput>): CheckInput {
  return {
    calls: [],
    journal: [],
    deliveries: [],
    clickToCalls: [],
    dispositions: [],
    activities: [],
    connectors,
    agents,
    faults: [],
    failedStepsLeft: [],
    ...over,
  };
}

describe('soak check', () => {
  test('a call log Patchcord accepted without an activity is lost; one it always refused is rejected', () => {
    const calls = ['a', 'b', 'c'].map((id, i) => ({ key: `ozonetel:${id}`, call: simCall(id, `+91984500000${i}`), seenAt: 500 }));
    const r = check(
      input({
        calls,
        deliveries: [log('ozonetel:a', 503), log('ozonetel:a', 200), log('ozonetel:b', 503), log('ozonetel:c', 200)],
        activities: [activity('c', '+919845000002')],
      }),
    );
    expect(r).toMatchObject({ calls: 3, lost: 1, rejected: 1, duplicated: 0, wrongFields: 0, lostExamples: ['ozonetel:a'] });
  });

  test('two activities for one call are a duplicate; an activity that disagrees with the simulator is counted by field', () => {
    const calls = [
      { key: 'ozonetel:a', call: simCall('a', '+919845000000'), seenAt: 500 },
      { key: 'ozonetel:b', call: simCall('b', '+919845000001'), seenAt: 500 },
    ];
    const r = check(
      input({
        calls,
        deliveries: [log('ozonetel:a', 200), log('ozonetel:b', 200)],
        activities: [
          activity('a', '+919845000000'),
          activity('a', '+919845000000'),
          activity('b', '+919845000001', { durationSeconds: 12, agentId: null }),
        ],
      }),
    );
    expect(r).toMatchObject({ duplicated: 1, wrongFields: 1, wrongFieldCounts: { duration: 1, agent: 1 } });
  });

  test('a click-to-call the provider placed twice is dialled twice; dispositions pushed none or twice are counted', () => {
    const number = '+917000000001';
    const click: ClickToCall = {
      n: 1,
      provider: 'ozonetel',
      connectorId: CONNECTOR,
      number,
      agentId: 'agent1',
      at: 600,
      // Answered after a retry: its ids are those of one of the two calls the provider placed.
      status: 200,
      callSessionId: 'pc-1',
      providerCallId: 'x1',
      callWorkflowId: `call:${CONNECTOR}:s:x1`,
      message: 'Call queued',
    };
    const calls = ['x1', 'x2'].map((id) => ({ key: `ozonetel:${id}`, call: simCall(id, number, 'outbound'), seenAt: 700 }));
    const dial = { provider: 'ozonetel', op: 'AgentManualDial', params: { customerNumber: '+91-7000000001' }, status: 200, response: '' };
    const push = (guid: string) => ({
      provider: 'ucontact',
      op: 'Disposition',
      params: { guid },
      status: 200,
      response: '{"result":"OK"}',
    });
    const disposition = (guid: string) => ({
      key: `ucontact:${guid}`,
      guid,
      workflowId: '',
      state: 'submitted' as const,
      attempts: 1,
      lastStatus: 200,
      lastMessage: '',
      submittedAt: 1,
    });
    const r = check(
      input({
        calls,
        clickToCalls: [click],
        journal: [dial, dial, push('g1'), push('g1')] as unknown as CheckInput['journal'],
        deliveries: [log('ozonetel:x1', 200), log('ozonetel:x2', 200)],
        activities: [activity('x1', number, { destinationNumber: number }), activity('x2', number, { destinationNumber: number })],
        dispositions: [disposition('g1'), disposition('g2')],
        faults: [{ fault: 'slow-provider', description: '', startedAt: '', startMs: 550, endMs: 800, durationMs: 250, errors: [] }],
      }),
    );
    expect(r).toMatchObject({ doubleDialled: 1, duplicated: 0, dispositionsMissing: 1, dispositionsDoubled: 1 });
    expect(r.doubleDialledExamples[0]).toMatchObject({ dials: 2, dialRequests: 2 });
    expect(r.perFault[0]).toMatchObject({ fault: 'slow-provider', callsDuring: 2, clickToCalls: 1, doubleDialled: 1 });
  });
});

describe('soak options and relay', () => {
  test('--quick shortens every fault to a quarter of its full length', () => {
    const full = parseOptions([]);
    const quick = parseOptions(['--quick']);
    if (!('options' in full) || !('options' in quick)) throw new Error('options did not parse');
    expect(full.options).toMatchObject({ calls: 250, faults: { dbDownMs: 30_000, provider5xxMs: 120_000 } });
    expect(quick.options.faults.provider5xxMs).toBe(30_000);
    expect(parseOptions(['--calls', 'many'])).toMatchObject({ error: expect.stringMatching(/--calls/) });
  });

  test("call ids are found in a provider's form-encoded or JSON body", () => {
    expect(tokensOf('data=%7B%22ucid%22%3A%221796130416593%22%7D')).toContain('1796130416593');
    expect(tokensOf('ctl_userdata=%5BpatchcordSession%7Cpc-1f2e%5D')).toContain('pc-1f2e');
    expect(tokensOf('{"guid":"1796131063.94082"}')).toContain('1796131063.94082');
  });
});
