/** Sessions end when what they were granted on changes; cross-site requests with the cookie; per-account sign-in throttling. */
import crypto from 'node:crypto';
import { ADMIN, startHarness, type Harness } from '../helpers/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('api-security', {
    worker: false,
    env: { LOGIN_ACCOUNT_MAX_FAILURES: '3', LOGIN_ACCOUNT_WINDOW_MINUTES: '15', LOGIN_ACCOUNT_LOCK_MINUTES: '15' },
  });
});

afterAll(async () => {
  await h?.stop();
});

async function login(email: string, password: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${h.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  });
  const body = (await res.json()) as { token?: string; code?: string };
  return { status: res.status, body, retryAfter: res.headers.get('retry-after'), cookie: res.headers.get('set-cookie') ?? '' };
}

const me = async (token: string) => (await fetch(`${h.url}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } })).status;

async function newUser(role: 'agent' | 'ops' | 'admin' = 'agent') {
  const email = `u-${crypto.randomBytes(3).toString('hex')}@test.local`;
  const created = await h.admin<{ id: string }>('POST', '/api/admin/users', { email, name: 'Someone', role, password: 'first-password' });
  expect(created.status).toBe(201);
  return { id: created.body.id, email };
}

describe("changing what a session was granted on ends the user's sessions", () => {
  test.each([
    ['a new password', { password: 'second-password' }],
    ['another role', { role: 'ops' }],
    ['deactivation', { active: false }],
  ])('%s: a token from before answers 401 afterwards', async (_label, change) => {
    const user = await newUser();
    const before = await login(user.email, 'first-password');
    expect(await me(before.body.token ?? '')).toBe(200);
    expect((await h.admin('PATCH', `/api/admin/users/${user.id}`, change)).status).toBe(200);
    if ('active' in change) expect((await h.admin('PATCH', `/api/admin/users/${user.id}`, { active: true })).status).toBe(200);
    expect(await me(before.body.token ?? '')).toBe(401);
    expect(await h.models.AuthSession.countDocuments({ userId: user.id })).toBe(0);
  });

  test('other changes (the name, the same role again) keep the sessions', async () => {
    const user = await newUser();
    const before = await login(user.email, 'first-password');
    expect((await h.admin('PATCH', `/api/admin/users/${user.id}`, { name: 'Renamed', role: 'agent', active: true })).status).toBe(200);
    expect(await me(before.body.token ?? '')).toBe(200);
  });
});

describe('cookie-authenticated changes must come from Patchcord’s own pages', () => {
  let cookie: string;
  let connectorId: string;

  beforeAll(async () => {
    const signedIn = await login(ADMIN.email, ADMIN.password);
    cookie = signedIn.cookie.split(';')[0] ?? '';
    expect(cookie).toMatch(/^patchcord_session=/);
    connectorId = (await h.admin<{ id: string }>('POST', '/api/admin/connectors', { name: 'csrf', presetId: 'generic' })).body.id;
  });

  const rotate = (headers: Record<string, string>) =>
    fetch(`${h.url}/api/admin/connectors/${connectorId}/webhook-secret`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...headers },
      body: '',
    });

  test('another site’s Origin, or Sec-Fetch-Site: cross-site, is refused with 403', async () => {
    const evil = await rotate({ cookie, origin: 'http://evil.example' });
    expect(evil.status).toBe(403);
    expect(await evil.json()).toMatchObject({ code: 'CROSS_ORIGIN' });
    const crossSite = await rotate({ cookie, 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    const nullOrigin = await rotate({ cookie, origin: 'null' });
    expect(nullOrigin.status).toBe(403);
    const del = await fetch(`${h.url}/api/admin/connectors/${connectorId}`, {
      method: 'DELETE',
      headers: { cookie, origin: 'http://evil.example' },
    });
    expect(del.status).toBe(403);
    expect(await h.models.Connector.exists({ _id: connectorId })).toBeTruthy();
  });

  test('the same origin, no Origin at all, reads, and bearer tokens keep working', async () => {
    expect((await rotate({ cookie, origin: h.url, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await rotate({ cookie })).status).toBe(200);
    const read = await fetch(`${h.url}/api/admin/connectors/${connectorId}`, { headers: { cookie, origin: 'http://evil.example' } });
    expect(read.status).toBe(200);
    const bearer = await rotate({ authorization: `Bearer ${h.adminToken}`, origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' });
    expect(bearer.status).toBe(200);
  });
});

describe('per-account sign-in throttling', () => {
  test('after too many failures for one email, its sign-ins answer 429 with Retry-After from any address, even with the right password', async () => {
    const user = await newUser();
    // Different source addresses, as a proxy on loopback reports them: the per-address limit never sees them together.
    for (let i = 0; i < 3; i++) {
      const failed = await login(user.email, 'wrong-password', { 'x-forwarded-for': `203.0.113.${i + 1}` });
      expect(failed.status).toBe(401);
    }
    const locked = await login(user.email.toUpperCase(), 'first-password', { 'x-forwarded-for': '198.51.100.7' });
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(locked.retryAfter)).toBeGreaterThan(0);
    // The lock lives in the database, so every API process sees it.
    expect(await h.models.SignInThrottle.findOne({ email: user.email }).lean()).toMatchObject({ lockedUntil: expect.any(Date) });

    // Another account is not affected.
    const other = await newUser();
    expect((await login(other.email, 'first-password')).status).toBe(200);
  });

  test('a successful sign-in clears the failures, and expired entries are pruned', async () => {
    const user = await newUser();
    await h.models.SignInThrottle.create({
      email: 'gone@test.local',
      failures: 1,
      windowStart: new Date(Date.now() - 3600_000),
      expiresAt: new Date(Date.now() - 60_000),
    });
    for (let i = 0; i < 2; i++) expect((await login(user.email, 'wrong-password')).status).toBe(401);
    expect(await h.models.SignInThrottle.exists({ email: 'gone@test.local' })).toBeNull();
    expect((await login(user.email, 'first-password')).status).toBe(200);
    expect(await h.models.SignInThrottle.exists({ email: user.email })).toBeNull();
    expect((await login(user.email, 'wrong-password')).status).toBe(401);
    expect((await login(user.email, 'first-password')).status).toBe(200);
  });
});
