/**
 * Every screen, scanned by axe-core in a real browser at a 1024×768 window, as the role that uses it:
 * no serious or critical violation (each named with its rule, element and screen), and no sideways
 * scrolling. A new screen is one more row in SCREENS. Screenshots go to test-output/e2e/.
 */
import crypto from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { designerDist } from '../../src/api/http/designer-static';
import { openBrowser, type BrowserSession } from '../helpers/browser';
import { ADMIN, createConnector, postJson, seedCallLog, startHarness, waitFor, type Harness } from '../helpers/harness';

type Role = 'admin' | 'ops' | 'agent';

/** What the screens are opened on, made once before the scan. */
interface Seeded {
  connectorId: string;
  callId: string;
  sessionId: string;
}

interface Screen {
  name: string;
  /** Signed out when null. */
  role: Role | null;
  path(s: Seeded): string;
  /** Present once the screen has loaded what it shows. */
  ready(page: Page, s: Seeded): Locator;
  /** The browser tab's title, where the screen names it. */
  title?: string | ((s: Seeded) => string);
}

const SCREENS: Screen[] = [
  {
    name: 'sign-in',
    role: null,
    path: () => '/sign-in',
    ready: (p) => p.getByRole('heading', { name: 'Sign in to Patchcord' }),
    title: 'Sign in · Patchcord',
  },
  {
    name: 'agent console sign-in',
    role: null,
    path: () => '/console',
    ready: (p) => p.getByLabel('Email'),
    title: 'Sign in · Agent console · Patchcord',
  },
  {
    // With a connector, the list opens its first connector's settings: the tabs and that section, scanned together.
    name: 'connectors list and settings',
    role: 'admin',
    path: () => '/connectors',
    ready: (p) => p.getByRole('heading', { name: 'Teams', level: 2 }),
  },
  {
    name: 'mapping designer',
    role: 'admin',
    path: (s) => `/connectors/${s.connectorId}/mapping`,
    ready: (p) => p.locator('.cm-editor .cm-content'),
  },
  {
    name: 'provider API',
    role: 'admin',
    path: (s) => `/connectors/${s.connectorId}/provider`,
    ready: (p) => p.getByRole('heading', { name: 'Credentials', level: 2 }),
  },
  {
    name: 'route answer',
    role: 'admin',
    path: (s) => `/connectors/${s.connectorId}/route-answer`,
    ready: (p) => p.getByRole('heading', { name: 'Route answer', level: 2 }),
  },
  {
    name: 'call lifecycle settings',
    role: 'admin',
    path: (s) => `/connectors/${s.connectorId}/lifecycle`,
    ready: (p) => p.getByRole('heading', { name: 'Call lifecycle', level: 2 }),
    title: 'Accessible desk · Call lifecycle · Patchcord',
  },
  {
    name: 'disposition settings',
    role: 'admin',
    path: (s) => `/connectors/${s.connectorId}/disposition`,
    ready: (p) => p.getByRole('heading', { name: 'Disposition', level: 2 }),
    title: 'Accessible desk · Disposition · Patchcord',
  },
  {
    name: 'routing settings',
    role: 'admin',
    path: (s) => `/connectors/${s.connectorId}/routing`,
    ready: (p) => p.getByRole('heading', { name: 'Routing and missed calls', level: 2 }),
    title: 'Accessible desk · Routing · Patchcord',
  },
  {
    name: 'agent panel settings',
    role: 'admin',
    path: (s) => `/connectors/${s.connectorId}/agent-panel`,
    ready: (p) => p.getByRole('heading', { name: 'Agent panel', level: 2 }),
    title: 'Accessible desk · Agent panel · Patchcord',
  },
  {
    name: 'teams',
    role: 'admin',
    path: () => '/teams',
    ready: (p) => p.getByRole('heading', { name: 'Teams', level: 1 }),
    title: 'Teams · Patchcord',
  },
  {
    name: 'failed steps',
    role: 'ops',
    path: () => '/ops/failed-steps',
    ready: (p) => p.getByRole('heading', { name: 'Failed steps', level: 1 }),
    title: 'Failed steps · Patchcord',
  },
  {
    name: 'request log',
    role: 'ops',
    path: () => '/ops/request-log',
    ready: (p) => p.getByRole('heading', { name: 'Request log', level: 1 }),
    title: 'Request log · Patchcord',
  },
  {
    name: 'live board',
    role: 'ops',
    path: () => '/ops/board',
    ready: (p) => p.getByRole('heading', { name: 'Agents', level: 2 }),
    title: 'Live board · Patchcord',
  },
  {
    name: 'analytics',
    role: 'ops',
    path: () => '/analytics',
    ready: (p) => p.getByRole('heading', { name: 'Summary', level: 2 }),
    title: 'Analytics · Patchcord',
  },
  {
    name: 'calls list',
    role: 'admin',
    path: () => '/calls',
    ready: (p, s) => p.locator(`tr[data-call-id="${s.callId}"]`),
    title: 'Calls · Patchcord',
  },
  {
    name: 'call detail',
    role: 'ops',
    path: (s) => `/calls/${encodeURIComponent(s.callId)}`,
    ready: (p, s) => p.getByRole('heading', { name: `Call ${s.sessionId}`, level: 2 }),
    title: (s) => `Call ${s.sessionId} · Patchcord`,
  },
  {
    name: 'agent console',
    role: 'agent',
    path: () => '/console',
    ready: (p) => p.getByLabel('Status'),
    title: 'Agent console · Patchcord',
  },
];

