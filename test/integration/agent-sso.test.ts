/**
 * Single sign-on through a connector: the per-connector switch (off for a new connector), the scope
 * (only agents in the connector's teams or mapped to it), and the rate limits per address and per
 * connector.
 */
import crypto from 'node:crypto';
import { createConnector, postJson, startHarness, type CreatedConnector, type Harness } from '../helpers/harness';

const ssoUrl = (c: CreatedConnector) => c.callLogUrl.replace(/\/call-log$/, '/sso');

async function ssoConnector(h: Harness, body: Record<string, unknown> = {}): Promise<CreatedConnector> {
  const connector = await createConnector(h, body);
  const on = await h.admin('PATCH', `/api/admin/connectors/${connector.id}`, { sso: { enabled: true } });
  expect(on.status).toBe(200);
  return connector;
}

describe('single sign-on scope', () => {
  let h: Harness;
  let teamed: CreatedConnector;
  let teamless: CreatedConnector;
  let sales: string;
  const ids: Record<string, string> = {};

  async function agent(name: string, fields: Record<string, unknown>): Promise<void> {
    const res = await h.admin('POST', '/api/admin/users', {
      email: `${name}@test.local`,
      name,
      role: 'agent',
      password: 'agent-password',
      ...fields,
    });
    expect(res.status).toBe(201);
    ids[name] = res.body.id;
  }

  /** The user id the session a sign-on answered with belongs to, or the refusal. */
  async function signIn(connector: CreatedConnector, ref: Record<string, string | undefined>) {
    const res = await postJson(ssoUrl(connector), ref);
    if (res.status !== 200) return { status: res.status, body: res.body };
    const me = await fetch(`${h.url}/api/auth/me`, { headers: { authorization: `Bearer ${res.body.Token}` } });
    return { status: 200, userId: ((await me.json()) as { id: string }).id };
  }

  beforeAll(async () => {
    h = await startHarness('agent-sso', { worker: false });
    const team = async (name: string) => (await h.admin('POST', '/api/admin/teams', { name })).body.id as string;
    sales = await team('Sales');
    const support = await team('Support');
    teamed = await ssoConnector(h, { teamIds: [sales] });
    teamless = await ssoConnector(h);
    await agent('inside', { teamIds: [sales], phones: ['+919611700001'], agentIds: [{ agentId: 'GLOBAL-IN', connectorId: null }] });
    await agent('outside', { teamIds: [support], phones: ['+919611700002'], agentIds: [{ agentId: 'GLOBAL-OUT', connectorId: null }] });
    await agent('mapped', { agentIds: [{ agentId: 'OWN-1', connectorId: teamed.id }] });
    await agent('elsewhere', { teamIds: [support], agentIds: [{ agentId: 'OTHER-1', connectorId: teamless.id }] });
  });

  afterAll(async () => {
    await h?.stop();
  });

  test("signs in agents in the connector's teams or mapped to it, by email, phone or agent id", async () => {
    expect(await signIn(teamed, { AgentEmail: 'inside@test.local' })).toEqual({ status: 200, userId: ids.inside });
    expect(await signIn(teamed, { AgentPhone: '9611700001' })).toEqual({ status: 200, userId: ids.inside });
    // An agent id mapped to no connector counts for an agent in one of the connector's teams.
    expect(await signIn(teamed, { AgentId: 'GLOBAL-IN' })).toEqual({ status: 200, userId: ids.inside });
    expect(await signIn(teamed, { AgentEmail: 'mapped@test.local' })).toEqual({ status: 200, userId: ids.mapped });
    expect(await signIn(teamed, { AgentId: 'OWN-1' })).toEqual({ status: 200, userId: ids.mapped });
  });

  test('refuses everyone else exactly like an unknown agent', async () => {
    const unknown = await signIn(teamed, { AgentEmail: 'nobody@test.local' });
    expect(unknown).toEqual({ status: 404, body: expect.objectContaining({ Status: 'Failure', Code: 'NOT_FOUND' }) });
    for (const ref of [
      // In another team, by email, phone, and an agent id mapped to no connector.
      { AgentEmail: 'outside@test.local' },
      { AgentPhone: '+919611700002' },
      { AgentId: 'GLOBAL-OUT' },
      // Mapped to another connector only.
      { AgentEmail: 'elsewhere@test.local' },
      { AgentId: 'OTHER-1' },
    ])
      expect({ ref, ...(await signIn(teamed, ref)) }).toEqual({ ref, ...unknown });
  });

  test('a connector with no teams signs in only agents mapped to it', async () => {
    expect(await signIn(teamless, { AgentEmail: 'elsewhere@test.local' })).toEqual({ status: 200, userId: ids.elsewhere });
    expect(await signIn(teamless, { AgentId: 'OTHER-1' })).toEqual({ status: 200, userId: ids.elsewhere });
    for (const ref of [{ AgentEmail: 'inside@test.local' }, { AgentId: 'GLOBAL-IN' }, { AgentEmail: 'mapped@test.local' }])
      expect((await signIn(teamless, ref)).status).toBe(404);
  });

  test('is off for a new connector until the admin turns it on, and shows the setting', async () => {
    const created = await h.admin('POST', '/api/admin/connectors', {
      name: `Switch ${crypto.randomBytes(3).toString('hex')}`,
      presetId: 'generic',
      teamIds: [sales],
    });
    expect(created.body.sso).toEqual({ enabled: false });
    const connector = { id: created.body.id as string, callLogUrl: created.body.webhookUrls.callLog as string };

    const off = await postJson(ssoUrl(connector), { AgentEmail: 'inside@test.local' });
    expect(off).toEqual({
      status: 403,
      body: { Status: 'Failure', Code: 'FORBIDDEN', Message: 'Single sign-on is off for this connector.', Details: [] },
    });
    // Whoever is named, the switch answers first.
    expect((await postJson(ssoUrl(connector), { AgentEmail: 'nobody@test.local' })).status).toBe(403);

    const on = await h.admin('PATCH', `/api/admin/connectors/${connector.id}`, { sso: { enabled: true } });
    expect(on.body.sso).toEqual({ enabled: true });
    expect((await h.admin('GET', `/api/admin/connectors/${connector.id}`)).body.sso).toEqual({ enabled: true });
    expect((await signIn(connector, { AgentEmail: 'inside@test.local' })).status).toBe(200);

    expect((await h.admin('PATCH', `/api/admin/connectors/${connector.id}`, { sso: { enabled: false } })).body.sso).toEqual({
      enabled: false,
    });
    expect((await postJson(ssoUrl(connector), { AgentEmail: 'inside@test.local' })).status).toBe(403);
    expect((await h.admin('PATCH', `/api/admin/connectors/${connector.id}`, { sso: { enabled: 'yes' } })).status).toBe(400);
  });
});

