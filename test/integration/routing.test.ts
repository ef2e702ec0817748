/**
 * Call routing through the real path: the provider's GET → the route webhook → the database, the
 * decision recorded on the call's Temporal workflow; and the admin API for lifecycle settings and
 * opportunities.
 */
import crypto from 'node:crypto';
import { createConnector, startHarness, waitFor, type Harness } from '../helpers/harness';

let h: Harness;
let north: string;
let south: string;
const users: Record<string, { id: string; email: string; phone: string | null }> = {};
const leads: Record<string, string> = {};
let adminId: string;
/** Agent ids can be mapped to one connector; this one is created before the agents. */
let mapped: { id: string; url: string };

const PHONES = {
  owner: '+919611000001',
  secondary: '+919611000011',
  outOfTeam: '+919611000002',
  noOwner: '+919611000003',
  inactive: '+919611000004',
  twice: '+919611000005',
  opportunity: '+919611000006',
  stranger: '+919611999999',
};

function routeUrl(callLogUrl: string): string {
  return callLogUrl.replace(/\/call-log$/, '/route');
}

async function agent(key: string, body: Record<string, unknown>) {
  const email = `${key.toLowerCase()}@route.test`;
  const res = await h.admin('POST', '/api/admin/users', { email, name: key, role: 'agent', password: 'agent-password', ...body });
  expect(res.status).toBe(201);
  users[key] = { id: res.body.id, email, phone: (body.phones as string[] | undefined)?.[0] ?? null };
}

async function lead(key: string, phone: string, ownerKey: string | null, extra: Record<string, unknown> = {}) {
  const res = await h.admin('POST', '/api/admin/leads', {
    firstName: key,
    phone,
    ownerId: ownerKey ? users[ownerKey]!.id : null,
    ...extra,
  });
  expect(res.status).toBe(201);
  leads[key] = res.body.id;
}

/** A connector with these teams and routing settings (the rest of the lifecycle at defaults). */
async function connectorWith(routing: Record<string, unknown> = {}, teamIds: string[] = [north]) {
  const c = await createConnector(h, { teamIds });
  const put = await h.admin('PUT', `/api/admin/connectors/${c.id}/lifecycle`, { routing });
  expect(put.status).toBe(200);
  return { id: c.id, url: routeUrl(c.callLogUrl) };
}

