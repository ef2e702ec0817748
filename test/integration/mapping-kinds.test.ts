/**
 * Every mapping kind is a connector's own: popup, call-event, events and route mappings go through
 * the same designer API as the call log (draft → fixtures → publish, refused while a fixture fails →
 * versions → diff → rollback), starting from the preset's mapping as version 0; the webhooks' view
 * of the connector follows each publish. Also: export/import and clone carry every kind, the preview
 * reports per event what it brings and what it leaves to other events, and saving or publishing
 * warns about paths no fixture or recent delivery carries.
 */
import { type MappingKind } from '../../src/call/mapped-events';
import { getPreset } from '../../src/providers';
import { makeSecretBox } from '../../src/security/secrets';
import { makeConnectorService } from '../../src/services/connectors';
import { createConnector, startHarness, type Harness } from '../helpers/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('mapping-kinds');
});

afterAll(async () => {
  await h?.stop();
});

/** What the webhook handler sees: a fresh connector service (its own cache) over the same database. */
async function webhookMapping(connectorId: string, kind: MappingKind) {
  const connectors = makeConnectorService({
    models: h.models,
    box: makeSecretBox(Buffer.from(h.config.secretKey ?? '', 'base64')),
    publicUrl: () => h.url,
  });
  return (await connectors.webhookView(connectorId))?.mappings[kind];
}

interface KindCase {
  kind: MappingKind;
  segment: string;
  sample: { contentType: string; body: string; query: string };
  /** A mapping for names the generic preset does not know. */
  v1: string;
  /** A second version: a change the fixture does not see. */
  v2: string;
  output: unknown;
  /** An expectation the mapping does not meet. */
  wrong: unknown;
}

const CASES: KindCase[] = [
  {
    kind: 'popup',
    segment: 'popup',
    sample: {
      contentType: 'application/x-www-form-urlencoded',
      body: 'caller=09611232123&agent_phone=9876543210&dialled=08040001000&call_uuid=p-1&menu=Sales',
      query: '',
    },
    v1: "{ 'sessionId': call_uuid, 'callerNumber': caller, 'agentNumber': agent_phone, 'virtualNumber': dialled, 'ivr': menu }",
    v2: "{ 'sessionId': call_uuid, 'callerNumber': caller, 'agentNumber': agent_phone, 'virtualNumber': dialled, 'ivr': menu, 'callerName': caller_name }",
    output: {
      kind: 'popup',
      sessionId: 'p-1',
      sourceNumber: '+919611232123',
      agentNumber: '+919876543210',
      displayNumber: '+918040001000',
      direction: 'Inbound',
      ivr: 'Sales',
    },
    wrong: {
      kind: 'popup',
      sessionId: 'p-1',
      sourceNumber: '+919611232123',
      agentNumber: '+919876543210',
      displayNumber: '+918040001000',
      direction: 'Outbound',
      ivr: 'Sales',
    },
  },
  {
    kind: 'callEvent',
    segment: 'call-event',
    sample: {
      contentType: 'application/json',
      body: JSON.stringify({ uuid: 'c-1', what: 'ANSWER', when: '2024-03-05 10:15:09' }),
      query: '',
    },
    v1: "{ 'sessionId': uuid, 'kind': what = 'ANSWER' ? 'answered' : 'hangup', 'at': $localTime(when) }",
    v2: "{ 'sessionId': uuid, 'kind': what = 'ANSWER' ? 'answered' : what = 'HANGUP' ? 'hangup' : 'live', 'at': $localTime(when) }",
    output: { kind: 'answered', sessionId: 'c-1', answeredAt: '2024-03-05T04:45:09.000Z' },
    wrong: { kind: 'hangup', sessionId: 'c-1', endTime: '2024-03-05T04:45:09.000Z' },
  },
  {
    kind: 'events',
    segment: 'events',
    sample: {
      contentType: 'application/json',
      query: '',
      body: JSON.stringify([
        { id: 'e-1', type: 'ringing', from: '9611232123', ts: 1709613900 },
        { id: 'e-1', type: 'completed', outcome: 'answered', ts: 1709614025 },
      ]),
    },
    v1: "items.{ 'sessionId': id, 'kind': type = 'ringing' ? 'live' : 'hangup', 'sourceNumber': from, 'startTime': type = 'ringing' ? $epochToIso(ts), 'endTime': type = 'completed' ? $epochToIso(ts), 'status': outcome }",
    v2: "items.{ 'sessionId': id, 'kind': type = 'ringing' ? 'live' : 'hangup', 'sourceNumber': from, 'startTime': type = 'ringing' ? $epochToIso(ts), 'endTime': type = 'completed' ? $epochToIso(ts), 'status': outcome, 'notes': note }",
    output: [
      { kind: 'live', sessionId: 'e-1', sourceNumber: '+919611232123', startTime: '2024-03-05T04:45:00.000Z' },
      { kind: 'hangup', sessionId: 'e-1', endTime: '2024-03-05T04:47:05.000Z', status: 'Answered' },
    ],
    wrong: [{ kind: 'live', sessionId: 'e-1', sourceNumber: '+919611232123', startTime: '2024-03-05T04:45:00.000Z' }],
  },
  {
    kind: 'route',
    segment: 'route',
    sample: { contentType: '', body: '', query: 'ani=09611232123&dnis=08040001000&callref=r-1' },
    v1: "{ 'callerNumber': ani, 'virtualNumber': dnis, 'sessionId': callref }",
    v2: "{ 'callerNumber': ani ?? cli, 'virtualNumber': dnis, 'sessionId': callref }",
    output: { callerNumber: '+919611232123', virtualNumber: '+918040001000', sessionId: 'r-1' },
    wrong: { callerNumber: '+919611232123', virtualNumber: '+918040001000', sessionId: 'r-2' },
  },
];

