/**
 * The ops screens in a real browser against a real Patchcord: a disposition push fails for real (the
 * connector points it at an address the sender refuses), an ops user retries it from the failed-steps
 * screen once the address is fixed, sees the call finish in its timeline, opens the request-log entry
 * of one of its events from the timeline, previews a re-run against the live mapping, and watches the
 * live board. Screenshots go to test-output/e2e/.
 */
import crypto from 'node:crypto';
import { AxeBuilder } from '@axe-core/playwright';
import { designerDist } from '../../src/api/http/designer-static';
import { openBrowser, untilText, type BrowserSession } from '../helpers/browser';
import { startProviderServer, type ProviderServer } from '../helpers/provider-server';
import { createConnector, postJson, seedCallLog, startHarness, waitFor, type Harness } from '../helpers/harness';

let h: Harness;
let b: BrowserSession;
let provider: ProviderServer;
const OPS = { email: 'ops@test.local', password: 'ops-password' };
const AGENT_PHONE = '+919611795970';

beforeAll(async () => {
  if (!designerDist()) throw new Error('designer/dist is missing: run `npm run designer:build` (npm test does)');
  h = await startHarness('e2e-ops');
  provider = await startProviderServer();
  b = await openBrowser();
  await b.page.setViewportSize({ width: 1024, height: 800 });
}, 180_000);

afterAll(async () => {
  await b?.close();
  await provider?.close();
  await h?.stop();
});

const wait = { timeout: 15_000 };