async function ask(url: string, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}?${query}`, { headers });
  const text = await res.text();
  const json = res.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(text) : null;
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    text,
    json,
    reason: res.headers.get('x-route-reason'),
    cause: res.headers.get('x-route-fallback-cause'),
  };
}

const caller = (phone: string) => `SourceNumber=${encodeURIComponent(phone)}`;

beforeAll(async () => {
  h = await startHarness('routing');
  north = (await h.admin('POST', '/api/admin/teams', { name: 'North' })).body.id;
  south = (await h.admin('POST', '/api/admin/teams', { name: 'South' })).body.id;
  adminId = (await h.admin('GET', '/api/admin/users')).body.items[0].id;
  const c = await createConnector(h, { teamIds: [north] });
  mapped = { id: c.id, url: routeUrl(c.callLogUrl) };
  await agent('Asha', {
    phones: ['9800000001'],
    teamIds: [north],
    agentIds: [{ agentId: 'asha-everywhere' }, { agentId: 'asha-here', connectorId: mapped.id }],
  });
  await agent('Ben', { phones: ['9800000002'], teamIds: [north], agentIds: [{ agentId: 'ben-everywhere' }] });
  await agent('Chitra', { phones: ['9800000003'], teamIds: [north, south] });
  await agent('Dev', { phones: ['9800000004'], teamIds: [south] });
  await agent('Esha', { phones: ['9800000005'], teamIds: [north], active: false });
  await agent('Farid', { phones: ['9800000006'], teamIds: [south] });
  await agent('Gita', { teamIds: [north] });

  await lead('Owned', PHONES.owner, 'Asha', { secondaryPhones: [PHONES.secondary] });
  await lead('OutOfTeam', PHONES.outOfTeam, 'Dev');
  await lead('NoOwner', PHONES.noOwner, null);
  await lead('Inactive', PHONES.inactive, 'Esha');
  await lead('Older', PHONES.twice, 'Ben');
  await lead('Newer', PHONES.twice, 'Asha');
  await lead('WithOpportunities', PHONES.opportunity, 'Chitra');
});

afterAll(async () => {
  await h?.stop();
});

describe('the route answer (json)', () => {
  test("the lead owner: phone, this connector's agent id, email", async () => {
    const res = await ask(mapped.url, caller(PHONES.owner));
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^application\/json/);
    expect(res.json).toEqual({
      Status: 'Success',
      AgentPhone: '+919800000001',
      AgentId: 'asha-here',
      AgentEmail: users.Asha!.email,
      Queue: null,
      LeadId: leads.Owned,
      OpportunityId: null,
      Reason: 'lead-owner',
    });
    expect(res.reason).toBe('lead-owner');
  });

  test('the agent id falls back to the all-connectors mapping, then to the user id', async () => {
    const other = await connectorWith();
    expect((await ask(other.url, caller(PHONES.owner))).json.AgentId).toBe('asha-everywhere');
    await h.admin('PATCH', `/api/admin/leads/${leads.NoOwner}`, { ownerId: users.Chitra!.id });
    try {
      expect((await ask(other.url, caller(PHONES.noOwner))).json.AgentId).toBe(users.Chitra!.id);
    } finally {
      await h.admin('PATCH', `/api/admin/leads/${leads.NoOwner}`, { ownerId: null });
    }
  });

  test.each([
    ['%2b encoded', `SourceNumber=%2b919611000001`],
    ['a literal "%2b" (double-encoded)', `SourceNumber=%252b919611000001`],
    ['an unencoded + (arrives as a space)', `SourceNumber=+919611000001`],
    ['national with trunk 0', `SourceNumber=09611000001`],
    ['national digits', `callerNumber=9611000001`],
    ['country code without +', `CallFrom=919611000001`],
    ['spaced, as caller', `caller=96110%2000001`],
    ['as phone', `phone=%2B91-96110-00001`],
    ['the secondary number', `SourceNumber=${encodeURIComponent(PHONES.secondary)}`],
    ['the secondary number, national', `SourceNumber=9611000011`],
  ])('%s finds the same lead', async (_label, query) => {
    const res = await ask(mapped.url, query);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ LeadId: leads.Owned, AgentEmail: users.Asha!.email, Reason: 'lead-owner' });
  });

  test('two leads share a number: the oldest one routes', async () => {
    const res = await ask(mapped.url, caller(PHONES.twice));
    expect(res.json).toMatchObject({ LeadId: leads.Older, AgentEmail: users.Ben!.email, AgentId: 'ben-everywhere', Reason: 'lead-owner' });
  });

  test("a primary number wins over an older lead's secondary one, as the call log resolves the lead", async () => {
    await lead('SecondaryFirst', '+919611000021', 'Ben', { secondaryPhones: ['+919611000022'] });
    await lead('PrimaryLater', '+919611000022', 'Asha');
    expect((await ask(mapped.url, caller('+919611000022'))).json).toMatchObject({
      LeadId: leads.PrimaryLater,
      AgentEmail: users.Asha!.email,
    });
  });

  test.each([
    ["an owner outside the connector's teams", 'OutOfTeam', PHONES.outOfTeam, 'owner-ineligible'],
    ['an inactive owner', 'Inactive', PHONES.inactive, 'owner-ineligible'],
    ['a lead without an owner', 'NoOwner', PHONES.noOwner, 'no-owner'],
  ])('%s gets the fallback', async (_label, leadKey, phone, cause) => {
    const none = await ask(mapped.url, caller(phone));
    expect(none.json).toEqual({
      Status: 'Success',
      AgentPhone: null,
      AgentId: null,
      AgentEmail: null,
      Queue: null,
      LeadId: leads[leadKey],
      OpportunityId: null,
      Reason: 'no-match',
    });
    expect(none.cause).toBe(cause);
    const withAgent = await connectorWith({ fallback: 'agent', fallbackAgentId: users.Farid!.id });
    expect((await ask(withAgent.url, caller(phone))).json).toMatchObject({
      AgentEmail: users.Farid!.email,
      LeadId: leads[leadKey],
      Reason: 'fallback-agent',
    });
  });

  test('a connector with no teams lets every active agent take its calls', async () => {
    const open = await connectorWith({}, []);
    expect((await ask(open.url, caller(PHONES.outOfTeam))).json).toMatchObject({ AgentEmail: users.Dev!.email, Reason: 'lead-owner' });
    expect((await ask(open.url, caller(PHONES.inactive))).json).toMatchObject({ AgentEmail: null, Reason: 'no-match' });
  });

  test('an unknown caller: fallback agent (whatever its team), queue, or none', async () => {
    const toAgent = await connectorWith({ fallback: 'agent', fallbackAgentId: users.Farid!.id });
    const a = await ask(toAgent.url, caller(PHONES.stranger));
    expect(a.json).toEqual({
      Status: 'Success',
      AgentPhone: '+919800000006',
      AgentId: users.Farid!.id,
      AgentEmail: users.Farid!.email,
      Queue: null,
      LeadId: null,
      OpportunityId: null,
      Reason: 'fallback-agent',
    });
    expect(a.cause).toBe('no-lead');

    const toQueue = await connectorWith({ fallback: 'queue', fallbackQueue: 'sales-north' });
    expect((await ask(toQueue.url, caller(PHONES.stranger))).json).toMatchObject({
      AgentId: null,
      Queue: 'sales-north',
      LeadId: null,
      Reason: 'fallback-queue',
    });

    expect((await ask(mapped.url, caller(PHONES.stranger))).json).toMatchObject({
      AgentId: null,
      Queue: null,
      LeadId: null,
      Reason: 'no-match',
    });
    // A withheld number is a stranger too, not an error: the IVR still gets its answer.
    expect((await ask(toQueue.url, 'SourceNumber=anonymous')).json).toMatchObject({ Queue: 'sales-north', Reason: 'fallback-queue' });
  });

  test('a fallback agent who was deactivated later answers nothing', async () => {
    await agent('Hari', { phones: ['9800000008'] });
    const c = await connectorWith({ fallback: 'agent', fallbackAgentId: users.Hari!.id });
    await h.admin('PATCH', `/api/admin/users/${users.Hari!.id}`, { active: false });
    expect((await ask(c.url, caller(PHONES.stranger))).json).toMatchObject({ AgentId: null, Reason: 'no-match' });
  });
});

describe('opportunity mode', () => {
  test('the most recent open opportunity routes; closed ones never; none left → the lead owner', async () => {
    const c = await connectorWith({ mode: 'opportunity' });
    const create = async (name: string, owner: string, status = 'open') => {
      const res = await h.admin('POST', '/api/admin/opportunities', {
        leadId: leads.WithOpportunities,
        name,
        ownerId: users[owner]!.id,
        status,
      });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const older = await create('Renewal', 'Asha');
    const newer = await create('Upsell', 'Ben');
    await create('Lost deal', 'Asha', 'closed');

    expect((await ask(c.url, caller(PHONES.opportunity))).json).toMatchObject({
      AgentEmail: users.Ben!.email,
      LeadId: leads.WithOpportunities,
      OpportunityId: newer,
      Reason: 'opportunity-owner',
    });

    // Lead mode on the same data answers the lead's owner.
    const leadMode = await connectorWith();
    expect((await ask(leadMode.url, caller(PHONES.opportunity))).json).toMatchObject({
      AgentEmail: users.Chitra!.email,
      Reason: 'lead-owner',
    });

    expect((await h.admin('PATCH', `/api/admin/opportunities/${newer}`, { status: 'closed' })).status).toBe(200);
    expect((await ask(c.url, caller(PHONES.opportunity))).json).toMatchObject({
      AgentEmail: users.Asha!.email,
      OpportunityId: older,
      Reason: 'opportunity-owner',
    });

    // An out-of-team opportunity owner gets the fallback, not the lead's owner.
    await h.admin('PATCH', `/api/admin/opportunities/${older}`, { ownerId: users.Dev!.id });
    const out = await ask(c.url, caller(PHONES.opportunity));
    expect(out.json).toMatchObject({ AgentEmail: null, OpportunityId: older, Reason: 'no-match' });
    expect(out.cause).toBe('owner-ineligible');

    await h.admin('PATCH', `/api/admin/opportunities/${older}`, { status: 'closed' });
    expect((await ask(c.url, caller(PHONES.opportunity))).json).toMatchObject({
      AgentEmail: users.Chitra!.email,
      OpportunityId: null,
      Reason: 'lead-owner',
    });
  });
});

describe('plain formats', () => {
  test.each([
    ['agent-phone', '+919800000001'],
    ['agent-id', 'asha-everywhere'],
    ['agent-email', 'asha@route.test'],
  ])('%s answers just the value as text/plain', async (format, value) => {
    const c = await connectorWith({ format });
    const res = await ask(c.url, caller(PHONES.owner));
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/plain/);
    expect(res.text).toBe(value);
    expect(res.reason).toBe('lead-owner');
  });

  test('the queue name when the fallback is a queue; an empty 200 when there is nothing', async () => {
    const queue = await connectorWith({ format: 'agent-id', fallback: 'queue', fallbackQueue: 'sales-north' });
    const q = await ask(queue.url, caller(PHONES.stranger));
    expect([q.status, q.text, q.reason]).toEqual([200, 'sales-north', 'fallback-queue']);
    const none = await connectorWith({ format: 'agent-phone' });
    const n = await ask(none.url, caller(PHONES.stranger));
    expect([n.status, n.text, n.reason]).toEqual([200, '', 'no-match']);
    expect(n.type).toMatch(/^text\/plain/);
  });

  test('agent-phone: an owner without a phone number cannot be dialled, so the fallback answers', async () => {
    await lead('PhoneLess', '+919611000007', 'Gita');
    const c = await connectorWith({ format: 'agent-phone', fallback: 'agent', fallbackAgentId: users.Ben!.id });
    expect((await ask(c.url, caller('+919611000007'))).text).toBe('+919800000002');
    const json = await connectorWith({ fallback: 'agent', fallbackAgentId: users.Ben!.id });
    expect((await ask(json.url, caller('+919611000007'))).json).toMatchObject({
      AgentPhone: null,
      AgentEmail: users.Gita!.email,
      Reason: 'lead-owner',
    });
  });
});

describe('authentication, errors and the request log', () => {
  test('a wrong secret or unknown connector is 401; no caller number is a 400 naming the field', async () => {
    const wrong = await ask(mapped.url.replace(/\/[^/]+\/route$/, '/not-the-secret/route'), caller(PHONES.owner));
    expect(wrong.status).toBe(401);
    expect(wrong.json).toMatchObject({ Status: 'Failure', Code: 'WEBHOOK_AUTH_FAILED' });
    const unknown = await ask(`${h.url}/webhooks/${'0'.repeat(24)}/whatever/route`, caller(PHONES.owner));
    expect(unknown.status).toBe(401);
    const missing = await ask(mapped.url, 'DisplayNumber=%2b919020897874');
    expect(missing.status).toBe(400);
    expect(missing.json).toMatchObject({
      Status: 'Failure',
      Code: 'VALIDATION_FAILED',
      Details: [{ field: 'callerNumber', code: 'missing' }],
    });
  });

  test('with the extra header pair enabled, the header is required', async () => {
    const c = await connectorWith();
    const pair = await h.admin('POST', `/api/admin/connectors/${c.id}/auth-header`, {});
    expect((await ask(c.url, caller(PHONES.owner))).status).toBe(401);
    expect((await ask(c.url, caller(PHONES.owner), { [pair.body.name]: 'wrong' })).status).toBe(401);
    expect((await ask(c.url, caller(PHONES.owner), { [pair.body.name]: pair.body.value })).json).toMatchObject({ Reason: 'lead-owner' });
  });

  test('every request and its answer goes to the request log, the secret redacted', async () => {
    const c = await connectorWith({ format: 'agent-email' });
    await ask(c.url, `${caller(PHONES.owner)}&CallSessionId=log-${crypto.randomBytes(3).toString('hex')}`);
    await ask(c.url.replace(/\/[^/]+\/route$/, '/wrong/route'), caller(PHONES.owner));
    const entries = await waitFor(
      async () => {
        const res = await h.admin('GET', `/api/admin/request-logs?connectorId=${c.id}`);
        return res.body.items.length >= 2 ? res.body.items : null;
      },
      5_000,
      'request log entries',
    );
    const byStatus = Object.fromEntries(entries.map((e: any) => [e.status, e]));
    expect(byStatus[200]).toMatchObject({
      kind: 'route',
      method: 'GET',
      outcome: 'accepted',
      response: users.Asha!.email,
      path: `/webhooks/${c.id}/[redacted]/route`,
    });
    expect(byStatus[200].workflowId).toMatch(new RegExp(`^call:${c.id}:s:log-`));
    expect(byStatus[401]).toMatchObject({ kind: 'route', outcome: 'rejected', errorCode: 'WEBHOOK_AUTH_FAILED' });
    expect(JSON.stringify(entries)).not.toContain(c.url.split('/').at(-2));
  });
});

test("a session id records the decision on the call's workflow", async () => {
  const sessionId = `route-${crypto.randomBytes(4).toString('hex')}`;
  const res = await ask(mapped.url, `CallSid=${sessionId}&SourceNumber=%2b919611000001&DisplayNumber=09020897874`);
  expect(res.json).toMatchObject({ Reason: 'lead-owner' });
  const handle = h.api.temporal.workflow.getHandle(`call:${mapped.id}:s:${sessionId}`);
  const route = await waitFor(async () => (await handle.query<any>('callState').catch(() => null))?.route, 20_000, 'route on the workflow');
  expect(route).toMatchObject({
    callerNumber: '+919611000001',
    virtualNumber: '+919020897874',
    agentUserId: users.Asha!.id,
    leadId: leads.Owned,
    opportunityId: null,
    queue: null,
    reason: 'lead-owner',
  });
  expect((await handle.query<any>('callState')).leadId).toBe(leads.Owned);
});

describe('admin: lifecycle settings', () => {
  test('a new connector reads its defaults; a PUT replaces the whole and reads back', async () => {
    const c = await createConnector(h);
    const read = await h.admin('GET', `/api/admin/connectors/${c.id}/lifecycle`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      routing: { mode: 'lead', fallback: 'none', fallbackAgentId: null, fallbackQueue: '', format: 'json' },
      missedCall: { createTask: true, dueInMinutes: 60 },
      disposition: {
        requiredBeforeNextCall: false,
        leadField: '',
        values: [],
        task: { mode: 'off' },
        customActivity: { mode: 'off' },
        push: { enabled: false, method: 'POST', url: '' },
      },
      leadSharing: true,
    });
    const settings = {
      routing: { mode: 'opportunity', fallback: 'agent', fallbackAgentId: users.Farid!.id, format: 'agent-id' },
      missedCall: { createTask: false, dueInMinutes: 15 },
      disposition: {
        requiredBeforeNextCall: true,
        leadField: 'Disposition',
        values: ['Interested', 'Call back'],
        task: { mode: 'optional', dueInMinutes: 120 },
        push: { enabled: true, method: 'GET', url: 'https://provider.test/dispose?sid=@callSessionId&d=@dispositionValue' },
      },
      leadSharing: false,
    };
    const put = await h.admin('PUT', `/api/admin/connectors/${c.id}/lifecycle`, settings);
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject(settings);
    expect((await h.admin('GET', `/api/admin/connectors/${c.id}/lifecycle`)).body).toEqual(put.body);
    // The whole is replaced: what the next PUT omits returns to its default.
    const again = await h.admin('PUT', `/api/admin/connectors/${c.id}/lifecycle`, { leadSharing: false });
    expect(again.body).toMatchObject({
      routing: { mode: 'lead', fallback: 'none', fallbackAgentId: null },
      disposition: { values: [], push: { enabled: false } },
      leadSharing: false,
    });
  });

  test('a settings change reaches the route answer at once (the connector cache is invalidated)', async () => {
    const c = await connectorWith();
    expect((await ask(c.url, caller(PHONES.stranger))).json.Reason).toBe('no-match');
    await h.admin('PUT', `/api/admin/connectors/${c.id}/lifecycle`, { routing: { fallback: 'queue', fallbackQueue: 'overflow' } });
    expect((await ask(c.url, caller(PHONES.stranger))).json).toMatchObject({ Queue: 'overflow', Reason: 'fallback-queue' });
  });

  test.each([
    ['a fallback agent without an id', { routing: { fallback: 'agent' } }, 'body.routing.fallbackAgentId'],
    [
      'a fallback agent who does not exist',
      { routing: { fallback: 'agent', fallbackAgentId: 'f'.repeat(24) } },
      'body.routing.fallbackAgentId',
    ],
    [
      'a fallback "agent" who is an admin',
      () => ({ routing: { fallback: 'agent', fallbackAgentId: adminId } }),
      'body.routing.fallbackAgentId',
    ],
    [
      'an inactive fallback agent',
      () => ({ routing: { fallback: 'agent', fallbackAgentId: users.Esha!.id } }),
      'body.routing.fallbackAgentId',
    ],
    ['a malformed agent id', { routing: { fallback: 'agent', fallbackAgentId: 'nope' } }, 'body.routing.fallbackAgentId'],
    ['a queue fallback without a name', { routing: { fallback: 'queue', fallbackQueue: '  ' } }, 'body.routing.fallbackQueue'],
    ['an unknown format', { routing: { format: 'xml' } }, 'body.routing.format'],
    ['a non-http push URL', { disposition: { push: { url: 'ftp://provider.test/x' } } }, 'body.disposition.push.url'],
    ['a push enabled without a URL', { disposition: { push: { enabled: true } } }, 'body.disposition.push.url'],
    ['an empty disposition value', { disposition: { values: ['Interested', ' '] } }, 'body.disposition.values.1'],
    ['a repeated disposition value', { disposition: { values: ['Interested', 'Busy', 'Interested'] } }, 'body.disposition.values.2'],
    ['a lead field that reaches into others', { disposition: { leadField: 'a.$b' } }, 'body.disposition.leadField'],
    ['a negative due time', { missedCall: { dueInMinutes: -5 } }, 'body.missedCall.dueInMinutes'],
    ['an unknown setting', { routing: { colour: 'red' } }, 'body.routing'],
  ])('%s is a 400 naming the field', async (_label, body, field) => {
    const c = await createConnector(h);
    const res = await h.admin('PUT', `/api/admin/connectors/${c.id}/lifecycle`, typeof body === 'function' ? body() : body);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect((await h.admin('GET', `/api/admin/connectors/${c.id}/lifecycle`)).body.routing.fallback).toBe('none');
  });

  test('an unknown connector is a 404; agents may not read or write settings', async () => {
    expect((await h.admin('GET', `/api/admin/connectors/${'0'.repeat(24)}/lifecycle`)).status).toBe(404);
    expect((await h.admin('PUT', `/api/admin/connectors/${'0'.repeat(24)}/lifecycle`, {})).status).toBe(404);
    const login = await fetch(`${h.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: users.Asha!.email, password: 'agent-password' }),
    });
    const { token } = (await login.json()) as { token: string };
    const res = await fetch(`${h.url}/api/admin/connectors/${mapped.id}/lifecycle`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(403);
  });
});