describe.each(CASES)('the $kind mapping', (k) => {
  test("starts as the preset's (version 0), and goes draft → fixtures → publish → versions → diff → rollback", async () => {
    const connector = await createConnector(h, { name: `Kinds ${k.kind}` });
    const b = `/api/admin/connectors/${connector.id}/mappings/${k.segment}`;
    const preset = getPreset('generic').mappings[k.kind];

    // Nothing of its own yet: the preset's mapping is live as version 0, and there is no history.
    const start = await h.admin('GET', `${b}/draft`);
    expect(start.body).toMatchObject({
      kind: k.kind,
      saved: false,
      differsFromLive: false,
      expression: preset,
      live: { version: 0, fromPreset: true, expression: preset },
    });
    expect((await h.admin('GET', `${b}/versions`)).body.items).toEqual([]);
    expect((await h.admin('POST', `${b}/publish`, {})).status).toBe(409); // the draft is the preset's

    const saved = await h.admin('PUT', `${b}/draft`, { expression: k.v1 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      kind: k.kind,
      saved: true,
      differsFromLive: true,
      warnings: [],
      checkedAgainst: { fixtures: 0, deliveries: 0 },
    });

    // Fixtures run through this kind's validation; a failing one blocks publishing and is named.
    const good = await h.admin('POST', `${b}/fixtures`, { name: 'sample', request: k.sample, expect: { output: k.output } });
    expect(good.status).toBe(201);
    expect(good.body).toMatchObject({ kind: k.kind, name: 'sample' });
    const bad = await h.admin('POST', `${b}/fixtures`, { name: 'wrong', request: k.sample, expect: { output: k.wrong } });
    const run = await h.admin('POST', `${b}/fixtures/run`, {});
    expect(run.body).toMatchObject({ passed: 1, failed: 1 });
    expect(run.body.results.find((r: { name: string }) => r.name === 'sample').actual.output).toEqual(k.output);
    const refused = await h.admin('POST', `${b}/publish`, {});
    expect([refused.status, refused.body.code]).toEqual([422, 'FIXTURES_FAILING']);
    expect(refused.body.details).toEqual([expect.objectContaining({ field: 'wrong', code: 'fixture_failed' })]);
    expect(await webhookMapping(connector.id, k.kind)).toEqual({ expression: preset, version: 0 });
    expect((await h.admin('DELETE', `${b}/fixtures/${bad.body.id}`)).status).toBe(204);
    // Fixtures belong to their kind: the call log's list does not show them.
    expect((await h.admin('GET', `/api/admin/connectors/${connector.id}/mappings/call-log/fixtures`)).body.items).toEqual([]);

    // The first publish makes version 1, the connector's own, and the webhooks use it at once.
    const published = await h.admin('POST', `${b}/publish`, { note: 'own mapping' });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ version: 1, warnings: [], checkedAgainst: { fixtures: 1 } });
    expect((await h.admin('GET', `${b}/draft`)).body).toMatchObject({
      saved: false,
      differsFromLive: false,
      live: { version: 1, fromPreset: false, expression: k.v1 },
    });
    expect(await webhookMapping(connector.id, k.kind)).toEqual({ expression: k.v1, version: 1 });

    await h.admin('PUT', `${b}/draft`, { expression: k.v2 });
    expect((await h.admin('POST', `${b}/publish`, {})).body.version).toBe(2);
    const versions = await h.admin('GET', `${b}/versions`);
    expect(versions.body.items.map((v: { version: number; live: boolean; source: string }) => [v.version, v.live, v.source])).toEqual([
      [2, true, 'published'],
      [1, false, 'published'],
    ]);
    expect(versions.body.items[1]).toMatchObject({ note: 'own mapping', fixtureCount: 1, publishedBy: { email: 'admin@test.local' } });

    const diff = await h.admin('GET', `${b}/versions/diff?a=1&b=2`);
    expect(diff.body).toMatchObject({ a: { version: 1, expression: k.v1 }, b: { version: 2, expression: k.v2 } });
    expect(diff.body.fixtures.map((f: { a: { pass: boolean }; b: { pass: boolean } }) => [f.a.pass, f.b.pass])).toEqual([[true, true]]);

    expect((await h.admin('POST', `${b}/versions/2/rollback`, {})).status).toBe(409);
    const rolled = await h.admin('POST', `${b}/versions/1/rollback`, {});
    expect(rolled.body.version).toBe(3);
    expect((await h.admin('GET', `${b}/versions`)).body.items[0]).toMatchObject({
      version: 3,
      live: true,
      source: 'rollback',
      restoredFrom: 1,
    });
    expect(await webhookMapping(connector.id, k.kind)).toEqual({ expression: k.v1, version: 3 });

    // The other kinds are untouched.
    expect((await h.admin('GET', `/api/admin/connectors/${connector.id}/mappings/call-log/draft`)).body.live).toMatchObject({
      version: 1,
      fromPreset: false,
    });
    const other = k.kind === 'popup' ? 'route' : 'popup';
    expect((await webhookMapping(connector.id, other))?.version).toBe(0);
  });
});

