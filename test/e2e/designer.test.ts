/**
 * The designer in a real browser against a real Patchcord: an admin sets up a connector and maps a
 * payload no preset knows using only the UI, proves it with a fixture, publishes, and the provider's
 * next call log is mapped by that version; then rolls back. Screenshots go to test-output/e2e/.
 */
import { type Locator } from 'playwright-core';
import { designerDist } from '../../src/api/http/designer-static';
import { openBrowser, untilText, type BrowserSession } from '../helpers/browser';
import { ADMIN, seedCallLog, startHarness, waitFor, type Harness } from '../helpers/harness';

let h: Harness;
let b: BrowserSession;
let agentUserId: string;

/** The seed's popup fields: who is calling whom through which number, and the IVR path. */
const POPUP_SAMPLE = JSON.stringify({
  CallSessionId: 'p-1',
  SourceNumber: '9611232123',
  DestinationNumber: '9876543210',
  DisplayNumber: '08040001000',
  ivr: ['Sales', 'Hindi'],
});

/** Form-encoded, with nested JSON in a field and an HH:MM:SS duration; names the generic preset does not know. */
const formBody = (uuid: string) =>
  new URLSearchParams({
    caller: '09611232123',
    callee: '09876543210',
    did: '1000001000',
    started: '2024-03-05 10:15:00',
    ended: '2024-03-05 10:17:05',
    conv_len: '00:02:05',
    result: 'answered',
    dir: 'in',
    agent: JSON.stringify({ code: 'ag-7', name: 'Priya' }),
    uuid,
  }).toString();

beforeAll(async () => {
  if (!designerDist()) throw new Error('designer/dist is missing: run `npm run designer:build` (npm test does)');
  h = await startHarness('e2e');
  const agent = await h.admin('POST', '/api/admin/users', {
    email: 'priya@test.local',
    name: 'Priya',
    role: 'agent',
    password: 'agent-password',
  });
  agentUserId = agent.body.id;
  b = await openBrowser();
}, 180_000);

afterAll(async () => {
  await b?.close();
  await h?.stop();
});

const wait = { timeout: 15_000 };
const field = (name: string): Locator => b.page.locator(`[data-field="${name}"]`);

async function untilCount(locator: Locator, n: number): Promise<void> {
  await waitFor(async () => (await locator.count()) === n, 15_000, `${n} matches`);
}