describe('single sign-on rate limits', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('agent-sso-limits', {
      worker: false,
      env: { SSO_RATE_LIMIT_PER_ADDRESS: '8', SSO_RATE_LIMIT_PER_CONNECTOR: '3' },
    });
  });

  afterAll(async () => {
    await h?.stop();
  });

  test('answers 429 with Retry-After per connector (not counting failed authentications) and per address', async () => {
    const first = await ssoConnector(h);
    const second = await ssoConnector(h);
    const ask = async (url: string) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ AgentEmail: 'nobody@test.local' }),
      });
      return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Record<string, unknown> };
    };
    const wrongSecret = ssoUrl(first).replace(/\/webhooks\/([^/]+)\/[^/]+\/sso$/, '/webhooks/$1/wrong-secret/sso');

    // Requests 1-3 from this address fail authentication and leave the connector's allowance alone.
    for (let i = 0; i < 3; i++) expect((await ask(wrongSecret)).status).toBe(401);
    // 4-6: the connector's three.
    for (let i = 0; i < 3; i++) expect((await ask(ssoUrl(first))).status).toBe(404);
    // 7: over the connector's limit.
    const connectorLimited = await ask(ssoUrl(first));
    expect(connectorLimited.status).toBe(429);
    expect(Number(connectorLimited.retryAfter)).toBeGreaterThan(0);
    expect(connectorLimited.body).toMatchObject({ Status: 'Failure', Code: 'RATE_LIMITED' });
    expect(connectorLimited.body.Message).toMatch(/for this connector/);
    // 8: another connector still answers; 9: over the address's limit.
    expect((await ask(ssoUrl(second))).status).toBe(404);
    const addressLimited = await ask(ssoUrl(second));
    expect(addressLimited.status).toBe(429);
    expect(Number(addressLimited.retryAfter)).toBeGreaterThan(0);
    expect(addressLimited.body).toMatchObject({ Status: 'Failure', Code: 'RATE_LIMITED' });
    expect(addressLimited.body.Message).toMatch(/from your address/);
  });
});