test('the preview reports, per event, the fields it brings and those it leaves to other events; malformed values are still problems', async () => {
  const connector = await createConnector(h, { name: 'Preview kinds' });
  const preview = (body: Record<string, unknown>) => h.admin('POST', '/api/admin/mappings/preview', { connectorId: connector.id, ...body });
  const popup = CASES[0]!;

  const partial = await preview({ kind: 'popup', expression: popup.v1, sample: popup.sample });
  expect(partial.status).toBe(200);
  expect(partial.body).toMatchObject({ kind: 'popup', error: null, problems: [], normalized: popup.output });
  expect(partial.body.events).toEqual([
    {
      kind: 'popup',
      provided: ['sourceNumber', 'displayNumber', 'agentNumber', 'direction', 'sessionId', 'ivr'],
      missing: ['startTime', 'status'],
    },
  ]);

  const malformed = await preview({
    kind: 'popup',
    expression: "{ 'sessionId': call_uuid, 'callerNumber': caller, 'startTime': menu }",
    sample: popup.sample,
  });
  expect(malformed.body.problems.map((p: { field: string; code: string }) => `${p.field}:${p.code}`)).toEqual(['startTime:invalid']);
  expect(malformed.body.events).toEqual([
    { kind: 'popup', provided: ['sourceNumber', 'direction', 'sessionId'], missing: ['startTime', 'status'] },
  ]);

  const events = CASES[2]!;
  const list = await preview({ kind: 'events', expression: events.v1, sample: events.sample });
  expect(list.body.normalized).toEqual(events.output);
  expect(list.body.events).toEqual([
    { kind: 'live', provided: ['sourceNumber', 'startTime', 'sessionId'], missing: ['status'] },
    { kind: 'hangup', provided: ['endTime', 'status', 'sessionId'], missing: ['sourceNumber'] },
  ]);

  const route = await preview({ kind: 'route', expression: CASES[3]!.v1, sample: CASES[3]!.sample });
  expect(route.body).toMatchObject({
    events: [],
    normalized: CASES[3]!.output,
    route: { callerNumber: '+919611232123', sessionId: 'r-1' },
  });

  // A hangup without a time ends when it was received.
  const hangup = await preview({
    kind: 'callEvent',
    expression: "{ 'sessionId': 'h-1', 'kind': 'hangup', 'answered': false }",
    sample: { body: '{}', contentType: 'application/json' },
    receivedAt: '2024-03-05T04:50:00Z',
  });
  expect(hangup.body.normalized).toEqual({ kind: 'hangup', sessionId: 'h-1', endTime: '2024-03-05T04:50:00.000Z', status: 'Missed' });

  // The call log's preview keeps its shape, now with the event's fields.
  const callLog = await preview({
    expression: "{ 'sourceNumber': '9611232123', 'status': 'Answered', 'sessionId': 'x' }",
    sample: { body: '{}', contentType: 'application/json' },
  });
  expect(callLog.body).toMatchObject({
    kind: 'callLog',
    problems: [],
    events: [{ kind: 'log', provided: ['sourceNumber', 'status', 'sessionId'], missing: ['startTime'] }],
  });
  const fields = await h.admin('GET', '/api/admin/canonical-fields');
  expect(fields.body.items.filter((f: { complete: boolean }) => f.complete).map((f: { name: string }) => f.name)).toEqual([
    'sourceNumber',
    'startTime',
    'endTime',
    'status',
  ]);
  expect(fields.body.kinds.map((x: { kind: string; segment: string }) => `${x.kind}:${x.segment}`)).toEqual([
    'callLog:call-log',
    'events:events',
    'popup:popup',
    'callEvent:call-event',
    'route:route',
  ]);
});