/** Serious and critical accessibility violations on the page as it is now. */
async function axeViolations(include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page: b.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const result = await (include ? builder.include(include) : builder).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function login(email: string, password: string): Promise<string> {
  const res = await fetch(`${h.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return ((await res.json()) as { token: string }).token;
}

test('ops retry a failed step, read the call timeline and its request, preview a re-run, and watch the board', async () => {
  expect((await h.admin('POST', '/api/admin/users', { ...OPS, name: 'Olga Ops', role: 'ops' })).status).toBe(201);
  const agent = await h.admin('POST', '/api/admin/users', {
    email: 'tara@test.local',
    name: 'Tara',
    role: 'agent',
    password: 'agent-password',
    phones: [AGENT_PHONE],
  });
  expect(agent.status).toBe(201);
  const agentToken = await login('tara@test.local', 'agent-password');

  // The disposition push goes to IPv6 loopback, which is not on the tests' allow-list: refused at once.
  const connector = await createConnector(h, { name: 'Ops desk' });
  const push = (url: string) =>
    h.models.Connector.updateOne(
      { _id: connector.id },
      {
        $set: {
          'lifecycle.disposition.push.enabled': true,
          'lifecycle.disposition.push.method': 'GET',
          'lifecycle.disposition.push.url': url,
        },
      },
    );
  await push('http://[::1]:9/dispose?session=@callSessionId&value=@dispositionValue');

  const sessionId = `ops-${crypto.randomBytes(4).toString('hex')}`;
  const base = connector.callLogUrl.replace(/\/call-log$/, '');
  expect(
    (await postJson(`${base}/popup`, { CallSessionId: sessionId, SourceNumber: '+919845012345', DestinationNumber: AGENT_PHONE })).status,
  ).toBe(200);
  const log = seedCallLog({ CallSessionId: sessionId, SourceNumber: '+919845012345', DestinationNumber: AGENT_PHONE });
  const logged = await postJson(connector.callLogUrl, log);
  expect([logged.status, logged.body]).toEqual([200, expect.anything()]);
  const workflowId = `call:${connector.id}:s:${sessionId}`;
  const activityId = `${connector.id}:s:${sessionId}`;
  await waitFor(
    async () => (await h.admin('GET', `/api/admin/activities/${encodeURIComponent(activityId)}`)).status === 200,
    20_000,
    'activity',
  );
  const disposed = await waitFor(
    async () => {
      const res = await fetch(`${h.url}/api/agent/disposition`, {
        method: 'POST',
        headers: { authorization: `Bearer ${agentToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ workflowId, value: 'Interested' }),
      });
      return res.status === 200 ? res : null;
    },
    20_000,
    'the disposition',
  );
  expect(disposed.status).toBe(200);
  const failed = await waitFor(
    async () => (await h.admin('GET', `/api/ops/failed-steps?connectorId=${connector.id}`)).body.items[0],
    20_000,
    'the failed push',
  );
  expect(failed).toMatchObject({ step: 'pushDisposition', errorType: 'ADDRESS_REFUSED', workflowId });
  // Fixed: the push now goes to a provider endpoint on the allow-list.
  await push(`${provider.url}/dispose?session=@callSessionId&value=@dispositionValue`);

  const { page } = b;
  await page.goto(h.url);
  await page.getByLabel('Email').fill(OPS.email);
  await page.getByLabel('Password').fill(OPS.password);
  await page.getByLabel('Password').press('Enter');
  await page.waitForURL((u) => u.pathname === '/calls', wait);
  const sections = page.getByRole('navigation', { name: 'Sections' });
  await sections.getByRole('link', { name: 'Failed steps' }).click();
  await page.getByRole('heading', { name: 'Failed steps', level: 1 }).waitFor(wait);
  expect(await page.title()).toBe('Failed steps · Patchcord');

  // Narrow to this connector's pushDisposition failures, select the step and retry it.
  await page.getByLabel('Step', { exact: true }).fill('pushDisposition');
  const row = page.locator(`.failed-steps-table tr[data-step-id="${failed.id}"]`);
  await untilText(row, 'ADDRESS_REFUSED');
  await untilText(page.getByTestId('failed-steps-status'), '1 step', { exact: true });
  await page.getByLabel(/^Age/).selectOption({ label: 'Older than 1 day' });
  await untilText(page.getByTestId('failed-steps-status'), 'No steps match these filters.', { exact: true });
  await page.getByLabel(/^Age/).selectOption({ label: 'Any age' });
  await untilText(row, 'pushDisposition');
  await row.getByRole('checkbox').check();
  await untilText(page.getByTestId('failed-steps-status'), '1 step, 1 selected', { exact: true });
  await b.shot('ops-01-failed-steps');
  expect(await axeViolations()).toEqual([]);
  await page.getByRole('button', { name: 'Retry selected' }).click();
  const dialog = page.getByRole('dialog', { name: 'Retry the selected steps?' });
  await untilText(dialog, 'pushDisposition');
  await b.shot('ops-02-confirm-retry');
  expect(await axeViolations()).toEqual([]);
  await dialog.getByRole('button', { name: 'Retry 1 step' }).click();
  const outcome = page.locator(`.ops-outcome li[data-outcome-id="${failed.id}"]`);
  await untilText(outcome, 'pushDisposition: now retrying', { exact: true });
  await untilText(page.getByTestId('failed-steps-status'), 'No steps match these filters.', { exact: true });
  await waitFor(async () => provider.requests.some((r) => r.url.includes(`session=${sessionId}`)), 20_000, 'the push after the retry');

  // The step is resolved; from its row, the call's timeline.
  await page.getByLabel(/^Status/).selectOption('resolved');
  await waitFor(
    async () => {
      await page.getByRole('button', { name: 'Refresh' }).click();
      return (await row.count()) === 1;
    },
    20_000,
    'the resolved step listed',
  );
  await untilText(row, 'by ops@test.local');
  await b.shot('ops-03-resolved');
  await row.getByRole('link', { name: 'Timeline of the call of pushDisposition' }).click();
  const detail = page.locator('section.call-detail');
  await detail.getByRole('heading', { name: `Call ${sessionId}` }).waitFor(wait);
  const timeline = detail.locator('.timeline-entry');
  await untilText(detail.locator('.timeline-entry[data-kind="failure"]'), 'pushDisposition');
  await untilText(detail.locator('.timeline-entry[data-kind="ops"]'), 'retry pushDisposition');
  // The retried push ran after the ops decision: the call is done.
  const kinds: string[] = [];
  for (const item of await timeline.all())
    kinds.push(`${await item.getAttribute('data-kind')}:${await item.locator('.what').textContent()}`);
  const retried = kinds.indexOf('ops:retry pushDisposition');
  expect(kinds.slice(retried + 1)).toContain('effect:pushDisposition');
  await b.shot('ops-04-timeline');
  // The call's detail, where this work adds the request links (the list beside it is the Calls screen's).
  expect(await axeViolations('section.call-detail')).toEqual([]);

  // The call log event links to the request that brought it.
  const logEvent = detail.locator('.timeline-entry[data-kind="event"]', { hasText: 'call log received' });
  await logEvent.getByRole('link', { name: /Request log entry of call log received/ }).click();
  await page.getByRole('heading', { name: 'Request log', level: 1 }).waitFor(wait);
  expect(await page.title()).toBe('Request log entry · Patchcord');
  const entry = page.locator('section.request-entry');
  await entry.getByRole('heading', { name: 'POST call-log' }).waitFor(wait);
  await untilText(entry.locator('.ops-pre').first(), sessionId);
  await untilText(entry.locator('.ops-headers'), 'content-type');
  // Re-run against the live mapping: a preview of the fields, nothing written.
  const before = await h.models.RequestLog.countDocuments({});
  await entry.getByRole('button', { name: 'Re-run this delivery' }).click();
  const result = page.getByTestId('rerun-result');
  await untilText(result, 'version 1');
  await untilText(result, 'maps cleanly');
  await untilText(result, sessionId);
  expect(await h.models.RequestLog.countDocuments({})).toBe(before);
  await b.shot('ops-05-request-log-rerun');
  expect(await axeViolations()).toEqual([]);

  // The request log's own filters: this connector's rejected requests are none.
  await page.getByLabel('Status', { exact: true }).fill('401');
  await page.getByRole('button', { name: 'Apply' }).click();
  await untilText(page.getByTestId('request-log-status'), 'No requests match these filters.', { exact: true });

  // The live board: the agent, free again after the disposition.
  await sections.getByRole('link', { name: 'Live board' }).click();
  await page.getByRole('heading', { name: 'Live board', level: 1 }).waitFor(wait);
  await untilText(page.getByTestId('board-live'), 'live');
  await untilText(page.locator(`.board-agents tr[data-agent-id="${agent.body.id}"]`), 'Tara');
  // A new call rings the agent; the board shows it without a reload.
  const next = `ops-next-${crypto.randomBytes(4).toString('hex')}`;
  expect(
    (await postJson(`${base}/popup`, { CallSessionId: next, SourceNumber: '+919845012399', DestinationNumber: AGENT_PHONE })).status,
  ).toBe(200);
  await untilText(page.locator(`.board-agents tr[data-agent-id="${agent.body.id}"]`), 'ringing');
  await untilText(page.locator('.board-calls'), '+919845012399');
  await b.shot('ops-06-board');
  expect(await axeViolations()).toEqual([]);
  expect(b.errors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
}, 120_000);
