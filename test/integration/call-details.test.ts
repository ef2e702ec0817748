/**
 * Pulling one call's record from the provider (the `callDetails` operation and the fetchCallDetails
 * activity) against the provider simulator over HTTP: the activity is called directly with the
 * worker's real dependencies (makeProviderDeps) on this file's database; connectors are set up
 * through the admin API, and the simulator's inbound calls reach Patchcord's webhooks.
 */
import { ApplicationFailure } from '@temporalio/common';
import { createActivities } from '../../activities';
import { makeLogger } from '../../src/logger';
import { makeProviderDeps } from '../../src/runtime';
import { endedAt } from '../../src/simulator/dialects';
import { startSimulator, type CallFacts, type Simulator } from '../../src/simulator/server';
import { seedCallLog, startHarness, waitFor, type Harness } from '../helpers/harness';
import { startProviderServer, type ProviderServer } from '../helpers/provider-server';

let h: Harness;
let sim: Simulator;
let provider: ProviderServer;
let deps: ReturnType<typeof makeProviderDeps>;
let activities: ReturnType<typeof createActivities>;
const OZONETEL_CREDENTIALS = () => ({ baseUrl: `${sim.url}/ozonetel`, username: 'sim_user', apiKey: 'sim-ozonetel-key' });

async function connector(presetId: string, credentials: Record<string, string> = {}): Promise<{ id: string; callLogUrl: string }> {
  const created = await h.admin('POST', '/api/admin/connectors', {
    name: `${presetId} ${Math.random().toString(36).slice(2, 8)}`,
    presetId,
  });
  expect(created.status).toBe(201);
  if (Object.keys(credentials).length)
    expect((await h.admin('PUT', `/api/admin/connectors/${created.body.id}/provider`, { credentials })).status).toBe(200);
  return { id: created.body.id as string, callLogUrl: created.body.webhookUrls.callLog as string };
}

/** A time as Ozonetel writes it (wall clock, whole seconds) and the mapping reads it back. */
const toSecond = (d: Date): string => new Date(Math.floor(d.getTime() / 1000) * 1000).toISOString();

/** The call fields a simulated Ozonetel call's record must come back as. */
function expectedFields(c: CallFacts) {
  const inbound = c.direction === 'inbound';
  const talk = c.answered ? c.talkSeconds : 0;
  return {
    sessionId: c.sessionId,
    direction: inbound ? 'Inbound' : 'Outbound',
    sourceNumber: inbound ? c.customer : c.agent.phone,
    destinationNumber: inbound ? c.agent.phone : c.customer,
    agentNumber: c.agent.phone,
    agentId: c.agent.id,
    startTime: toSecond(c.startedAt),
    endTime: toSecond(endedAt(c)),
    durationSeconds: talk,
    totalSeconds: c.ringSeconds + talk,
    ringSeconds: c.ringSeconds,
    status: c.answered ? 'Answered' : 'Missed',
  };
}

const endedCall = (id: string) =>
  waitFor(async () => sim.state.calls.find((c) => c.provider === 'ozonetel' && c.id === id)?.ended, 10_000, `call ${id} to end`);

beforeAll(async () => {
  h = await startHarness('call-details');
  sim = await startSimulator({ speed: 0, seed: 23 });
  provider = await startProviderServer();
  deps = makeProviderDeps({
    config: h.config,
    models: h.models,
    logger: makeLogger('silent'),
    secretKey: Buffer.from(h.config.secretKey ?? '', 'base64'),
    publicUrl: () => h.url,
  });
  activities = createActivities(deps.deps);
});

afterAll(async () => {
  await deps?.close();
  await provider?.close();
  await sim?.stop();
  await h?.stop();
});

