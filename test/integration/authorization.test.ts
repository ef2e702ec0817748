/**
 * Every endpoint of the API, read from its own OpenAPI document (`x-access`), asked by anonymous,
 * agent, ops and admin callers: a role-protected endpoint answers 401 without a session and 403 to
 * a role it does not list, and lets the roles it lists through (whatever it then answers to a
 * made-up id or an empty body); a provider endpoint refuses a made-up connector and secret.
 */
import { startHarness, type Harness } from '../helpers/harness';

let h: Harness;
const tokens: Record<string, string> = {};

interface Operation {
  method: string;
  path: string;
  access: 'public' | 'provider' | string[];
}

const MADE_UP_ID = 'f'.repeat(24);

beforeAll(async () => {
  h = await startHarness('authorization');
  tokens.admin = h.adminToken;
  for (const role of ['ops', 'agent']) {
    const email = `${role}-authz@patchcord.test`;
    const created = await h.admin('POST', '/api/admin/users', { email, name: role, role, password: 'authz-password-1' });
    expect(created.status).toBe(201);
    const login = await fetch(`${h.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'authz-password-1' }),
    });
    tokens[role] = ((await login.json()) as { token: string }).token;
  }
});

afterAll(async () => {
  await h.stop();
});

async function operations(): Promise<Operation[]> {
  const doc = (await (await fetch(`${h.url}/openapi.json`)).json()) as {
    paths: Record<string, Record<string, { 'x-access': Operation['access'] }>>;
  };
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ method: method.toUpperCase(), path, access: op['x-access'] })),
  );
}

/** The status an operation answers; the body is not read (the agent's event stream never ends). */
async function statusOf(op: Operation, token: string | null): Promise<number> {
  const url = `${h.url}${op.path.replace(/\{[^}]+\}/g, MADE_UP_ID)}`;
  const controller = new AbortController();
  const res = await fetch(url, {
    method: op.method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(op.method === 'GET' ? {} : { 'content-type': 'application/json' }),
    },
    ...(op.method === 'GET' ? {} : { body: '{}' }),
    signal: controller.signal,
  });
  controller.abort();
  return res.status;
}

test('every role-protected endpoint answers 401 anonymously, 403 to other roles, and lets its roles through', async () => {
  const ops = await operations();
  const protectedOps = ops.filter((op) => Array.isArray(op.access));
  expect(protectedOps.length).toBeGreaterThan(100);
  const wrong: string[] = [];
  for (const op of protectedOps) {
    const roles = op.access as string[];
    const anonymous = await statusOf(op, null);
    if (anonymous !== 401) wrong.push(`${op.method} ${op.path} anonymous: ${anonymous}`);
    for (const role of ['agent', 'ops', 'admin']) {
      const status = await statusOf(op, tokens[role]!);
      const allowed = roles.includes(role);
      if (allowed ? status === 401 || status === 403 || status >= 500 : status !== 403)
        wrong.push(`${op.method} ${op.path} ${role}: ${status}`);
    }
  }
  expect(wrong).toEqual([]);
});

test('every provider endpoint refuses a made-up connector and secret with 401', async () => {
  const providerOps = (await operations()).filter((op) => op.access === 'provider');
  expect(providerOps.length).toBeGreaterThan(5);
  const wrong: string[] = [];
  for (const op of providerOps) {
    const status = await statusOf(op, null);
    if (status !== 401) wrong.push(`${op.method} ${op.path}: ${status}`);
  }
  expect(wrong).toEqual([]);
});
