/**
 * The Calls screen in a real browser against a real Patchcord: a call assembled from two call logs
 * (the second only adds the recording) is listed as incomplete by its connector's complete set, the
 * filters narrow the list, and the opened call shows where each field came from and its timeline.
 * Screenshots go to test-output/e2e/.
 */
import crypto from 'node:crypto';
import { designerDist } from '../../src/api/http/designer-static';
import { openBrowser, untilText, type BrowserSession } from '../helpers/browser';
import { ADMIN, createConnector, postJson, seedCallLog, startHarness, waitFor, type Harness } from '../helpers/harness';

let h: Harness;
let b: BrowserSession;

beforeAll(async () => {
  if (!designerDist()) throw new Error('designer/dist is missing: run `npm run designer:build` (npm test does)');
  h = await startHarness('e2e-calls');
  b = await openBrowser();
}, 180_000);

afterAll(async () => {
  await b?.close();
  await h?.stop();
});

const wait = { timeout: 15_000 };

/** The activity once `ready` holds for it, read through the admin API. */
async function activity(id: string, ready: (a: Record<string, any>) => boolean, what: string) {
  return waitFor(
    async () => {
      const res = await h.admin('GET', `/api/admin/activities/${encodeURIComponent(id)}`);
      return res.status === 200 && ready(res.body) ? (res.body as Record<string, any>) : null;
    },
    20_000,
    what,
  );
}