test('saving and publishing warn about paths that no fixture or recent delivery of the kind carries', async () => {
  const connector = await createConnector(h, { name: 'Unread paths' });
  const b = `/api/admin/connectors/${connector.id}/mappings/popup`;
  const sample = {
    contentType: 'application/x-www-form-urlencoded',
    body: 'caller=09611232123&call_uuid=p-9&Legs[0][Status]=ringing',
    query: '',
  };
  await h.admin('POST', `${b}/fixtures`, {
    name: 'form',
    request: sample,
    expect: { output: { kind: 'popup', sessionId: 'p-9', sourceNumber: '+919611232123', direction: 'Inbound' } },
  });

  // The exact form key and its expanded view are both there; a typo and a name from nowhere are not.
  const typo = "{ 'sessionId': call_uuid, 'callerNumber': caler, 'notes': `Legs[0][Status]` & Legs.Status, 'ivr': menu }";
  const saved = await h.admin('PUT', `${b}/draft`, { expression: typo });
  expect(saved.body.checkedAgainst).toEqual({ fixtures: 1, deliveries: 0 });
  expect(saved.body.warnings.map((w: { path: string }) => w.path)).toEqual(['caler', 'menu']);
  expect(saved.body.warnings[0].message).toMatch(/^caler is in none of the 1 sample payload\(s\)/);

  // A recent delivery to the popup webhook carries menu (deliveries of other kinds do not count).
  const delivery = {
    connectorId: connector.id,
    direction: 'inbound' as const,
    method: 'POST',
    status: 200,
    outcome: 'accepted' as const,
    contentType: 'application/json',
  };
  await h.models.RequestLog.create({
    ...delivery,
    kind: 'popup',
    path: '/webhooks/x/[redacted]/popup',
    body: JSON.stringify({ call_uuid: 'p-10', menu: 'Sales' }),
  });
  await h.models.RequestLog.create({
    ...delivery,
    kind: 'call-log',
    path: '/webhooks/x/[redacted]/call-log',
    body: JSON.stringify({ caler: 'only in a call log' }),
  });
  const again = await h.admin('PUT', `${b}/draft`, { expression: typo });
  expect(again.body.checkedAgainst).toEqual({ fixtures: 1, deliveries: 1 });
  expect(again.body.warnings.map((w: { path: string }) => w.path)).toEqual(['caler']);

  // `??` alternatives count as one read: one present is enough. Publishing warns the same way, and still publishes.
  const fixed = "{ 'sessionId': call_uuid, 'callerNumber': caller ?? caler, 'ivr': menu, 'notes': Legs.Stauts }";
  expect((await h.admin('PUT', `${b}/draft`, { expression: fixed })).body.warnings.map((w: { path: string }) => w.path)).toEqual([
    'Legs.Stauts',
  ]);
  const published = await h.admin('POST', `${b}/publish`, {});
  expect(published.status).toBe(200);
  expect(published.body).toMatchObject({
    version: 1,
    warnings: [{ path: 'Legs.Stauts', message: expect.stringContaining('Legs.Stauts is in none of the 2 sample payload(s)') }],
  });
});