describe('Ozonetel (CAServices/cdr/fetchCDRbyUCID.php)', () => {
  let oz: { id: string; callLogUrl: string };

  beforeAll(async () => {
    oz = await connector('ozonetel', OZONETEL_CREDENTIALS());
  });

  test('a click-to-call the simulator placed comes back as its canonical fields', async () => {
    const q = new URLSearchParams({
      api_key: 'sim-ozonetel-key',
      username: 'sim_user',
      agentID: 'agent1',
      campaignName: '+918040000001',
      customerNumber: '+91-9845012345',
    });
    const placed = (await (await fetch(`${sim.url}/ozonetel/CAServices/AgentManualDial.php?${q.toString()}`)).json()) as {
      status: string;
      ucid: string;
    };
    expect(placed.status).toBe('queued successfully');
    const call = await endedCall(placed.ucid);

    const result = await activities.fetchCallDetails({ connectorId: oz.id, sessionId: placed.ucid, workflowId: 'call:test' });
    expect(result).toEqual({ status: 'found', fields: expect.any(Object), problems: [] });
    expect(result.fields).toMatchObject({
      ...expectedFields(call),
      direction: 'Outbound',
      sourceNumber: '+919900000001',
      destinationNumber: '+919845012345',
      status: 'Answered',
      recordingUrl: `https://recordings.example/ozonetel/${placed.ucid}.mp3`,
      custom: { campaign: '+918040000001', hangupBy: call.hangupBy, dialStatus: 'answered' },
    });
    expect(result.fields?.displayNumber).toBeUndefined();

    // The request the preset renders: the account in the query, the UCID, today's report.
    const asked = sim.journal.filter((j) => j.op === 'fetchCDRbyUCID' && j.params.ucid === placed.ucid).at(-1);
    expect(asked?.params).toMatchObject({ userName: 'sim_user', apiKey: 'sim-ozonetel-key', ucid: placed.ucid, reportType: 'currentday' });
    expect(asked?.status).toBe(200);
  });

  test('inbound calls placed through the webhooks, answered and missed, come back as theirs', async () => {
    const before = sim.state.calls.length;
    const summary = await sim.placeCalls({
      provider: 'ozonetel',
      calls: 4,
      ratePerSecond: 1000,
      answeredRatio: 0.5,
      duplicateRatio: 0,
      lateUpdateRatio: 0,
      webhooks: { callLog: oz.callLogUrl },
    });
    expect(summary.calls).toBe(4);
    const placed = sim.state.calls.slice(before).filter((c) => c.direction === 'inbound');
    expect(placed).toHaveLength(4);
    expect(new Set(placed.map((c) => c.answered))).toEqual(new Set([true, false]));
    for (const c of placed) {
      const facts = await endedCall(c.id);
      const result = await activities.fetchCallDetails({ connectorId: oz.id, sessionId: c.id });
      expect(result.problems).toEqual([]);
      expect(result.status).toBe('found');
      expect(result.fields).toMatchObject({ ...expectedFields(facts), direction: 'Inbound', sourceNumber: c.customer });
      if (!c.answered) expect(result.fields).toMatchObject({ status: 'Missed', durationSeconds: 0 });
    }
  });

  test('an id the provider does not know, or a call not ended yet, is not-found', async () => {
    expect(await activities.fetchCallDetails({ connectorId: oz.id, sessionId: '999000111222333' })).toEqual({
      status: 'not-found',
      fields: null,
      problems: [],
    });
    expect(sim.journal.filter((j) => j.params.ucid === '999000111222333').at(-1)?.response).toBe(
      '{"status":"error","message":"No Data Found"}',
    );

    sim.state.calls.push({
      provider: 'ozonetel',
      id: '555000111222333',
      direction: 'inbound',
      customer: '+919845012345',
      agentId: 'agent1',
      did: '+918040000001',
      answered: true,
      startedAt: new Date(),
    });
    expect(await activities.fetchCallDetails({ connectorId: oz.id, sessionId: '555000111222333' })).toEqual({
      status: 'not-found',
      fields: null,
      problems: [],
    });
  });

  test('a 404 is not-found; a 5xx is retried; another 4xx is final', async () => {
    sim.fault('ozonetel', 'call-details', { status: 404 });
    expect(await activities.fetchCallDetails({ connectorId: oz.id, sessionId: '1234' })).toEqual({
      status: 'not-found',
      fields: null,
      problems: [],
    });

    sim.fault('ozonetel', 'call-details', { status: 503 });
    const transient = await activities.fetchCallDetails({ connectorId: oz.id, sessionId: '1234' }).catch((err: unknown) => err);
    expect(transient).toBeInstanceOf(ApplicationFailure);
    expect(transient).toMatchObject({ nonRetryable: false });
    expect((transient as Error).message).toMatch(/503/);

    sim.fault('ozonetel', 'call-details', { status: 403 });
    const refused = await activities.fetchCallDetails({ connectorId: oz.id, sessionId: '1234' }).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(ApplicationFailure);
    expect(refused).toMatchObject({ nonRetryable: true, type: 'PROVIDER_REJECTED' });
  });

  test('an answer without a record is found with the problem named, never thrown', async () => {
    sim.state.accounts.ozonetel.apiKey = 'rotated-key';
    try {
      const result = await activities.fetchCallDetails({ connectorId: oz.id, sessionId: '1234' });
      expect(result.status).toBe('found');
      expect(result.fields).toBeNull();
      expect(result.problems).toEqual([expect.stringContaining('userName or apiKey is Invalid')]);
    } finally {
      sim.state.accounts.ozonetel.apiKey = 'sim-ozonetel-key';
    }
  });

  test('the Test API sends the callDetails request with sample values, the key redacted', async () => {
    const res = await h.admin('POST', `/api/admin/connectors/${oz.id}/provider/test`, {
      operation: 'callDetails',
      values: { callSessionId: '999000111222333' },
    });
    expect(res.status).toBe(200);
    expect(res.body.request.url).toContain('/ozonetel/CAServices/cdr/fetchCDRbyUCID.php?');
    expect(res.body.request.url).toContain('ucid=999000111222333');
    expect(res.body.request.url).not.toContain('sim-ozonetel-key');
    expect(res.body.verdict).toMatchObject({ outcome: 'error', message: 'Ozonetel has no record of this call.' });
  });
});

