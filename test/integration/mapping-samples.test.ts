/**
 * Each mapping kind's kept sample, the designer's payload after a reload: the latest delivery its
 * webhook accepted (authenticated, size-capped), else the kind's latest fixture; only admins read it,
 * and the payload never reaches the logs.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import { createConnector, postJson, seedCallLog, startHarness, waitFor, type Harness } from '../helpers/harness';

let h: Harness;
const logged: string[] = [];

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logged.push(chunk.toString());
      done();
    },
  });
  h = await startHarness('mapping-samples', { logger: pino({ level: 'trace' }, sink) });
});

afterAll(async () => {
  await h?.stop();
});

const sampleOf = (id: string, segment: string) => h.admin('GET', `/api/admin/connectors/${id}/mappings/${segment}/sample`);

test('the call log: none, then the latest fixture, then the latest accepted delivery; refused and unauthenticated ones are not kept', async () => {
  const c = await createConnector(h);
  expect((await sampleOf(c.id, 'call-log')).body).toEqual({ source: 'none', sample: null, receivedAt: null, fixture: null });

  const fixtureBody = JSON.stringify(seedCallLog({ CallSessionId: 'fixture-1' }));
  const fixture = await h.admin('POST', `/api/admin/connectors/${c.id}/mappings/call-log/fixtures`, {
    name: 'a seed log',
    request: { contentType: 'application/json', body: fixtureBody, query: '' },
    expect: { error: 'MAPPING_SYNTAX' },
  });
  expect(fixture.status).toBe(201);
  expect((await sampleOf(c.id, 'call-log')).body).toMatchObject({
    source: 'fixture',
    sample: { contentType: 'application/json', body: fixtureBody, query: '' },
    fixture: { id: fixture.body.id, name: 'a seed log' },
  });

  const marker = 'sample-marker-7d1c';
  const accepted = seedCallLog({ CallSessionId: marker });
  expect((await postJson(c.callLogUrl, accepted)).status).toBe(200);
  const kept = await waitFor(async () => {
    const s = await sampleOf(c.id, 'call-log');
    return s.body.source === 'delivery' ? s.body : null;
  });
  expect(kept).toMatchObject({ sample: { contentType: 'application/json', body: JSON.stringify(accepted), query: '' }, fixture: null });
  expect(Date.parse(kept.receivedAt)).toBeGreaterThan(Date.now() - 60_000);

  // Refused (no call named), wrong secret, and accepted but over the size cap: none replaces the kept one.
  const logEntries = async () => h.models.RequestLog.countDocuments({ connectorId: c.id });
  const before = await waitFor(async () => ((await logEntries()) >= 1 ? logEntries() : null));
  expect((await postJson(c.callLogUrl, { SourceNumber: '+919845012345' })).status).toBe(400);
  expect((await postJson(c.callLogUrl.replace(/\/[^/]+\/call-log$/, '/wrong-secret/call-log'), seedCallLog())).status).toBe(401);
  // Five custom fields of 8000 characters: 40 KB, over the sample's 32 KB cap.
  const padding = Object.fromEntries([1, 2, 3, 4, 5].map((i) => [`Padding${i}`, 'x'.repeat(8000)]));
  expect((await postJson(c.callLogUrl, seedCallLog({ CallSessionId: 'too-big', ...padding }))).status).toBe(200);
  // Their request-log entries are written after the point where a sample would have been.
  await waitFor(async () => (await logEntries()) >= before + 3);
  expect((await sampleOf(c.id, 'call-log')).body.sample.body).toBe(JSON.stringify(accepted));

  const later = seedCallLog({ CallSessionId: `${marker}-2` });
  expect((await postJson(c.callLogUrl, later)).status).toBe(200);
  await waitFor(async () => (await sampleOf(c.id, 'call-log')).body.sample?.body === JSON.stringify(later));

  // Never in the logs, whatever the level.
  expect(logged.join('').includes(marker)).toBe(false);
});

test('each kind keeps its own: the popup and the route (its query string)', async () => {
  const c = await createConnector(h);
  const base = c.callLogUrl.replace(/\/call-log$/, '');
  const popup = { CallSessionId: 'popup-sample-1', SourceNumber: '+919845012345', DestinationNumber: '+919611795980' };
  expect((await postJson(`${base}/popup`, popup)).status).toBe(200);
  const route = await fetch(`${base}/route?SourceNumber=%2B919845012345&CallSessionId=route-sample-1`);
  expect(route.status).toBe(200);

  const kept = await waitFor(async () => {
    const [p, r] = [await sampleOf(c.id, 'popup'), await sampleOf(c.id, 'route')];
    return p.body.source === 'delivery' && r.body.source === 'delivery' ? { p: p.body, r: r.body } : null;
  });
  expect(kept.p.sample.body).toBe(JSON.stringify(popup));
  expect(kept.r.sample).toEqual({ contentType: '', body: '', query: 'SourceNumber=%2B919845012345&CallSessionId=route-sample-1' });
  expect((await sampleOf(c.id, 'call-log')).body.source).toBe('none');
});

test('only admins read samples; deleting the connector deletes them', async () => {
  const c = await createConnector(h);
  expect((await postJson(c.callLogUrl, seedCallLog({ CallSessionId: 'who-reads' }))).status).toBe(200);
  await waitFor(async () => (await sampleOf(c.id, 'call-log')).body.source === 'delivery');

  const ops = await h.admin('POST', '/api/admin/users', {
    email: 'ops-sample@test.local',
    name: 'Ops',
    role: 'ops',
    password: 'ops-password-1',
  });
  expect(ops.status).toBe(201);
  const login = await fetch(`${h.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'ops-sample@test.local', password: 'ops-password-1' }),
  });
  const { token } = (await login.json()) as { token: string };
  const url = `${h.url}/api/admin/connectors/${c.id}/mappings/call-log/sample`;
  expect((await fetch(url, { headers: { authorization: `Bearer ${token}` } })).status).toBe(403);
  expect((await fetch(url)).status).toBe(401);

  expect((await h.admin('DELETE', `/api/admin/connectors/${c.id}`)).status).toBe(204);
  const { MappingSample } = h.models.Connector.db.models as Record<string, { countDocuments(q: unknown): Promise<number> }>;
  expect(await MappingSample?.countDocuments({ connectorId: c.id })).toBe(0);
});
