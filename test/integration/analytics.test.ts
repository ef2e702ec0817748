/**
 * Call analytics through the real path: calls arrive on two connectors' call-log webhooks, the
 * workflows write their activities to FerretDB, and GET /api/analytics/calls (and its CSV) counts
 * them on local days and hours.
 */
import { createAnalyticsScenario, type AnalyticsScenario } from '../helpers/analytics-calls';
import { startHarness, type Harness } from '../helpers/harness';

let h: Harness;
let s: AnalyticsScenario;
let opsToken: string;
let agentToken: string;

const RANGE = 'from=2024-03-01&to=2024-03-02';

beforeAll(async () => {
  h = await startHarness('analytics');
  s = await createAnalyticsScenario(h);
  const login = async (role: 'ops' | 'agent') => {
    const email = `${role}-analytics@patchcord.test`;
    expect((await h.admin('POST', '/api/admin/users', { email, name: role, role, password: 'analytics-password-2' })).status).toBe(201);
    const res = await fetch(`${h.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'analytics-password-2' }),
    });
    return ((await res.json()) as { token: string }).token;
  };
  opsToken = await login('ops');
  agentToken = await login('agent');
}, 120_000);

afterAll(async () => {
  await h?.stop();
});

const get = (query: string) => h.admin('GET', `/api/analytics/calls?${query}`);
const counts = (calls: number, answered: number, missed: number, voicemail: number, answerRate: number | null) => ({
  calls,
  answered,
  missed,
  voicemail,
  unknown: 0,
  answerRate,
});
const quiet = counts(0, 0, 0, 0, null);

test('every figure of a range of local days in Asia/Kolkata', async () => {
  const res = await get(`${RANGE}&timeZone=Asia/Kolkata`);
  expect(res.status).toBe(200);
  const r = res.body;
  expect(r).toMatchObject({
    from: '2024-03-01',
    to: '2024-03-02',
    timeZone: 'Asia/Kolkata',
    timeZoneSource: 'query',
    start: '2024-02-29T18:30:00.000Z',
    end: '2024-03-02T18:30:00.000Z',
  });
  expect(r.totals).toEqual({ ...counts(5, 2, 2, 1, 0.4), avgRingSeconds: 16.5, avgTalkSeconds: 210 });

  const hours = Object.fromEntries(Array.from({ length: 24 }, (_, hour) => [hour, { hour, ...quiet }]));
  hours[5] = { hour: 5, ...counts(1, 0, 1, 0, 0) };
  hours[10] = { hour: 10, ...counts(2, 1, 0, 1, 0.5) };
  hours[15] = { hour: 15, ...counts(1, 1, 0, 0, 1) };
  hours[23] = { hour: 23, ...counts(1, 0, 1, 0, 0) };
  expect(r.byHour).toEqual(Object.values(hours));
  expect(r.byDay).toEqual([
    { date: '2024-03-01', ...counts(2, 1, 1, 0, 0.5) },
    { date: '2024-03-02', ...counts(3, 1, 1, 1, 0.3333) },
  ]);

  expect(r.byAgent).toEqual([
    { id: s.asha, name: 'Asha Rao', ...counts(2, 1, 1, 0, 0.5), avgRingSeconds: 15, avgTalkSeconds: 120 },
    { id: s.bala, name: 'Bala Iyer', ...counts(2, 1, 0, 1, 0.5), avgRingSeconds: 18, avgTalkSeconds: 300 },
    { id: null, name: 'No agent', ...counts(1, 0, 1, 0, 0), avgRingSeconds: null, avgTalkSeconds: null },
  ]);
  expect(r.byTeam.map((t: any) => [t.id, t.calls, t.avgTalkSeconds])).toEqual([
    [s.sales, 2, 120],
    [s.support, 2, 300],
    [null, 1, null],
  ]);
  expect(r.byTeam[0].name).toMatch(/^Sales /);
  expect(r.byTeam[2].name).toBe('No team');
  expect(r.byConnector).toEqual([
    { id: s.north.id, name: expect.stringMatching(/^North desk /), ...counts(3, 1, 1, 1, 0.3333), avgRingSeconds: 20, avgTalkSeconds: 120 },
    { id: s.south.id, name: expect.stringMatching(/^South desk /), ...counts(2, 1, 1, 0, 0.5), avgRingSeconds: 6, avgTalkSeconds: 300 },
  ]);
});

test('the same days in UTC take in other calls and put the 23:30 UTC call on its UTC day', async () => {
  const r = (await get(`${RANGE}&timeZone=UTC`)).body;
  expect(r.totals).toEqual({ ...counts(6, 3, 2, 1, 0.5), avgRingSeconds: 14, avgTalkSeconds: 160 });
  expect(r.byDay).toEqual([
    { date: '2024-03-01', ...counts(3, 1, 2, 0, 0.3333) },
    { date: '2024-03-02', ...counts(3, 2, 0, 1, 0.6667) },
  ]);
  expect(r.byHour[23]).toEqual({ hour: 23, ...counts(1, 0, 1, 0, 0) });
  expect(r.byHour[18]).toEqual({ hour: 18, ...counts(2, 1, 1, 0, 0.5) });
});

test('filters: a connector (in its own zone by default), a team, an agent', async () => {
  const south = (await get(`${RANGE}&connectorId=${s.south.id}`)).body;
  expect(south).toMatchObject({ timeZone: 'UTC', timeZoneSource: 'connector' });
  expect(south.totals).toEqual({ ...counts(3, 2, 1, 0, 0.6667), avgRingSeconds: 5, avgTalkSeconds: 180 });
  expect(south.byConnector.map((c: any) => c.id)).toEqual([s.south.id]);

  const north = (await get(`${RANGE}&connectorId=${s.north.id}`)).body;
  expect(north).toMatchObject({ timeZone: 'Asia/Kolkata', timeZoneSource: 'connector' });
  expect(north.totals.calls).toBe(3);

  const sales = (await get(`${RANGE}&timeZone=Asia/Kolkata&teamId=${s.sales}`)).body;
  expect(sales.totals).toEqual({ ...counts(2, 1, 1, 0, 0.5), avgRingSeconds: 15, avgTalkSeconds: 120 });
  expect(sales.byTeam.map((t: any) => t.id)).toEqual([s.sales]);
  expect(sales.byAgent.map((a: any) => a.id)).toEqual([s.asha]);

  const bala = (await get(`${RANGE}&timeZone=Asia/Kolkata&agentId=${s.bala}`)).body;
  expect(bala.totals).toEqual({ ...counts(2, 1, 0, 1, 0.5), avgRingSeconds: 18, avgTalkSeconds: 300 });
  expect(bala.byConnector.map((c: any) => [c.id, c.calls])).toEqual([
    [s.north.id, 1],
    [s.south.id, 1],
  ]);
  // An agent outside the team: nothing.
  const none = (await get(`${RANGE}&timeZone=Asia/Kolkata&teamId=${s.sales}&agentId=${s.bala}`)).body;
  expect(none.totals).toEqual({ ...quiet, avgRingSeconds: null, avgTalkSeconds: null });
  expect(none.byDay.map((d: any) => d.calls)).toEqual([0, 0]);
});

test('the CSV has every figure of the JSON answer', async () => {
  const query = `${RANGE}&timeZone=Asia/Kolkata`;
  const res = await fetch(`${h.url}/api/analytics/calls/csv?${query}`, { headers: { authorization: `Bearer ${h.adminToken}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(res.headers.get('content-disposition')).toBe('attachment; filename=patchcord-calls-2024-03-01-to-2024-03-02-Asia_Kolkata.csv');
  const lines = (await res.text()).split('\r\n');
  expect(lines[0]).toBe('section,key,name,calls,answered,missed,voicemail,unknown,answer_rate,avg_ring_seconds,avg_talk_seconds');
  expect(lines[1]).toBe('total,2024-03-01..2024-03-02,Asia/Kolkata,5,2,2,1,0,0.4,16.5,210');
  expect(lines.slice(2, 26)).toHaveLength(24);
  expect(lines[2]).toBe('hour,00,00:00,0,0,0,0,0,,,');
  expect(lines[7]).toBe('hour,05,05:00,1,0,1,0,0,0,,');
  expect(lines[12]).toBe('hour,10,10:00,2,1,0,1,0,0.5,,');
  expect(lines[17]).toBe('hour,15,15:00,1,1,0,0,0,1,,');
  expect(lines[25]).toBe('hour,23,23:00,1,0,1,0,0,0,,');
  expect(lines.slice(26, 28)).toEqual(['day,2024-03-01,2024-03-01,2,1,1,0,0,0.5,,', 'day,2024-03-02,2024-03-02,3,1,1,1,0,0.3333,,']);
  expect(lines.slice(28, 31)).toEqual([
    `agent,${s.asha},Asha Rao,2,1,1,0,0,0.5,15,120`,
    `agent,${s.bala},Bala Iyer,2,1,0,1,0,0.5,18,300`,
    'agent,,No agent,1,0,1,0,0,0,,',
  ]);
  expect(lines.slice(31, 34)).toEqual([
    expect.stringMatching(new RegExp(`^team,${s.sales},Sales \\w+,2,1,1,0,0,0.5,15,120$`)),
    expect.stringMatching(new RegExp(`^team,${s.support},Support \\w+,2,1,0,1,0,0.5,18,300$`)),
    'team,,No team,1,0,1,0,0,0,,',
  ]);
  expect(lines.slice(34, 36)).toEqual([
    expect.stringMatching(new RegExp(`^connector,${s.north.id},North desk \\w+,3,1,1,1,0,0.3333,20,120$`)),
    expect.stringMatching(new RegExp(`^connector,${s.south.id},South desk \\w+,2,1,1,0,0,0.5,6,300$`)),
  ]);
  expect(lines.slice(36)).toEqual(['']);
});

test('bad zones and ranges are 400s that name them; unknown filters 404', async () => {
  const zone = await get(`${RANGE}&timeZone=Mars/Olympus`);
  expect(zone.status).toBe(400);
  expect(zone.body.message).toContain('"Mars/Olympus" is not an IANA time zone');
  const long = await get('from=2024-01-01&to=2025-01-01&timeZone=UTC');
  expect(long.status).toBe(400);
  expect(long.body.message).toContain('longer than 366 days');
  const reversed = await get('from=2024-03-02&to=2024-03-01&timeZone=UTC');
  expect(reversed.status).toBe(400);
  expect(reversed.body.message).toContain('before it starts');
  const date = await get('from=2024-13-01&to=2024-03-01');
  expect(date.status).toBe(400);
  expect(date.body.message).toContain('"2024-13-01"');
  expect((await get('to=2024-03-01')).status).toBe(400);
  expect((await get(`${RANGE}&connectorId=${'f'.repeat(24)}`)).status).toBe(404);
  expect((await get(`${RANGE}&teamId=${'f'.repeat(24)}`)).status).toBe(404);
  const csv = await fetch(`${h.url}/api/analytics/calls/csv?${RANGE}&timeZone=Nowhere`, {
    headers: { authorization: `Bearer ${h.adminToken}` },
  });
  expect(csv.status).toBe(400);
  expect(((await csv.json()) as { message: string }).message).toContain('"Nowhere"');
});

test('ops may read the analytics and their options; agents may not', async () => {
  const as = (token: string, path: string) => fetch(`${h.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const ops = await as(opsToken, `/api/analytics/calls?${RANGE}&timeZone=Asia/Kolkata`);
  expect(ops.status).toBe(200);
  expect(((await ops.json()) as any).totals.calls).toBe(5);
  const options = await as(opsToken, '/api/analytics/options');
  expect(options.status).toBe(200);
  const body = (await options.json()) as any;
  expect(body.connectors.map((c: any) => [c.id, c.timeZone])).toEqual(
    expect.arrayContaining([
      [s.north.id, 'Asia/Kolkata'],
      [s.south.id, 'UTC'],
    ]),
  );
  expect(body.agents.map((a: any) => a.name)).toEqual(expect.arrayContaining(['Asha Rao', 'Bala Iyer']));
  expect(body.teams.map((t: any) => t.id)).toEqual(expect.arrayContaining([s.sales, s.support]));
  expect((await as(agentToken, `/api/analytics/calls?${RANGE}`)).status).toBe(403);
  expect((await as(agentToken, `/api/analytics/calls/csv?${RANGE}`)).status).toBe(403);
});