describe('connectors without the operation', () => {
  test('a preset without callDetails is unsupported, and so is a disabled one', async () => {
    const uc = await connector('ucontact');
    const view = await h.admin('GET', `/api/admin/connectors/${uc.id}/provider`);
    expect(view.body.operations.callDetails).toBeUndefined();
    expect(await activities.fetchCallDetails({ connectorId: uc.id, sessionId: 'any' })).toEqual({
      status: 'unsupported',
      fields: null,
      problems: [],
    });

    const oz = await connector('ozonetel', OZONETEL_CREDENTIALS());
    const preset = (await h.admin('GET', `/api/admin/connectors/${oz.id}/provider`)).body.operations.callDetails;
    expect(preset).toMatchObject({
      enabled: true,
      customised: false,
      inPreset: true,
      responseMapping: expect.stringContaining('Caller Id'),
    });
    const before = sim.journal.length;
    const off = await h.admin('PUT', `/api/admin/connectors/${oz.id}/provider`, {
      operations: {
        callDetails: { enabled: false, request: preset.request, rules: preset.rules, responseMapping: preset.responseMapping },
      },
    });
    expect(off.status).toBe(200);
    expect(await activities.fetchCallDetails({ connectorId: oz.id, sessionId: 'any' })).toEqual({
      status: 'unsupported',
      fields: null,
      problems: [],
    });
    expect(sim.journal.length).toBe(before);
  });
});

