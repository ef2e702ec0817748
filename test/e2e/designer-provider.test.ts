/**
 * The designer's Provider API tab in a real browser against a real Patchcord and the provider
 * simulator: an admin sets an Ozonetel connector's credentials (the API key stays write-only), tests
 * click-to-call with sample values, sees a bad template refused beside its field, swaps in a preset
 * variant and back, and syncs the provider's DIDs into the virtual numbers. Screenshots go to
 * test-output/e2e/.
 */
import { designerDist } from '../../src/api/http/designer-static';
import { startSimulator, type Simulator } from '../../src/simulator/server';
import { openBrowser, untilText, type BrowserSession } from '../helpers/browser';
import { ADMIN, startHarness, waitFor, type Harness } from '../helpers/harness';

let h: Harness;
let b: BrowserSession;
let sim: Simulator;

beforeAll(async () => {
  if (!designerDist()) throw new Error('designer/dist is missing: run `npm run designer:build` (npm test does)');
  h = await startHarness('e2e-provider');
  sim = await startSimulator({ speed: 0 });
  b = await openBrowser();
}, 180_000);

afterAll(async () => {
  await b?.close();
  await sim?.stop();
  await h?.stop();
});

const wait = { timeout: 15_000 };
const API_KEY = 'sim-ozonetel-key';
const DIDS = ['+918040000001', '+918040000002', '+918040000003'];

