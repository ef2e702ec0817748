/**
 * The designer's mapping API against the real stack: drafts, fixtures run with production's engine,
 * publishing (refused while a fixture fails), the live version the webhook uses, history, rollback,
 * diff, import/export, clone and delete.
 */
import { createConnector, startHarness, waitFor, type Harness } from '../helpers/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('mappings');
});

afterAll(async () => {
  await h?.stop();
});

/** A payload no preset knows: form-encoded, nested JSON in a field, HH:MM:SS duration. */
const FORM_BODY = new URLSearchParams({
  from: '9611232123',
  to: '9876543210',
  did: '1000001000',
  started: '2024-03-05 10:15:00',
  ended: '2024-03-05 10:17:05',
  length: '00:02:05',
  result: 'answered',
  way: 'in',
  agent: JSON.stringify({ code: 'ag-7', name: 'Priya' }),
  uuid: 'call-1',
}).toString();
const SAMPLE = { contentType: 'application/x-www-form-urlencoded', body: FORM_BODY, query: '' };

const MAPPING = `{
  "sourceNumber": $e164(from),
  "destinationNumber": $e164(to),
  "displayNumber": $e164(did),
  "startTime": $localTime(started),
  "endTime": $localTime(ended),
  "durationSeconds": $duration(length),
  "status": result,
  "direction": way = 'in' ? 'Inbound' : 'Outbound',
  "sessionId": uuid,
  "agentId": $parseJson(agent).code
}`;

const EXPECTED = {
  sourceNumber: '+919611232123',
  destinationNumber: '+919876543210',
  displayNumber: '+911000001000',
  startTime: '2024-03-05T04:45:00.000Z',
  endTime: '2024-03-05T04:47:05.000Z',
  durationSeconds: 125,
  status: 'Answered',
  direction: 'Inbound',
  sessionId: 'call-1',
  agentId: 'ag-7',
};

const base = (id: string) => `/api/admin/connectors/${id}/mappings/call-log`;