describe('a connector-defined callDetails', () => {
  let generic: { id: string };
  const request = () => ({ method: 'GET', url: `${provider.url}/calls/{{callSessionId}}` });

  beforeAll(async () => {
    generic = await connector('generic');
  });

  test("without a response mapping, the connector's call-log mapping reads the answer", async () => {
    const put = await h.admin('PUT', `/api/admin/connectors/${generic.id}/provider`, {
      operations: { callDetails: { enabled: true, request: request(), rules: [] } },
    });
    expect(put.status).toBe(200);
    provider.answer(
      200,
      JSON.stringify(
        seedCallLog({
          CallSessionId: 'S-77',
          SourceNumber: '+919611795983',
          DestinationNumber: '+919900000001',
          DisplayNumber: '+918040000001',
        }),
      ),
    );
    const result = await activities.fetchCallDetails({ connectorId: generic.id, sessionId: 'S-77' });
    expect(result).toMatchObject({ status: 'found', problems: [] });
    expect(result.fields).toMatchObject({
      sessionId: 'S-77',
      sourceNumber: '+919611795983',
      displayNumber: '+918040000001',
      status: 'Answered',
      direction: 'Inbound',
      durationSeconds: 12,
    });
    expect(provider.requests.at(-1)?.url).toBe('/calls/S-77');

    // A record of another call is not taken for this one.
    const other = await activities.fetchCallDetails({ connectorId: generic.id, sessionId: 'S-78' });
    expect(other).toEqual({ status: 'found', fields: null, problems: [expect.stringContaining('S-77')] });
  });

  test('with a response mapping, its validation problems are listed by field', async () => {
    const responseMapping = '{ "sessionId": id, "startTime": started, "status": outcome }';
    expect(
      (
        await h.admin('PUT', `/api/admin/connectors/${generic.id}/provider`, {
          operations: { callDetails: { enabled: true, request: request(), rules: [], responseMapping } },
        })
      ).status,
    ).toBe(200);
    provider.answer(200, JSON.stringify({ id: 'S-90', started: 'not a time', outcome: 'Exploded' }));
    const result = await activities.fetchCallDetails({ connectorId: generic.id, sessionId: 'S-90' });
    expect(result.status).toBe('found');
    expect(result.fields).toBeNull();
    expect(result.problems).toEqual(expect.arrayContaining([expect.stringMatching(/^startTime: /), expect.stringMatching(/^status: /)]));

    provider.answer(200, JSON.stringify({ id: 'S-90', started: '2026-03-01 10:00:00', outcome: 'Missed' }));
    expect(await activities.fetchCallDetails({ connectorId: generic.id, sessionId: 'S-90' })).toEqual({
      status: 'found',
      fields: { sessionId: 'S-90', startTime: '2026-03-01T04:30:00.000Z', status: 'Missed', custom: {} },
      problems: [],
    });
    // A record whose mapping leaves the call's id out is still the asked call's.
    const withoutId = '{ "startTime": started, "status": outcome }';
    expect(
      (
        await h.admin('PUT', `/api/admin/connectors/${generic.id}/provider`, {
          operations: { callDetails: { enabled: true, request: request(), rules: [], responseMapping: withoutId } },
        })
      ).status,
    ).toBe(200);
    provider.answer(200, JSON.stringify({ started: '2026-03-01 10:00:00', outcome: 'Answered' }));
    expect(await activities.fetchCallDetails({ connectorId: generic.id, sessionId: 'S-91' })).toEqual({
      status: 'found',
      fields: { sessionId: 'S-91', startTime: '2026-03-01T04:30:00.000Z', status: 'Answered', custom: {} },
      problems: [],
    });
  });

  test('a response mapping that does not compile is refused with 400 naming the field', async () => {
    const bad = await h.admin('PUT', `/api/admin/connectors/${generic.id}/provider`, {
      operations: { callDetails: { enabled: true, request: request(), rules: [], responseMapping: '{ "sessionId": id' } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([
      expect.objectContaining({ field: 'body.operations.callDetails.responseMapping', code: 'mapping_syntax' }),
    ]);

    const tested = await h.admin('POST', `/api/admin/connectors/${generic.id}/provider/test`, {
      operation: 'callDetails',
      values: { callSessionId: 'x' },
      config: { enabled: true, request: request(), rules: [], responseMapping: '$$$(' },
    });
    expect(tested.status).toBe(400);
    expect(tested.body.details).toEqual([expect.objectContaining({ field: 'body.config.responseMapping', code: 'mapping_syntax' })]);
  });
});