const USERS: Record<Role, { email: string; password: string }> = {
  admin: ADMIN,
  ops: { email: 'a11y-ops@test.local', password: 'ops-password-1' },
  agent: { email: 'a11y-agent@test.local', password: 'agent-password-1' },
};

let h: Harness;
let b: BrowserSession;
let seeded: Seeded;
let signedInAs: Role | null | undefined;

beforeAll(async () => {
  if (!designerDist()) throw new Error('designer/dist is missing: run `npm run designer:build` (npm test does)');
  h = await startHarness('e2e-a11y');
  b = await openBrowser();
  await b.page.setViewportSize({ width: 1024, height: 768 });

  for (const role of ['ops', 'agent'] as const) {
    const user = await h.admin('POST', '/api/admin/users', {
      ...USERS[role],
      name: `A11y ${role}`,
      role,
      ...(role === 'agent' ? { phones: ['+919611795992'] } : {}),
    });
    expect(user.status).toBe(201);
  }
  const connector = await createConnector(h, { name: 'Accessible desk' });
  const sessionId = `a11y-${crypto.randomBytes(4).toString('hex')}`;
  const logged = await postJson(connector.callLogUrl, seedCallLog({ CallSessionId: sessionId }));
  expect({ status: logged.status, body: logged.status === 200 ? null : logged.body }).toEqual({ status: 200, body: null });
  const callId = `${connector.id}:s:${sessionId}`;
  await waitFor(
    async () => (await h.admin('GET', `/api/admin/activities/${encodeURIComponent(callId)}`)).status === 200,
    20_000,
    'the call activity',
  );
  seeded = { connectorId: connector.id, callId, sessionId };
}, 180_000);

afterAll(async () => {
  await b?.close();
  await h?.stop();
});

async function signInAs(role: Role | null): Promise<void> {
  if (signedInAs === role) return;
  await b.context.clearCookies();
  if (role) {
    // The browser context's own requests share its cookies, so this signs the pages in.
    const res = await b.context.request.post(`${h.url}/api/auth/login`, { data: USERS[role] });
    expect(res.status()).toBe(200);
  }
  signedInAs = role;
}

test.each(SCREENS.map((s) => [`${s.name} (${s.role ?? 'signed out'})`, s] as const))(
  '%s: no serious or critical axe violation, no sideways scrolling at 1024 px, its title',
  async (label, screen) => {
    const { page } = b;
    await signInAs(screen.role);
    await page.goto(`${h.url}${screen.path(seeded)}`);
    await screen.ready(page, seeded).waitFor({ timeout: 15_000 });
    await b.shot(
      `a11y-${label
        .replace(/[^a-z0-9]+/gi, '-')
        .replace(/-$/, '')
        .toLowerCase()}`,
    );

    // Only violations are listed in full, which spares axe listing every passing node.
    const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${label}: ${v.id} (${v.impact}) at ${n.target.join(' ')}: ${v.help}`));
    expect(serious).toEqual([]);

    // Evaluated in the page; a string, since the tests are compiled without the DOM's types.
    const width = await page.evaluate<{ scroll: number; window: number }>(
      '({ scroll: document.documentElement.scrollWidth, window: document.documentElement.clientWidth })',
    );
    expect({ screen: label, scrollWidth: width.scroll }).toEqual({ screen: label, scrollWidth: width.window });

    if (screen.title) {
      const want = typeof screen.title === 'string' ? screen.title : screen.title(seeded);
      await waitFor(async () => (await page.title()) === want, 5_000, `the title "${want}"`).catch(async (err: Error) => {
        throw new Error(`${label}: ${err.message}; the title is "${await page.title()}"`);
      });
    }
  },
);