test('decode shows a sample exactly as a mapping sees it', async () => {
  const res = await h.admin('POST', '/api/admin/mappings/decode', SAMPLE);
  expect(res.status).toBe(200);
  expect(res.body.payload).toMatchObject({ from: '9611232123', length: '00:02:05', agent: '{"code":"ag-7","name":"Priya"}' });
  const xml = await h.admin('POST', '/api/admin/mappings/decode', {
    contentType: 'application/xml',
    body: '<call id="7"><from>9611232123</from></call>',
  });
  expect(xml.status).toBe(200);
  expect(xml.body.payload).toEqual({ call: { '@id': '7', from: '9611232123' } });
  const bad = await h.admin('POST', '/api/admin/mappings/decode', { contentType: 'application/pdf', body: '%PDF-1.4' });
  expect(bad.status).toBe(415);
  expect(bad.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
});

test('draft → fixtures → publish (refused while a fixture fails) → webhook uses the version → rollback', async () => {
  const connector = await createConnector(h, { name: 'Designer flow' });
  const b = base(connector.id);

  // No draft yet: the live mapping (version 1, from the preset) is what is being edited.
  const first = await h.admin('GET', `${b}/draft`);
  expect(first.body).toMatchObject({ saved: false, differsFromLive: false, live: { version: 1 } });
  const history1 = await h.admin('GET', `${b}/versions`);
  expect(history1.body.items).toHaveLength(1);
  expect(history1.body.items[0]).toMatchObject({ version: 1, live: true, source: 'created' });

  // Drafts may be broken; publishing is where compilation is enforced.
  expect((await h.admin('PUT', `${b}/draft`, { expression: '{ "a": ' })).status).toBe(200);
  const broken = await h.admin('POST', `${b}/publish`, {});
  expect(broken.status).toBe(422);
  expect(broken.body.code).toBe('MAPPING_SYNTAX');
  expect(typeof broken.body.details[0].position).toBe('number');

  const saved = await h.admin('PUT', `${b}/draft`, { expression: MAPPING });
  expect(saved.body).toMatchObject({ saved: true, differsFromLive: true });

  const fixture = await h.admin('POST', `${b}/fixtures`, { name: 'form with nested agent', request: SAMPLE, expect: { output: EXPECTED } });
  expect(fixture.status).toBe(201);
  const dup = await h.admin('POST', `${b}/fixtures`, { name: 'form with nested agent', request: SAMPLE, expect: { output: EXPECTED } });
  expect(dup.status).toBe(409);
  const badFixture = await h.admin('POST', `${b}/fixtures`, { name: 'x', request: SAMPLE, expect: { output: 'nope' } });
  expect(badFixture.status).toBe(400);

  // A second fixture that the mapping does not satisfy blocks publishing, and is named.
  const wrong = await h.admin('POST', `${b}/fixtures`, {
    name: 'expects outbound',
    request: SAMPLE,
    expect: { output: { ...EXPECTED, direction: 'Outbound' } },
  });
  const run = await h.admin('POST', `${b}/fixtures/run`, {});
  expect(run.body).toMatchObject({ passed: 1, failed: 1 });
  const failing = run.body.results.find((r: { name: string }) => r.name === 'expects outbound');
  expect(failing.diff).toEqual(['output.direction: expected "Outbound", got "Inbound"']);
  const refused = await h.admin('POST', `${b}/publish`, {});
  expect(refused.status).toBe(422);
  expect(refused.body.code).toBe('FIXTURES_FAILING');
  expect(refused.body.message).toContain('"expects outbound"');
  expect(refused.body.details).toEqual([expect.objectContaining({ field: 'expects outbound', code: 'fixture_failed' })]);
  expect((await h.admin('GET', `/api/admin/connectors/${connector.id}`)).body.mappings.callLog.version).toBe(1);

  // Fix the fixture; run on an explicit expression reports the same runner's answer.
  const fixed = await h.admin('PUT', `${b}/fixtures/${wrong.body.id}`, {
    name: 'expects inbound',
    request: SAMPLE,
    expect: { output: EXPECTED },
  });
  expect(fixed.status).toBe(200);
  expect((await h.admin('POST', `${b}/fixtures/run`, { expression: MAPPING })).body).toMatchObject({ passed: 2, failed: 0 });
  expect((await h.admin('DELETE', `${b}/fixtures/${wrong.body.id}`)).status).toBe(204);

  const published = await h.admin('POST', `${b}/publish`, { note: 'first real mapping' });
  expect(published.status).toBe(200);
  expect(published.body.version).toBe(2);
  const live = await h.admin('GET', `/api/admin/connectors/${connector.id}`);
  expect(live.body.mappings.callLog).toMatchObject({ expression: MAPPING, version: 2 });
  expect((await h.admin('GET', `${b}/draft`)).body).toMatchObject({ saved: false, differsFromLive: false });
  expect((await h.admin('POST', `${b}/publish`, {})).status).toBe(409); // nothing new to publish

  // The webhook maps with version 2 and records it.
  const post = await fetch(connector.callLogUrl, { method: 'POST', headers: { 'content-type': SAMPLE.contentType }, body: FORM_BODY });
  const answer = (await post.json()) as { ActivityId: string };
  expect([post.status, answer]).toEqual([200, expect.anything()]);
  const activity = await waitFor(() => h.models.CallActivity.findById(answer.ActivityId).lean(), 20_000, 'activity');
  expect(activity).toMatchObject({ mappingVersion: 2, durationSeconds: 125, direction: 'Inbound', providerAgentId: 'ag-7' });

  // History says who and when; rollback republishes version 1 as version 3.
  const history2 = await h.admin('GET', `${b}/versions`);
  expect(history2.body.items.map((v: { version: number; live: boolean }) => [v.version, v.live])).toEqual([
    [2, true],
    [1, false],
  ]);
  expect(history2.body.items[0]).toMatchObject({
    source: 'published',
    note: 'first real mapping',
    fixtureCount: 1,
    publishedBy: { email: 'admin@test.local' },
  });
  expect((await h.admin('POST', `${b}/versions/2/rollback`, {})).status).toBe(409);

  // The fixture panel checks the live version too, and says which it checked.
  const onLive = await h.admin('POST', `${b}/fixtures/run`, { against: 'live' });
  expect(onLive.body).toMatchObject({ passed: 1, failed: 0, checked: { against: 'live', version: 2 } });
  expect((await h.admin('POST', `${b}/fixtures/run`, {})).body.checked).toEqual({ against: 'draft', version: null });
  expect((await h.admin('POST', `${b}/fixtures/run`, { expression: MAPPING, against: 'live' })).status).toBe(400);

  // Rollback passes the same gate as publishing: version 1 fails today's fixture, and is refused naming it.
  const gated = await h.admin('POST', `${b}/versions/1/rollback`, {});
  expect(gated.status).toBe(422);
  expect(gated.body.code).toBe('FIXTURES_FAILING');
  expect(gated.body.message).toBe('Rollback refused: 1 of 1 fixtures fail: "form with nested agent".');
  expect(gated.body.details).toEqual([expect.objectContaining({ field: 'form with nested agent', code: 'fixture_failed' })]);
  expect((await h.admin('GET', `/api/admin/connectors/${connector.id}`)).body.mappings.callLog.version).toBe(2);

  // Without that fixture, version 1 comes back as version 3; the fixture returns for the diff below.
  expect((await h.admin('DELETE', `${b}/fixtures/${fixture.body.id}`)).status).toBe(204);
  const rolled = await h.admin('POST', `${b}/versions/1/rollback`, {});
  expect(rolled.body.version).toBe(3);
  expect(
    (await h.admin('POST', `${b}/fixtures`, { name: 'form with nested agent', request: SAMPLE, expect: { output: EXPECTED } })).status,
  ).toBe(201);
  const after = await h.admin('GET', `/api/admin/connectors/${connector.id}`);
  expect(after.body.mappings.callLog.version).toBe(3);
  expect(after.body.mappings.callLog.expression).toBe(history2.body.items[1].expression);
  const history3 = await h.admin('GET', `${b}/versions`);
  expect(history3.body.items[0]).toMatchObject({ version: 3, live: true, source: 'rollback', restoredFrom: 1 });
  expect(history3.body.items.filter((v: { live: boolean }) => v.live)).toHaveLength(1);

  // Diff: expressions and today's fixture under each.
  const diff = await h.admin('GET', `${b}/versions/diff?a=2&b=3`);
  expect(diff.status).toBe(200);
  expect(diff.body.a.expression).toBe(MAPPING);
  expect(diff.body.fixtures).toHaveLength(1);
  expect(diff.body.fixtures[0].a.pass).toBe(true);
  expect(diff.body.fixtures[0].b.pass).toBe(false);
  expect((await h.admin('GET', `${b}/versions/diff?a=2&b=99`)).status).toBe(404);
});

test('export, import into another connector, clone, usage and delete', async () => {
  const source = await createConnector(h, { name: 'Exporter' });
  await h.admin('PUT', `${base(source.id)}/draft`, { expression: MAPPING });
  await h.admin('POST', `${base(source.id)}/fixtures`, { name: 'sample', request: SAMPLE, expect: { output: EXPECTED } });
  const exported = await h.admin('GET', `/api/admin/connectors/${source.id}/mappings/export`);
  expect(exported.body).toMatchObject({
    format: 'patchcord-mappings',
    formatVersion: 2,
    mappings: { callLog: { liveVersion: 1, draft: MAPPING } },
  });
  expect(exported.body.fixtures).toEqual([expect.objectContaining({ kind: 'callLog', name: 'sample' })]);

  // A file in the first format (call log only) is still accepted.
  const v1 = {
    format: 'patchcord-mappings',
    formatVersion: 1,
    mappings: { callLog: { expression: MAPPING, liveVersion: 3 } },
    fixtures: [{ name: 'sample', description: '', request: SAMPLE, expect: { output: EXPECTED } }],
  };
  const older = await createConnector(h, { name: 'Old file importer' });
  const importedV1 = await h.admin('POST', `/api/admin/connectors/${older.id}/mappings/import`, v1);
  expect(importedV1.status).toBe(200);
  expect(importedV1.body).toMatchObject({ fixtures: 1, draft: { expression: MAPPING, differsFromLive: true } });
  expect((await h.admin('POST', `${base(older.id)}/fixtures/run`, {})).body).toMatchObject({ passed: 1, failed: 0 });

  const target = await createConnector(h, { name: 'Importer' });
  const imported = await h.admin('POST', `/api/admin/connectors/${target.id}/mappings/import`, exported.body);
  expect(imported.status).toBe(200);
  expect(imported.body).toMatchObject({ fixtures: 1, draft: { expression: MAPPING, differsFromLive: true } });
  expect((await h.admin('POST', `${base(target.id)}/publish`, {})).body.version).toBe(2);
  const notAnExport = await h.admin('POST', `/api/admin/connectors/${target.id}/mappings/import`, { format: 'other' });
  expect(notAnExport.status).toBe(400);

  const clone = await h.admin('POST', `/api/admin/connectors/${target.id}/clone`, { name: 'Importer copy' });
  expect(clone.status).toBe(201);
  expect(clone.body.webhookUrls.callLog).not.toContain('{secret}');
  expect(clone.body.mappings.callLog).toMatchObject({ expression: MAPPING, version: 1 });
  expect((await h.admin('GET', `${base(clone.body.id)}/versions`)).body.items[0].note).toMatch(/^Cloned from Importer \(version 2\)/);
  expect((await h.admin('GET', `${base(clone.body.id)}/fixtures`)).body.items).toHaveLength(1);
  expect((await h.admin('POST', `/api/admin/connectors/${target.id}/clone`, { name: 'Importer copy' })).status).toBe(409);

  const usage = await h.admin('GET', `/api/admin/connectors/${clone.body.id}/usage`);
  expect(usage.body).toMatchObject({ name: 'Importer copy', versions: 1, fixtures: 1, activities: 0 });
  expect((await h.admin('DELETE', `/api/admin/connectors/${clone.body.id}`)).status).toBe(204);
  const { MappingFixture, MappingVersion } = h.models.Connector.db.models as Record<string, typeof h.models.Connector>;
  expect(await MappingFixture!.countDocuments({ connectorId: clone.body.id })).toBe(0);
  expect(await MappingVersion!.countDocuments({ connectorId: clone.body.id })).toBe(0);
  expect((await h.admin('GET', `${base(clone.body.id)}/draft`)).status).toBe(404);
});

test('the settings schema is data, and mapping routes validate and need an admin', async () => {
  const schema = await h.admin('GET', '/api/admin/presets/generic/settings-schema');
  expect(schema.body.connector.map((f: { key: string }) => f.key)).toEqual([
    'defaultCountry',
    'timeZone',
    'duplicatePolicy',
    'createUnknownLeads',
  ]);
  expect((await h.admin('GET', '/api/admin/presets/nope/settings-schema')).status).toBe(404);

  const connector = await createConnector(h);
  expect((await h.admin('PUT', `${base(connector.id)}/draft`, { expression: '' })).status).toBe(400);
  expect((await h.admin('POST', `${base(connector.id)}/versions/0/rollback`, {})).status).toBe(400);
  expect((await h.admin('GET', `${base('0123456789abcdef01234567')}/fixtures`)).status).toBe(404);
  expect((await fetch(`${h.url}${base(connector.id)}/draft`)).status).toBe(401);
  const openapi = (await (await fetch(`${h.url}/openapi.json`)).json()) as { paths: Record<string, unknown> };
  expect(Object.keys(openapi.paths)).toEqual(
    expect.arrayContaining([
      '/api/admin/connectors/{id}/mappings/call-log/publish',
      '/api/admin/connectors/{id}/clone',
      '/api/admin/mappings/decode',
    ]),
  );
});
