/** Sign-in, roles, validation answers from the error catalogue, the preview endpoint and OpenAPI. */
import { createConnector, seedCallLog, startHarness, waitFor, type Harness } from '../helpers/harness';

let h: Harness;
let agentToken: string;

beforeAll(async () => {
  h = await startHarness('admin');
  await h.admin('POST', '/api/admin/users', { email: 'agent@test.local', name: 'Agent', role: 'agent', password: 'agent-password' });
  const login = await fetch(`${h.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'agent@test.local', password: 'agent-password' }),
  });
  agentToken = ((await login.json()) as { token: string }).token;
});

afterAll(async () => {
  await h?.stop();
});

describe('auth', () => {
  test('login sets an http-only session cookie that works for the API', async () => {
    const res = await fetch(`${h.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ADMIN@test.local', password: 'test-admin-password' }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/patchcord_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    const me = await fetch(`${h.url}/api/auth/me`, { headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email: 'admin@test.local', role: 'admin' });
  });

  test('a wrong password gets 401 BAD_CREDENTIALS, the same as an unknown email', async () => {
    for (const email of ['admin@test.local', 'nobody@test.local']) {
      const res = await fetch(`${h.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'wrong-password' }),
      });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { code: string }).code).toBe('BAD_CREDENTIALS');
    }
  });

  test('admin routes need a session (401) and the admin role (403)', async () => {
    const anonymous = await fetch(`${h.url}/api/admin/connectors`);
    expect(anonymous.status).toBe(401);
    const agent = await fetch(`${h.url}/api/admin/connectors`, { headers: { authorization: `Bearer ${agentToken}` } });
    expect(agent.status).toBe(403);
    expect(((await agent.json()) as { code: string }).code).toBe('FORBIDDEN');
  });

  test('logout ends the session', async () => {
    const login = await fetch(`${h.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'agent@test.local', password: 'agent-password' }),
    });
    const { token } = (await login.json()) as { token: string };
    expect((await fetch(`${h.url}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    await fetch(`${h.url}/api/auth/logout`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect((await fetch(`${h.url}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
  });

  test('passwords are stored hashed and never returned', async () => {
    const users = await h.admin<{ items: Record<string, unknown>[] }>('GET', '/api/admin/users');
    expect(JSON.stringify(users.body)).not.toMatch(/password/i);
    const raw = await h.models.User.collection.findOne({ email: 'agent@test.local' });
    expect(String(raw?.passwordHash)).toMatch(/^\$argon2id\$/);
  });
});

describe('validation and the error catalogue', () => {
  test('a bad body gets 400 VALIDATION_FAILED naming each field', async () => {
    const res = await h.admin('POST', '/api/admin/connectors', {
      name: '',
      presetId: 'generic',
      defaultCountry: 'XX',
      duplicatePolicy: 'sometimes',
      extra: 1,
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    const fields = (res.body.details as { field: string }[]).map((d) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['body.name', 'body.defaultCountry', 'body.duplicatePolicy']));
  });

  test('an unknown preset gets 404 and a taken name 409', async () => {
    expect((await h.admin('POST', '/api/admin/connectors', { name: 'x', presetId: 'nope' })).body.code).toBe('NOT_FOUND');
    await createConnector(h, { name: 'Bangalore' });
    const dup = await h.admin('POST', '/api/admin/connectors', { name: 'Bangalore', presetId: 'generic' });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('CONFLICT');
  });

  test('an unknown id gets 404 and a malformed id 400', async () => {
    expect((await h.admin('GET', '/api/admin/connectors/0123456789abcdef01234567')).status).toBe(404);
    expect((await h.admin('GET', '/api/admin/connectors/not-an-id')).status).toBe(400);
  });

  test('a bad phone number on a lead gets 400 and nothing is written', async () => {
    const before = await h.models.Lead.countDocuments();
    const res = await h.admin('POST', '/api/admin/leads', { phone: 'call me maybe' });
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe('body.phone');
    expect(await h.models.Lead.countDocuments()).toBe(before);
  });

  test('an agent id can map to one user only', async () => {
    const first = await h.admin('POST', '/api/admin/users', {
      email: 'a1@test.local',
      name: 'A1',
      role: 'agent',
      password: 'password-1',
      agentIds: [{ agentId: 'dup-1' }],
    });
    expect(first.status).toBe(201);
    const second = await h.admin('POST', '/api/admin/users', {
      email: 'a2@test.local',
      name: 'A2',
      role: 'agent',
      password: 'password-2',
      agentIds: [{ agentId: 'dup-1' }],
    });
    expect(second.status).toBe(409);
  });

  test('changing the mapping bumps its version, and the next call log records it', async () => {
    const connector = await createConnector(h);
    const before = await h.admin('GET', `/api/admin/connectors/${connector.id}`);
    const res = await h.admin('PATCH', `/api/admin/connectors/${connector.id}`, {
      callLogMapping: `${before.body.mappings.callLog.expression}\n`,
    });
    expect(res.status).toBe(200);
    expect(res.body.mappings.callLog.version).toBe(2);
    const posted = await fetch(connector.callLogUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(seedCallLog()),
    });
    const { ActivityId } = (await posted.json()) as { ActivityId: string };
    const activity = await waitFor(() => h.models.CallActivity.findById(ActivityId).lean(), 20_000, 'activity');
    expect(activity.mappingVersion).toBe(2);
  });

  test('a new connector shows every provider-facing URL once, with the secret; later reads mask it', async () => {
    const created = await h.admin('POST', '/api/admin/connectors', { name: 'All URLs', presetId: 'generic' });
    const urls = created.body.webhookUrls as Record<string, string>;
    expect(Object.keys(urls).sort()).toEqual(['callEvent', 'callLog', 'events', 'popup', 'route', 'sso']);
    const secret = urls.callLog?.split('/').at(-2) ?? '';
    for (const url of Object.values(urls)) expect(url).toContain(`/webhooks/${created.body.id}/${secret}/`);
    const read = await h.admin('GET', `/api/admin/connectors/${created.body.id}`);
    expect(JSON.stringify(read.body)).not.toContain(secret);
    expect(read.body.webhookUrls.route).toContain('{secret}');
  });

  test('marking a connector default clears the previous default', async () => {
    const a = await createConnector(h, { isDefault: true });
    const b = await createConnector(h, { isDefault: true });
    expect((await h.admin('GET', `/api/admin/connectors/${a.id}`)).body.isDefault).toBe(false);
    expect((await h.admin('GET', `/api/admin/connectors/${b.id}`)).body.isDefault).toBe(true);
  });
});

describe('mapping preview', () => {
  test('returns the canonical output, per-field problems and positioned errors', async () => {
    const sample = { body: JSON.stringify(seedCallLog({ CallDuration: '00:01:05' })), contentType: 'application/x-www-form-urlencoded' };
    const identity = await h.admin('POST', '/api/admin/mappings/preview', { expression: '$', sample });
    expect(identity.status).toBe(200);
    expect(identity.body.error).toBeNull();
    expect(identity.body.normalized.sourceNumber).toBe('+919611232123');
    expect(identity.body.problems).toEqual([expect.objectContaining({ field: 'durationSeconds', code: 'wrong_type' })]);

    const fixed = await h.admin('POST', '/api/admin/mappings/preview', {
      expression: '$merge([$, { "CallDuration": $duration(CallDuration) }])',
      sample,
    });
    expect(fixed.body.problems).toEqual([]);
    expect(fixed.body.normalized.durationSeconds).toBe(65);

    const broken = await h.admin('POST', '/api/admin/mappings/preview', { expression: '{ "a": ', sample });
    expect(broken.status).toBe(200);
    expect(broken.body.error).toMatchObject({
      code: 'MAPPING_SYNTAX',
      details: [expect.objectContaining({ position: expect.any(Number) })],
    });
  });
});

describe('OpenAPI', () => {
  test('documents every route, webhooks included, from the validating schemas', async () => {
    const res = await fetch(`${h.url}/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> } }>
      >;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/webhooks/{connectorId}/{secret}/call-log',
        '/api/auth/login',
        '/api/admin/connectors',
        '/api/admin/connectors/{id}',
        '/api/admin/users',
        '/api/admin/teams',
        '/api/admin/leads',
        '/api/admin/activities',
        '/api/admin/request-logs',
        '/api/admin/mappings/preview',
      ]),
    );
    const createProps = doc.paths['/api/admin/connectors']?.post?.requestBody?.content['application/json']?.schema.properties ?? {};
    expect(Object.keys(createProps)).toEqual(expect.arrayContaining(['name', 'presetId', 'duplicatePolicy', 'callLogMapping']));
    expect(Object.keys(doc.paths['/webhooks/{connectorId}/{secret}/call-log']?.post?.requestBody?.content ?? {})).toContain(
      'application/x-www-form-urlencoded',
    );
  });
});

describe('virtual numbers', () => {
  test('are stored in E.164 (read in the connector’s country), and each bad or repeated one is refused by position', async () => {
    const refused = await h.admin('POST', '/api/admin/connectors', {
      name: `Numbers ${Date.now()}`,
      presetId: 'generic',
      virtualNumbers: [
        { number: 'abc', tag: '' },
        { number: '080 4000 0001', tag: 'Sales' },
        { number: '+91 80 4000 0001', tag: 'Support' },
      ],
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [
        { field: 'body.virtualNumbers.0.number', code: 'invalid', message: expect.stringContaining('"abc" is not a phone number') },
        { field: 'body.virtualNumbers.2.number', code: 'duplicate', message: expect.stringContaining('+918040000001') },
      ],
    });
    expect((await h.admin('GET', '/api/admin/connectors')).body.items ?? []).not.toContainEqual(
      expect.objectContaining({ name: expect.stringMatching(/^Numbers /) }),
    );

    const created = await h.admin('POST', '/api/admin/connectors', {
      name: `Numbers ${Date.now()}`,
      presetId: 'generic',
      virtualNumbers: [{ number: '080 4000 0001', tag: 'Sales' }],
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect((await h.admin('GET', `/api/admin/connectors/${id}`)).body.virtualNumbers).toEqual([
      expect.objectContaining({ number: '+918040000001', tag: 'Sales' }),
    ]);

    const patched = await h.admin('PATCH', `/api/admin/connectors/${id}`, { virtualNumbers: [{ number: 'not-a-number', tag: '' }] });
    expect(patched).toMatchObject({ status: 400, body: { details: [{ field: 'body.virtualNumbers.0.number', code: 'invalid' }] } });
    const us = await h.admin('PATCH', `/api/admin/connectors/${id}`, {
      defaultCountry: 'US',
      virtualNumbers: [{ number: '(212) 555-0199', tag: 'NY' }],
    });
    expect(us.status).toBe(200);
    expect((await h.admin('GET', `/api/admin/connectors/${id}`)).body.virtualNumbers).toEqual([
      expect.objectContaining({ number: '+12125550199', tag: 'NY' }),
    ]);
  });
});