test('an admin finds an incomplete call by its filters and reads where each field came from', async () => {
  const connector = await createConnector(h, { name: 'Calls desk' });
  const lifecycle = await h.admin('PUT', `/api/admin/connectors/${connector.id}/lifecycle`, {
    calls: { completeFields: ['sourceNumber', 'startTime', 'status', 'agentNumber'] },
  });
  expect(lifecycle.status).toBe(200);

  // A call log without the agent's number nor the recording, then a second one with only the recording.
  const partialId = `calls-partial-${crypto.randomBytes(4).toString('hex')}`;
  const { DestinationNumber: _d, ResourceURL: _r, ...firstLog } = seedCallLog({ CallSessionId: partialId });
  expect((await postJson(connector.callLogUrl, firstLog)).status).toBe(200);
  const recording = `https://recordings.example.net/${partialId}.mp3`;
  expect((await postJson(connector.callLogUrl, { CallSessionId: partialId, ResourceURL: recording })).status).toBe(200);

  // A complete call on the same connector: its log arrives on the events URL with the agent's number.
  const completeId = `calls-complete-${crypto.randomBytes(4).toString('hex')}`;
  const eventsUrl = connector.callLogUrl.replace(/\/call-log$/, '/events');
  const completeLog = await postJson(eventsUrl, {
    ...seedCallLog({ CallSessionId: completeId, StartTime: '2015-08-20 19:00:00', EndTime: '2015-08-20 19:02:05', CallDuration: '125' }),
    Event: 'log',
    AgentNumber: '+919876543210',
  });
  expect(completeLog.status).toBe(200);

  const partial = await activity(
    `${connector.id}:s:${partialId}`,
    (a) => a.recordingUrl === recording,
    'the partial call with its recording',
  );
  expect(partial).toMatchObject({ complete: false, missingFields: ['agentNumber'], noFinalEvent: false, finalReason: 'terminal-event' });
  expect(partial.fieldSources).toMatchObject({ recordingUrl: 'log', sourceNumber: 'log' });
  await activity(`${connector.id}:s:${completeId}`, (a) => a.complete === true, 'the complete call');

  const { page } = b;
  await page.goto(h.url);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByLabel('Password').press('Enter');
  await page.waitForURL((u) => u.pathname === '/connectors', wait);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Calls' }).click();
  await page.getByRole('heading', { name: 'Calls', level: 1 }).waitFor(wait);
  const status = page.getByTestId('calls-status');
  await untilText(status, '2 calls', { exact: true });
  const rows = page.locator('.calls-table tbody tr');
  const partialRow = page.locator(`.calls-table tr[data-call-id="${connector.id}:s:${partialId}"]`);
  const completeRow = page.locator(`.calls-table tr[data-call-id="${connector.id}:s:${completeId}"]`);
  await untilText(partialRow, 'incomplete: agentNumber');
  await untilText(completeRow.locator('.call-markers'), 'complete', { exact: true });
  await untilText(completeRow, '+919876543210');
  await untilText(completeRow, '2m 05s');
  await untilText(partialRow, 'Rakesh');
  await b.shot('calls-01-list');

  // Narrow the list: incomplete calls of this connector lacking the agent's number.
  await page.getByLabel('Connector').selectOption({ label: 'Calls desk' });
  await page.getByLabel('Completeness').selectOption('false');
  await untilText(status, '1 call', { exact: true });
  expect(await rows.count()).toBe(1);
  await untilText(rows, 'incomplete: agentNumber');
  await page.getByLabel('Missing field').selectOption('agentNumber');
  await untilText(status, '1 call', { exact: true });
  await page.getByLabel('Missing field').selectOption('recordingUrl');
  await untilText(status, 'No calls match these filters.', { exact: true });
  await page.getByLabel('Missing field').selectOption('');
  await page.getByLabel('No final event').check();
  await untilText(status, 'No calls match these filters.', { exact: true });
  await page.getByLabel('No final event').uncheck();
  await untilText(status, '1 call', { exact: true });
  const search = new URL(page.url()).searchParams;
  expect(Object.fromEntries(search)).toEqual({ connectorId: connector.id, complete: 'false' });
  await b.shot('calls-02-incomplete');

  // Open the call from the keyboard.
  await partialRow.getByRole('link').focus();
  await page.keyboard.press('Enter');
  const detail = page.locator('section.call-detail');
  await detail.getByRole('heading', { name: `Call ${partialId}` }).waitFor(wait);
  expect(new URL(page.url()).pathname).toBe(`/calls/${encodeURIComponent(`${connector.id}:s:${partialId}`)}`);
  expect(await page.locator(':focus').getAttribute('id')).toBe('call-heading');

  // Each field with the kind of event it came from; the missing one is marked.
  const field = (name: string) => detail.locator(`.call-fields tr[data-field="${name}"]`);
  await untilText(field('recordingUrl'), recording);
  await untilText(field('recordingUrl'), 'call log');
  await untilText(field('sourceNumber'), 'call log');
  await untilText(field('agentNumber'), 'missing');
  await untilText(field('status'), 'Answered');
  await untilText(detail.locator('.call-summary'), 'incomplete: agentNumber');

  // The timeline: both call logs, each with what it brought, and the effects they caused.
  const events = detail.locator('.timeline-entry[data-kind="event"]');
  await waitFor(async () => (await events.count()) === 2, 15_000, 'two events on the timeline');
  await untilText(events.nth(0), 'call log received');
  await untilText(events.nth(0).locator('.timeline-fields'), 'sourceNumber');
  await untilText(events.nth(0).locator('.timeline-fields'), 'status');
  expect(await events.nth(0).locator('.timeline-fields').textContent()).not.toContain('recordingUrl');
  await untilText(events.nth(1), 'call log received');
  await untilText(events.nth(1).locator('.timeline-fields'), 'Brought: recordingUrl', { exact: true });
  await untilText(detail.locator('.timeline-entry[data-kind="effect"]'), 'saveCallActivity');
  await b.shot('calls-03-call');

  // A later call log with other notes: under the duplicate policy `ignore` the call keeps the first log's.
  expect((await postJson(connector.callLogUrl, { CallSessionId: partialId, CallNotes: 'Asked for a refund' })).status).toBe(200);
  await waitFor(
    async () => {
      const res = await h.admin('GET', `/api/ops/calls/${encodeURIComponent(`call:${connector.id}:s:${partialId}`)}`);
      return (res.body.state.timeline as { kind: string }[]).filter((t) => t.kind === 'event').length === 3;
    },
    20_000,
    'the third event',
  );
  await detail.getByRole('button', { name: 'Reload call' }).click();
  await waitFor(async () => (await events.count()) === 3, 15_000, 'three events on the timeline');
  await untilText(events.nth(2).locator('.timeline-fields'), 'Brought: nothing new', { exact: true });
  await untilText(events.nth(2).locator('.timeline-kept'), 'Kept from other events: notes', { exact: true });
  await untilText(field('notes'), 'Enquired about product');

  // Escape closes the call and keeps the filters.
  await page.keyboard.press('Escape');
  await detail.waitFor({ state: 'detached', ...wait });
  expect(new URL(page.url()).pathname).toBe('/calls');
  expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ connectorId: connector.id, complete: 'false' });
  expect(b.errors).toEqual([]);

  // Ops see the calls too: they land on this screen, without the admin-only sections.
  const ops = await h.admin('POST', '/api/admin/users', { email: 'ops@test.local', name: 'Olga', role: 'ops', password: 'ops-password' });
  expect(ops.status).toBe(201);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByLabel('Email').fill('ops@test.local');
  await page.getByLabel('Password').fill('ops-password');
  await page.getByLabel('Password').press('Enter');
  await page.getByRole('heading', { name: 'Calls', level: 1 }).waitFor(wait);
  expect(new URL(page.url()).pathname).toBe('/calls');
  expect(await page.getByRole('navigation', { name: 'Sections' }).getByRole('link').allTextContents()).toEqual([
    'Calls',
    'Failed steps',
    'Request log',
    'Live board',
    'Analytics',
    'API',
  ]);
  await untilText(status, '2 calls', { exact: true });
  await page.getByLabel('Completeness').selectOption('false');
  await untilText(status, '1 call', { exact: true });
  await partialRow.click();
  await detail.getByRole('heading', { name: `Call ${partialId}` }).waitFor(wait);
  await waitFor(async () => (await events.count()) === 3, 15_000, 'the timeline for ops');
  expect(b.errors).toEqual([]);
});