test('an admin maps an unknown payload with the UI alone, publishes it, and rolls it back', async () => {
  const { page } = b;

  // Sign in with the keyboard.
  await page.goto(h.url);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await b.shot('01-sign-in');
  await page.getByLabel('Password').press('Enter');

  // First visit: no connectors; add one from a preset.
  await page.getByRole('heading', { name: 'No connectors yet' }).waitFor(wait);
  await b.shot('02-no-connectors');
  await page.getByRole('button', { name: 'Add your first connector' }).click();
  await page.getByLabel('Connector type (preset)').selectOption('generic');
  await page.getByLabel('Name', { exact: true }).fill('Mumbai');
  await b.shot('03-add-connector');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('heading', { name: 'Mumbai' }).waitFor(wait);
  const callLogUrl = (await page.getByTestId('call-log-url').textContent()) ?? '';
  expect(callLogUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/webhooks\/[0-9a-f]{24}\/[^/•]+\/call-log$/);

  // Virtual numbers: one typed, two bulk-pasted.
  await page.getByRole('button', { name: 'Add number' }).click();
  await page.getByLabel('Number 1', { exact: true }).fill('+918040001000');
  await page.getByLabel('Tag of number 1').fill('Sales');
  await page.getByLabel('Bulk paste (one per line: number, tag)').fill('+918040001001, Support\n+918040001002, Support');
  await page.getByRole('button', { name: 'Add pasted numbers' }).click();
  await page.getByRole('button', { name: 'Save numbers' }).click();
  await page.getByText('Virtual numbers saved.').waitFor(wait);

  // User ↔ provider agent mapping.
  await page.getByLabel('Agent id of Priya', { exact: true }).fill('ag-7');
  await page.getByRole('button', { name: 'Save agent id of Priya' }).click();
  await page.getByText('Priya is agent "ag-7" on Mumbai.').waitFor(wait);
  await b.shot('04-connector-settings');
  const connectorId = /webhooks\/([0-9a-f]{24})\//.exec(callLogUrl)![1]!;
  const saved = await h.admin('GET', `/api/admin/connectors/${connectorId}`);
  expect(saved.body.virtualNumbers).toEqual([
    { number: '+918040001000', tag: 'Sales', source: 'manual' },
    { number: '+918040001001', tag: 'Support', source: 'manual' },
    { number: '+918040001002', tag: 'Support', source: 'manual' },
  ]);

  // The designer: paste the sample, generate a starter.
  await page.getByRole('link', { name: 'Mappings' }).click();
  await page.getByLabel('Content type').selectOption('application/x-www-form-urlencoded');
  await page.getByLabel('Body, exactly as the provider sends it').fill(formBody('e2e-sample'));
  await page.locator('[data-path="$parseJson(agent).code"]').waitFor(wait);
  await page.getByRole('button', { name: 'Generate starter from sample' }).click();
  await field('sourceNumber').locator('.badge', { hasText: /^ok$/ }).waitFor(wait);
  await untilText(field('agentId').locator('.value'), 'ag-7', { exact: true });
  // Everything a complete call needs is there; the talk time is simply not mapped yet (no error).
  await untilText(page.getByTestId('event-missing'), 'nothing: this event alone makes a complete call');
  await untilCount(field('durationSeconds').locator('.value'), 0);
  await untilCount(field('durationSeconds').locator('.badge.bad'), 0);

  // Map what the starter could not, typing and clicking sample fields to insert their paths.
  const editor = page.getByTestId('expression-editor');
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Home');
  await page.keyboard.type(', "destinationNumber": ');
  await page.locator('[data-path="callee"]').click();
  await page.keyboard.type(', "durationSeconds": ');
  await page.locator('[data-path="conv_len"]').click();
  await field('durationSeconds').locator('.badge', { hasText: 'wrong type' }).waitFor(wait);
  await b.shot('05-wrong-type');
  for (let i = 0; i < 'conv_len'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.type('$duration(conv_len');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowRight'); // past the ")" the editor closed for us
  await untilText(field('durationSeconds').locator('.value'), '125', { exact: true });
  await untilCount(field('durationSeconds').locator('.badge', { hasText: 'wrong type' }), 0);
  await page.keyboard.type(', "direction": dir = \'in');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(" ? 'Inbound");
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(" : 'Outbound");
  await page.keyboard.press('Escape');

  // A syntax error is shown, and underlined, at JSONata's position.
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' )');
  const error = page.getByTestId('mapping-error');
  await untilText(error, /Syntax error at line \d+, column \d+ \(position \d+\)/);
  const position = Number(/position (\d+)/.exec((await error.textContent()) ?? '')![1]);
  await untilText(page.locator('.cm-jsonata-error'), ')', { exact: true });
  const doc = (await page.locator('.cm-line').allTextContents()).join('\n');
  expect(doc.slice(position - 1, position)).toBe(')'); // JSONata points just past the offending token
  await b.shot('06-syntax-error');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await untilText(error, '', { exact: true });
  await page.getByText('Every field is valid.').waitFor(wait);
  await untilText(page.getByTestId('draft-state'), 'draft saved');
  await b.shot('07-mapped');

  // A fixture from the sample; a second one that expects something else blocks publishing.
  await page.getByRole('button', { name: 'Save sample as fixture…' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('answered inbound');
  await page.getByRole('button', { name: 'Save fixture' }).click();
  await untilText(page.getByTestId('fixture-summary'), 'all 1 passing', { exact: true });
  await page.getByRole('button', { name: 'Save sample as fixture…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('expects outbound');
  const expected = dialog.locator('textarea');
  await expected.fill((await expected.inputValue()).replace('"Inbound"', '"Outbound"'));
  await page.getByRole('button', { name: 'Save fixture' }).click();
  await untilText(page.getByTestId('fixture-summary'), '1 of 2 failing', { exact: true });
  await untilText(page.locator('[data-fixture="expects outbound"] .diff'), 'output.direction: expected "Outbound", got "Inbound"');
  await page.getByRole('button', { name: 'Publish' }).click();
  await untilText(page.getByRole('alert'), 'Publishing refused: 1 of 2 fixtures fail: "expects outbound"');
  await b.shot('08-publish-refused');
  expect((await h.admin('GET', `/api/admin/connectors/${connectorId}`)).body.mappings.callLog.version).toBe(1);

  await page.getByRole('button', { name: 'Delete fixture expects outbound' }).click();
  await untilText(page.getByTestId('fixture-summary'), 'all 1 passing', { exact: true });
  await page.getByLabel('Note').fill('form payload with nested agent');
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByText('Published version 2. Webhooks use it from now on.').waitFor(wait);
  await untilText(page.locator('[data-version="2"]'), 'live');
  await b.shot('09-published');

  // The provider's next call log lands mapped by version 2, with the agent found through the mapping.
  const post = await fetch(callLogUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: formBody('e2e-call-1'),
  });
  const answer = (await post.json()) as { ActivityId: string };
  expect(post.status).toBe(200);
  const activity = await waitFor(() => h.models.CallActivity.findById(answer.ActivityId).lean(), 20_000, 'activity');
  expect(activity).toMatchObject({
    mappingVersion: 2,
    durationSeconds: 125,
    direction: 'Inbound',
    status: 'Answered',
    sessionId: 'e2e-call-1',
    providerAgentId: 'ag-7',
  });
  expect(String(activity.agentId)).toBe(agentUserId);

  // That request is in the request log (written in small batches), and can be picked as the sample.
  await waitFor(
    async () => (await h.models.RequestLog.countDocuments({ kind: 'call-log', body: formBody('e2e-call-1') })) > 0,
    15_000,
    'the request logged',
  );
  await page.getByRole('tab', { name: 'From request log' }).click();
  await page.locator('.log-item').first().click();
  await waitFor(
    async () => (await page.getByLabel('Body, exactly as the provider sends it').inputValue()) === formBody('e2e-call-1'),
    15_000,
    'sample from the request log',
  );

  // Rollback passes the fixture gate: version 1 (the preset's mapping) fails "answered inbound", and is refused naming it.
  await page.getByRole('button', { name: 'Roll back to v1…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Roll back' }).click();
  await untilText(
    page.locator('[role="alert"]', { hasText: 'Rollback refused' }),
    'Rollback refused: 1 of 1 fixtures fail: "answered inbound".',
  );
  expect((await h.admin('GET', `/api/admin/connectors/${connectorId}`)).body.mappings.callLog.version).toBe(2);

  // Without that fixture, version 1 is live again, as version 3; the fixture comes back for the diff below.
  const [kept] = (await h.admin('GET', `/api/admin/connectors/${connectorId}/mappings/call-log/fixtures`)).body.items;
  await page.getByRole('button', { name: 'Delete fixture answered inbound' }).click();
  await untilText(page.getByTestId('fixture-summary'), 'no fixtures', { exact: true });
  await page.getByRole('button', { name: 'Roll back to v1…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Roll back' }).click();
  await untilText(page.locator('[data-version="3"]'), 'rollback — Rollback to version 1');
  const restored = { name: kept.name, request: kept.request, expect: kept.expect };
  expect((await h.admin('POST', `/api/admin/connectors/${connectorId}/mappings/call-log/fixtures`, restored)).status).toBe(201);
  const versions = (await h.admin('GET', `/api/admin/connectors/${connectorId}/mappings/call-log/versions`)).body.items as {
    version: number;
    expression: string;
    live: boolean;
  }[];
  const live = (await h.admin('GET', `/api/admin/connectors/${connectorId}`)).body.mappings.callLog;
  expect(live.version).toBe(3);
  expect(live.expression).toBe(versions.find((v) => v.version === 1)!.expression);
  expect(versions.filter((v) => v.live).map((v) => v.version)).toEqual([3]);
  const seed = await fetch(callLogUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(seedCallLog()),
  });
  const seedAnswer = (await seed.json()) as { ActivityId: string };
  expect(seed.status).toBe(200);
  expect((await waitFor(() => h.models.CallActivity.findById(seedAnswer.ActivityId).lean(), 20_000, 'activity')).mappingVersion).toBe(3);

  // Side-by-side diff of the two.
  await page.getByLabel('Compare').selectOption('2');
  await page.getByLabel('with').selectOption('3');
  await page.getByRole('button', { name: 'Show diff' }).click();
  await untilText(page.locator('.fixture-compare'), 'v2: pass');
  await untilText(page.locator('.fixture-compare'), 'v3: fail');
  await b.shot('10-versions-diff');

  // The only console errors are the refused publish and rollback (422 answers the page expected and showed).
  expect(b.errors.filter((e) => !/status of 422/.test(e))).toEqual([]);
  expect(b.errors).toHaveLength(2);
}, 240_000);

test('the popup kind: its preview shows what the popup brings and what it leaves to other events; publishing warns about unread paths', async () => {
  const { page } = b;
  b.errors.length = 0;
  const created = await h.admin('POST', '/api/admin/connectors', { name: 'Pune', presetId: 'generic' });
  await page.goto(`${h.url}/connectors/${created.body.id}/mapping`);
  await page.locator('h1').first().waitFor(wait); // the sign-in form or the connector
  if (await page.getByLabel('Email').isVisible()) {
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByLabel('Password').press('Enter');
  }
  await page.getByRole('heading', { name: 'Pune' }).waitFor(wait);

  // Switch to the popup mapping: the preset's, version 0, until the connector publishes its own.
  await page.getByRole('tab', { name: 'Popup' }).click();
  await untilText(page.getByTestId('kind-description'), 'Webhook: …/popup');
  await untilText(page.getByTestId('draft-state'), 'same as live v0');
  await untilText(page.locator('#versions-title').locator('..'), "live: the preset's mapping (version 0)");
  await page.getByLabel('Content type').selectOption('application/json');
  await page.getByLabel('Body, exactly as the provider sends it').fill(POPUP_SAMPLE);

  // A partial event: what it brings is green, what it leaves to other events is not an error.
  await untilText(page.getByTestId('event-summary'), 'Event kind popup');
  for (const name of ['sourceNumber', 'displayNumber', 'agentNumber', 'direction', 'sessionId', 'ivr'])
    await untilText(page.getByTestId('event-provided'), name);
  await untilText(page.getByTestId('event-missing'), 'a start or end time');
  await untilText(page.getByTestId('event-missing'), 'status');
  await untilText(field('sourceNumber').locator('.value'), '+919611232123', { exact: true });
  await untilText(field('ivr').locator('.value'), 'Sales > Hindi', { exact: true });
  await field('status').locator('.badge', { hasText: 'left to other events' }).waitFor(wait);
  await untilText(page.getByTestId('fields-summary'), 'Every field is valid.', { exact: true });
  expect(await page.locator('.fields .badge.bad').count()).toBe(0);
  await b.shot('13-popup-preview');

  // A fixture of the popup kind, then an edit reading a name the sample does not have.
  await page.getByRole('button', { name: 'Save sample as fixture…' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('seed popup');
  await page.getByRole('button', { name: 'Save fixture' }).click();
  await untilText(page.getByTestId('fixture-summary'), 'all 1 passing', { exact: true });
  await page.locator('.cm-line', { hasText: /^}$/ }).click();
  await page.keyboard.press('Home');
  await page.keyboard.type(', "callerName": CallerNam');
  await page.keyboard.press('Escape');
  await untilText(page.getByTestId('draft-state'), 'differs from live v0');
  await untilText(page.getByTestId('path-warnings'), 'CallerNam is in none of the 1 sample payload(s)');
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByText('Published version 1. Webhooks use it from now on.').waitFor(wait);
  await page.locator('[data-warning-path="CallerNam"]').waitFor(wait);
  await untilText(page.locator('[data-version="1"]'), 'live');
  await b.shot('14-popup-published');
  const popup = await h.admin('GET', `/api/admin/connectors/${created.body.id}/mappings/popup/draft`);
  expect(popup.body.live).toMatchObject({ version: 1, fromPreset: false });
  expect(popup.body.live.expression).toContain('"callerName": CallerNam');
  expect((await h.admin('GET', `/api/admin/connectors/${created.body.id}/mappings/popup/fixtures`)).body.items).toEqual([
    expect.objectContaining({ kind: 'popup', name: 'seed popup' }),
  ]);
  expect((await h.admin('GET', `/api/admin/connectors/${created.body.id}/mappings/call-log/draft`)).body.live.version).toBe(1);

  // Back on the call log, its own draft and fields.
  await page.getByRole('tab', { name: 'Call log' }).click();
  await untilText(page.getByTestId('draft-state'), 'same as live v1');
  expect(b.errors).toEqual([]);
}, 120_000);

test('connectors as tabs: rename, clone, mark default, and delete naming what goes', async () => {
  const { page } = b;
  b.errors.length = 0;
  const created = await h.admin('POST', '/api/admin/connectors', { name: 'Chennai', presetId: 'generic' });
  const fixture = {
    name: 'seed sample',
    request: { contentType: 'application/json', body: JSON.stringify(seedCallLog({ CallSessionId: 'x' })) },
    expect: { error: ['status:missing'] },
  };
  await h.admin('POST', `/api/admin/connectors/${created.body.id}/mappings/call-log/fixtures`, fixture);
  await page.goto(`${h.url}/connectors/${created.body.id}`);
  await page.locator('h1').first().waitFor(wait); // the sign-in form or the connector
  if (await page.getByLabel('Email').isVisible()) {
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByLabel('Password').press('Enter');
  }
  await page.getByRole('heading', { name: 'Chennai' }).waitFor(wait);

  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('Chennai West');
  await page.getByRole('dialog').getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('heading', { name: 'Chennai West' }).waitFor(wait);

  await page.getByRole('button', { name: 'Clone' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('Chennai East');
  await page.getByRole('dialog').getByRole('button', { name: 'Clone' }).click();
  await page.getByRole('heading', { name: 'Chennai East' }).waitFor(wait);
  expect(await page.getByTestId('call-log-url').textContent()).not.toContain('•');
  await page.getByRole('button', { name: 'Mark default' }).click();
  await untilText(page.getByRole('heading', { name: /Chennai East/ }), 'default');
  await b.shot('11-clone-default');

  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog');
  await untilText(dialog, 'its webhook URLs stop working');
  await untilText(dialog, '1 version(s) and 1 fixture(s)');
  await b.shot('12-delete-confirmation');
  await dialog.getByRole('button', { name: 'Delete Chennai East' }).click();
  await untilCount(page.getByRole('heading', { name: /Chennai East/ }), 0);
  await page.getByRole('heading', { level: 1 }).waitFor(wait); // the first connector left
  const names = (await h.admin('GET', '/api/admin/connectors')).body.items.map((c: { name: string }) => c.name);
  expect(names).toContain('Chennai West');
  expect(names).not.toContain('Chennai East');
  expect(b.errors).toEqual([]);
}, 120_000);