describe('admin: opportunities', () => {
  test('create, list by lead (most recently updated first), get, and patch stage, status and owner', async () => {
    await lead('Deals', '+919611000008', 'Asha');
    const first = await h.admin('POST', '/api/admin/opportunities', { leadId: leads.Deals, name: 'First deal' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ leadId: leads.Deals, name: 'First deal', stage: 'new', status: 'open', ownerId: null });
    const second = await h.admin('POST', '/api/admin/opportunities', {
      leadId: leads.Deals,
      name: 'Second deal',
      stage: 'qualified',
      ownerId: users.Ben!.id,
    });
    expect(second.status).toBe(201);

    const list = await h.admin('GET', `/api/admin/opportunities?leadId=${leads.Deals}`);
    expect(list.body.items.map((o: { id: string }) => o.id)).toEqual([second.body.id, first.body.id]);

    const patched = await h.admin('PATCH', `/api/admin/opportunities/${first.body.id}`, {
      stage: 'won',
      status: 'closed',
      ownerId: users.Chitra!.id,
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ stage: 'won', status: 'closed', ownerId: users.Chitra!.id });
    expect((await h.admin('GET', `/api/admin/opportunities/${first.body.id}`)).body).toMatchObject({ stage: 'won', status: 'closed' });
    expect(
      (await h.admin('GET', `/api/admin/opportunities?leadId=${leads.Deals}&status=open`)).body.items.map((o: { id: string }) => o.id),
    ).toEqual([second.body.id]);
    expect(
      (await h.admin('GET', `/api/admin/opportunities?ownerId=${users.Chitra!.id}`)).body.items.map((o: { id: string }) => o.id),
    ).toContain(first.body.id);
  });

  test('unknown lead or owner is a 400 naming the field; unknown ids are 404s; bad values are 400s', async () => {
    const noLead = await h.admin('POST', '/api/admin/opportunities', { leadId: 'a'.repeat(24), name: 'x' });
    expect(noLead.status).toBe(400);
    expect(noLead.body.details[0].field).toBe('body.leadId');
    const noOwner = await h.admin('POST', '/api/admin/opportunities', { leadId: leads.Owned, name: 'x', ownerId: 'b'.repeat(24) });
    expect(noOwner.status).toBe(400);
    expect(noOwner.body.details[0].field).toBe('body.ownerId');
    const badStatus = await h.admin('POST', '/api/admin/opportunities', { leadId: leads.Owned, name: 'x', status: 'won' });
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.details[0].field).toBe('body.status');
    expect((await h.admin('GET', `/api/admin/opportunities/${'c'.repeat(24)}`)).status).toBe(404);
    expect((await h.admin('PATCH', `/api/admin/opportunities/${'c'.repeat(24)}`, { stage: 'x' })).status).toBe(404);
    const noLeadChange = await h.admin('PATCH', `/api/admin/opportunities/${'c'.repeat(24)}`, { leadId: leads.Owned });
    expect(noLeadChange.status).toBe(400);
  });
});