test('an admin sets up, tests and syncs an Ozonetel connector from the Provider API tab', async () => {
  const { page } = b;

  await page.goto(h.url);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByLabel('Password').press('Enter');
  await page.getByRole('button', { name: 'Add your first connector' }).click(wait);
  await page.getByLabel('Connector type (preset)').selectOption('ozonetel');
  await page.getByLabel('Name', { exact: true }).fill('Bangalore');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('heading', { name: 'Bangalore' }).waitFor(wait);
  const connectorId = (await h.admin('GET', '/api/admin/connectors')).body.items[0].id as string;

  // Credentials, rendered from the preset's fields: the base URL's default shows, the key is unset.
  await page.getByRole('link', { name: 'Provider API' }).click();
  const baseUrl = page.getByLabel('API base URL');
  await waitFor(async () => (await baseUrl.inputValue()) === 'https://api1.cloudagent.in', 15_000, 'the default base URL');
  await untilText(page.locator('[data-credential="apiKey"] .badge'), 'not set', { exact: true });
  await baseUrl.fill(`${sim.url}/ozonetel`);
  await page.getByLabel('Ozonetel user name').fill('sim_user');
  await page.locator('#credential-apiKey').fill(API_KEY); // by id: “Clear API key” is a label too
  await page.getByRole('button', { name: 'Save credentials' }).click();
  await page.getByText('Credentials saved (baseUrl, username, apiKey).').waitFor(wait);

  // After a reload the key shows as set, never its value.
  await page.reload();
  await untilText(page.locator('[data-credential="apiKey"] .badge'), 'set', { exact: true });
  expect(await page.locator('#credential-apiKey').inputValue()).toBe('');
  expect(await page.getByLabel('API base URL').inputValue()).toBe(`${sim.url}/ozonetel`);
  expect(await page.content()).not.toContain(API_KEY);
  const view = (await h.admin('GET', `/api/admin/connectors/${connectorId}/provider`)).body;
  expect(view.credentials.find((f: { key: string }) => f.key === 'apiKey')).toMatchObject({ set: true, secret: true });
  expect(JSON.stringify(view)).not.toContain(API_KEY);
  await b.shot('provider-01-credentials');

  // Test API on click-to-call: the sample fields come from the template; a blank one is named missing.
  await page.getByRole('tab', { name: /Click-to-call/ }).waitFor(wait);
  expect(await page.getByRole('tab', { name: /Click-to-call/ }).getAttribute('aria-selected')).toBe('true');
  await page.getByLabel('User.TelephonyAgentId', { exact: true }).fill('agent1');
  await page.getByLabel('VirtualNumber', { exact: true }).fill('+918040000001');
  await page.getByRole('button', { name: 'Send test' }).click();
  await untilText(page.getByRole('alert'), 'Missing merge field(s): CustomerNumber');
  await untilText(page.locator('.sample-field', { has: page.getByLabel('CustomerNumber', { exact: true }) }).locator('.badge'), 'missing', {
    exact: true,
  });
  await page.getByLabel('CustomerNumber', { exact: true }).fill('+91-9845012345');
  await page.getByRole('button', { name: 'Send test' }).click();
  await untilText(page.getByTestId('test-verdict'), /^success\s+Call queued/);
  await untilText(page.getByTestId('test-data'), '"callId"');
  const sentUrl = (await page.getByTestId('test-request-url').textContent()) ?? '';
  expect(sentUrl).toContain('api_key=[redacted]');
  expect(sentUrl).toContain('agentID=agent1');
  expect(sentUrl).not.toContain(API_KEY);
  await untilText(page.getByTestId('test-response-body'), 'queued successfully');
  const dialled = sim.journal.filter((j) => j.op === 'AgentManualDial');
  expect(dialled).toHaveLength(1);
  expect(dialled[0]!.params).toMatchObject({
    agentID: 'agent1',
    campaignName: '+918040000001',
    customerNumber: '+91-9845012345',
    api_key: API_KEY,
  });
  await b.shot('provider-02-test-api');

  // A template with an unknown @field is refused, and the error shows beside the URL.
  const url = page.getByLabel('URL', { exact: true });
  const presetUrl = await url.inputValue();
  await url.fill(`${presetUrl}&extra=@nope`);
  await page.getByRole('button', { name: 'Save click-to-call' }).click();
  await untilText(page.locator('#op-clickToCall-request-url-error'), 'Unknown mail-merge field(s): @nope');
  expect(await url.getAttribute('aria-invalid')).toBe('true');
  await untilText(page.getByRole('alert'), 'Not saved');
  await b.shot('provider-03-template-error');
  await page.getByRole('button', { name: 'Discard changes' }).click();
  expect(await url.inputValue()).toBe(presetUrl);
  expect((await h.admin('GET', `/api/admin/connectors/${connectorId}/provider`)).body.operations.clickToCall.customised).toBe(false);

  // The preset's variant, saved as this connector's own, then back to the preset's.
  await page.getByRole('button', { name: 'Replace with variant PhoneManualDial (agent not logged in)' }).click();
  expect(await url.inputValue()).toContain('/CAServices/PhoneManualDial.php');
  await page.getByRole('button', { name: 'Save click-to-call' }).click();
  await page.getByText('Click-to-call saved.').waitFor(wait);
  await untilText(page.locator('.op-editor .badge'), "this connector's");
  expect((await h.admin('GET', `/api/admin/connectors/${connectorId}/provider`)).body.operations.clickToCall).toMatchObject({
    customised: true,
    request: { url: expect.stringContaining('PhoneManualDial') },
  });
  await page.getByRole('button', { name: "Use preset's" }).click();
  await page.getByRole('dialog').getByRole('button', { name: "Use preset's" }).click();
  await page.getByText('Click-to-call follows the preset again.').waitFor(wait);
  expect(await url.inputValue()).toBe(presetUrl);
  expect((await h.admin('GET', `/api/admin/connectors/${connectorId}/provider`)).body.operations.clickToCall.customised).toBe(false);

  // DID sync: "Sync now" pulls the simulator's DIDs into the virtual numbers.
  await page.getByRole('button', { name: 'Sync now' }).click();
  const result = page.getByTestId('did-sync-result');
  await untilText(result, '3 added');
  for (const did of DIDS) await untilText(result, did);
  const numbers = (await h.admin('GET', `/api/admin/connectors/${connectorId}`)).body.virtualNumbers.map(
    (v: { number: string }) => v.number,
  );
  expect(numbers).toEqual(DIDS);

  // The schedule: every hour from a first run, kept across a reload, then switched off again.
  await page.getByLabel('Sync on a schedule').check();
  await page.getByLabel('Every (minutes)').fill('60');
  await page.getByLabel('First run (optional, your time zone)').fill('2030-01-01T02:00');
  await page.getByRole('button', { name: 'Save DID sync' }).click();
  await page.getByText('DID sync scheduled every 60 minutes.').waitFor(wait);
  const didSync = (await h.admin('GET', `/api/admin/connectors/${connectorId}/provider`)).body.didSync;
  expect(didSync).toMatchObject({ enabled: true, intervalMinutes: 60 });
  expect(new Date(didSync.firstRunAt).toISOString()).toBe(await page.evaluate(() => new Date('2030-01-01T02:00').toISOString()));
  await b.shot('provider-04-did-sync');
  await page.reload();
  await waitFor(
    async () => (await page.getByLabel('First run (optional, your time zone)').inputValue()) === '2030-01-01T02:00',
    15_000,
    'first run after reload',
  );
  expect(await page.getByLabel('Sync on a schedule').isChecked()).toBe(true);
  await page.getByLabel('Sync on a schedule').uncheck();
  await page.getByRole('button', { name: 'Save DID sync' }).click();
  await page.getByText('DID sync is off.').waitFor(wait);

  // The synced numbers are on the settings tab.
  await page.getByRole('link', { name: 'Settings' }).click();
  await waitFor(
    async () => (await page.getByLabel('Number 3', { exact: true }).inputValue()) === DIDS[2],
    15_000,
    'synced numbers in settings',
  );

  // The only console errors are the two deliberate 400s (the missing sample value, the bad template).
  expect(b.errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  expect(b.errors).toHaveLength(2);
}, 240_000);
