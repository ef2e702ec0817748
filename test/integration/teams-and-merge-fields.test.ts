/** Team membership through the admin API, and the warning for unknown merge fields in provider templates. */
import { createConnector, startHarness, type Harness } from '../helpers/harness';

let h: Harness;
const ids: Record<string, string> = {};

beforeAll(async () => {
  h = await startHarness('teams', { worker: false });
  for (const [key, role] of [
    ['ann', 'agent'],
    ['bob', 'agent'],
    ['ops', 'ops'],
  ] as const) {
    const res = await h.admin('POST', '/api/admin/users', { email: `${key}@test.local`, name: key, role, password: 'long-enough-pw' });
    ids[key] = res.body.id;
  }
});

afterAll(async () => {
  await h?.stop();
});

describe('team members', () => {
  test('agents are added, listed with the team, replaced and removed; the user records carry the team', async () => {
    const team = await h.admin('POST', '/api/admin/teams', { name: 'North' });
    expect(team.status).toBe(201);
    expect(team.body).toMatchObject({ name: 'North', members: [] });
    const id = team.body.id as string;

    const added = await h.admin('POST', `/api/admin/teams/${id}/members`, { userId: ids.ann });
    expect(added.status).toBe(200);
    expect(added.body.members).toEqual([{ id: ids.ann, name: 'ann', email: 'ann@test.local', active: true }]);
    // Adding again changes nothing.
    expect((await h.admin('POST', `/api/admin/teams/${id}/members`, { userId: ids.ann })).body.members).toHaveLength(1);

    const replaced = await h.admin('PUT', `/api/admin/teams/${id}/members`, { userIds: [ids.bob, ids.ann] });
    expect(replaced.status).toBe(200);
    expect(replaced.body.members.map((m: { name: string }) => m.name)).toEqual(['ann', 'bob']);
    const list = await h.admin('GET', '/api/admin/teams');
    expect(list.body.items.find((t: { id: string }) => t.id === id).members).toHaveLength(2);
    expect((await h.admin('GET', `/api/admin/users/${ids.bob}`)).body.teamIds).toEqual([id]);

    const removed = await h.admin('DELETE', `/api/admin/teams/${id}/members/${ids.ann}`);
    expect(removed.status).toBe(200);
    expect(removed.body.members.map((m: { name: string }) => m.name)).toEqual(['bob']);
    expect((await h.admin('GET', `/api/admin/users/${ids.ann}`)).body.teamIds).toEqual([]);

    expect((await h.admin('PUT', `/api/admin/teams/${id}/members`, { userIds: [] })).body.members).toEqual([]);
    expect((await h.admin('GET', `/api/admin/users/${ids.bob}`)).body.teamIds).toEqual([]);
  });

  test('refusals name the problem: unknown, repeated or non-agent users, unknown teams, non-members', async () => {
    const id = (await h.admin('POST', '/api/admin/teams', { name: 'South' })).body.id as string;
    const missing = '0123456789abcdef01234567';

    const bad = await h.admin('PUT', `/api/admin/teams/${id}/members`, { userIds: [ids.ann, ids.ann, missing, ids.ops] });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.details).toEqual([
      expect.objectContaining({ field: 'body.userIds.1', code: 'duplicate' }),
      expect.objectContaining({ field: 'body.userIds.2', code: 'not_found', message: `user ${missing} does not exist` }),
      expect.objectContaining({ field: 'body.userIds.3', code: 'not_agent' }),
    ]);
    // Nothing was applied.
    expect((await h.admin('GET', `/api/admin/teams/${id}`)).body.members).toEqual([]);

    const notAgent = await h.admin('POST', `/api/admin/teams/${id}/members`, { userId: ids.ops });
    expect(notAgent.status).toBe(400);
    expect(notAgent.body.details[0]).toMatchObject({ field: 'body.userId', code: 'not_agent' });

    const badId = await h.admin('POST', `/api/admin/teams/${id}/members`, { userId: 'nope' });
    expect(badId.status).toBe(400);
    expect(badId.body.details[0].field).toMatch(/userId/);

    expect((await h.admin('POST', `/api/admin/teams/${missing}/members`, { userId: ids.ann })).status).toBe(404);
    const notMember = await h.admin('DELETE', `/api/admin/teams/${id}/members/${ids.bob}`);
    expect(notMember.status).toBe(404);
    expect(notMember.body.message).toMatch(/not a member of team South/);
    expect((await h.admin('DELETE', `/api/admin/teams/${id}/members/${missing}`)).status).toBe(404);
  });
});

describe('unknown merge fields in provider templates', () => {
  test('saving an operation that names an unknown field answers with a warning naming the field and the nearest name', async () => {
    const c = await createConnector(h, { presetId: 'generic' });
    const put = await h.admin('PUT', `/api/admin/connectors/${c.id}/provider`, {
      operations: {
        clickToCall: {
          enabled: true,
          request: { method: 'GET', url: 'https://provider.example/dial?to={{CustomerNumbr}}&agent={{agentNumber}}' },
          rules: [],
        },
      },
    });
    expect(put.status).toBe(200);
    expect(put.body.warnings).toEqual([
      {
        field: 'operations.clickToCall.request.url',
        code: 'unknown_merge_field',
        token: 'CustomerNumbr',
        message: '{{CustomerNumbr}} is not a merge field Patchcord fills; did you mean {{CustomerNumber}}?',
      },
    ]);
    // The stored template still has it: a reload shows the same warning.
    const get = await h.admin('GET', `/api/admin/connectors/${c.id}/provider`);
    expect(get.body.warnings).toEqual(put.body.warnings);

    const fixed = await h.admin('PUT', `/api/admin/connectors/${c.id}/provider`, {
      operations: {
        clickToCall: { enabled: true, request: { method: 'GET', url: 'https://provider.example/dial?to={{CustomerNumber}}' }, rules: [] },
      },
    });
    expect(fixed.body.warnings).toEqual([]);
  });
});