test('export and import carry every kind; clone copies each own mapping as version 1', async () => {
  const source = await createConnector(h, { name: 'Kinds exporter' });
  const m = (id: string, segment: string) => `/api/admin/connectors/${id}/mappings/${segment}`;
  const [popup, callEvent, , route] = CASES as [KindCase, KindCase, KindCase, KindCase];
  // popup: the source's own (published); route: only a draft; call-event: the preset's, with a fixture; events: untouched.
  await h.admin('PUT', `${m(source.id, 'popup')}/draft`, { expression: popup.v1 });
  await h.admin('POST', `${m(source.id, 'popup')}/fixtures`, {
    name: 'popup sample',
    request: popup.sample,
    expect: { output: popup.output },
  });
  expect((await h.admin('POST', `${m(source.id, 'popup')}/publish`, {})).body.version).toBe(1);
  await h.admin('PUT', `${m(source.id, 'route')}/draft`, { expression: route.v1 });
  const presetAnswered = {
    contentType: 'application/json',
    body: JSON.stringify({ CallSessionId: 'c-9', Event: 'Answered', Time: '2024-03-05 10:15:09' }),
    query: '',
  };
  await h.admin('POST', `${m(source.id, 'call-event')}/fixtures`, {
    name: 'answered',
    request: presetAnswered,
    expect: { output: { kind: 'answered', sessionId: 'c-9', answeredAt: '2024-03-05T04:45:09.000Z' } },
  });

  const exported = (await h.admin('GET', `/api/admin/connectors/${source.id}/mappings/export`)).body;
  expect(exported.formatVersion).toBe(2);
  expect(exported.mappings.popup).toEqual({ expression: popup.v1, liveVersion: 1 });
  expect(exported.mappings.route).toMatchObject({ liveVersion: 0, fromPreset: true, draft: route.v1 });
  expect(exported.mappings.events).toEqual({ expression: getPreset('generic').mappings.events, liveVersion: 0, fromPreset: true });
  expect(exported.fixtures.map((f: { kind: string; name: string }) => `${f.kind}:${f.name}`)).toEqual([
    'popup:popup sample',
    'callEvent:answered',
  ]);

  const target = await createConnector(h, { name: 'Kinds importer' });
  await h.admin('POST', `${m(target.id, 'events')}/fixtures`, {
    name: 'replaced',
    request: callEvent.sample,
    expect: { error: 'MAPPING_SYNTAX' },
  });
  const imported = await h.admin('POST', `/api/admin/connectors/${target.id}/mappings/import`, exported);
  expect(imported.status).toBe(200);
  expect(imported.body.fixtures).toBe(2);
  expect(imported.body.drafts.popup).toMatchObject({ saved: true, differsFromLive: true, expression: popup.v1, live: { version: 0 } });
  expect(imported.body.drafts.route).toMatchObject({ saved: true, expression: route.v1 });
  expect(imported.body.drafts.events).toMatchObject({ saved: false, differsFromLive: false });
  expect(imported.body.drafts.callEvent).toMatchObject({ saved: false });
  expect((await h.admin('GET', `${m(target.id, 'events')}/fixtures`)).body.items).toEqual([]);
  expect((await h.admin('POST', `${m(target.id, 'call-event')}/fixtures/run`, {})).body).toMatchObject({ passed: 1, failed: 0 });
  expect((await h.admin('POST', `${m(target.id, 'popup')}/publish`, {})).body.version).toBe(1);
  expect((await h.admin('POST', `${m(target.id, 'route')}/publish`, {})).body.version).toBe(1);
  expect(await webhookMapping(target.id, 'route')).toEqual({ expression: route.v1, version: 1 });

  const clone = await h.admin('POST', `/api/admin/connectors/${source.id}/clone`, { name: 'Kinds clone' });
  expect(clone.status).toBe(201);
  expect(await webhookMapping(clone.body.id, 'popup')).toEqual({ expression: popup.v1, version: 1 });
  expect((await webhookMapping(clone.body.id, 'route'))?.version).toBe(0); // the source's route was only a draft
  expect((await h.admin('GET', `${m(clone.body.id, 'popup')}/versions`)).body.items).toEqual([
    expect.objectContaining({ version: 1, live: true, source: 'created', fixtureCount: 1 }),
  ]);
  expect((await h.admin('GET', `${m(clone.body.id, 'call-event')}/fixtures`)).body.items).toHaveLength(1);
  expect((await h.admin('GET', `/api/admin/connectors/${clone.body.id}/usage`)).body).toMatchObject({ versions: 2, fixtures: 2 });
});
