/**
 * The agent panel in a real browser against a real Patchcord: the admin sets a connector's panel on
 * its "Agent panel" section (a refused URL shown beside the field, the preview with sample values),
 * the settings read back through the API, and an agent of the connector's team sees the panel in the
 * console outside a call, with the agent's own values in its URL. Screenshots go to test-output/e2e/.
 */
import { designerDist } from '../../src/api/http/designer-static';
import { openBrowser, untilText, type BrowserSession } from '../helpers/browser';
import { ADMIN, createConnector, startHarness, waitFor, type Harness } from '../helpers/harness';

let h: Harness;
let b: BrowserSession;
let connectorId: string;

beforeAll(async () => {
  if (!designerDist()) throw new Error('designer/dist is missing: run `npm run designer:build` (npm test does)');
  h = await startHarness('e2e-agent-panel', { worker: false });
  const team = (await h.admin('POST', '/api/admin/teams', { name: 'Front desk' })).body.id as string;
  connectorId = (await createConnector(h, { name: 'Front line', teamIds: [team] })).id;
  const agent = await h.admin('POST', '/api/admin/users', {
    email: 'nila@test.local',
    name: 'Nila Menon',
    role: 'agent',
    password: 'long-enough-pw',
    teamIds: [team],
  });
  expect(agent.status).toBe(201);
  b = await openBrowser();
}, 120_000);

afterAll(async () => {
  await b?.close();
  await h?.stop();
});

const wait = { timeout: 15_000 };

test('the admin sets the agent panel, it reads back through the API, and an agent of its team sees it', async () => {
  const { page } = b;
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto(`${h.url}/connectors/${connectorId}/agent-panel`);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByLabel('Password').press('Enter');
  // Signed in where the admin asked to go: the section shows without another navigation.
  await page.getByRole('heading', { name: 'Agent panel', level: 2 }).waitFor(wait);
  expect(new URL(page.url()).pathname).toBe(`/connectors/${connectorId}/agent-panel`);
  expect(await page.title()).toBe('Front line · Agent panel · Patchcord');

  await page.getByLabel('Show the agent panel').check();
  await page.getByLabel('Panel URL').fill(`${h.url}/healthz?agent=@agentName&who=@nosuch`);
  await page.getByRole('button', { name: 'Save agent panel' }).click();
  await untilText(page.locator('#lc-err-url'), 'nosuch');
  expect(await page.getByLabel('Panel URL').getAttribute('aria-invalid')).toBe('true');
  await b.shot('agent-panel-01-refused');

  await page.getByLabel('Panel URL').fill(`${h.url}/healthz?agent=@agentName&lead=`);
  await page.getByLabel('Panel URL').press('End');
  await page.getByLabel('Merge field').selectOption('Lead.FirstName');
  await page.getByRole('button', { name: 'Insert into Panel URL' }).click();
  await untilText(page.locator('#ap-preview'), '/healthz?agent=Asha%20Rao&lead=Aarav');
  await page.getByLabel('Panel title').fill('Softphone');
  await page.getByLabel('Width (px)').fill('420');
  await page.getByLabel('Height (px)').fill('300');
  await page.getByLabel(/Microphone/).check();
  await page.getByLabel(/Write the clipboard/).check();
  await page.getByLabel(/Show on top/).check();
  await page.getByLabel(/Hide the maximise/).check();
  await page.getByRole('button', { name: 'Save agent panel' }).click();
  await page.getByText('Agent panel saved.').waitFor(wait);
  await b.shot('agent-panel-02-saved');

  expect((await h.admin('GET', `/api/admin/connectors/${connectorId}/agent-panel`)).body).toEqual({
    enabled: true,
    url: `${h.url}/healthz?agent=@agentName&lead={{Lead.FirstName}}`,
    title: 'Softphone',
    width: 420,
    height: 300,
    permissions: ['microphone', 'clipboard-write'],
    showOnTop: true,
    hideScaleButtons: true,
  });

  // The agent of the connector's team, outside a call: the panel with the agent's own values.
  await page.context().clearCookies();
  await page.goto(`${h.url}/console`);
  await page.getByLabel('Email').fill('nila@test.local');
  await page.getByLabel('Password').fill('long-enough-pw');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await untilText(page.locator('#signed-in-as'), 'Nila Menon');
  const frame = page.getByTestId('agent-panel');
  await waitFor(async () => (await frame.count()) > 0, 15_000, 'the agent panel');
  expect(await frame.getAttribute('src')).toBe(`${h.url}/healthz?agent=Nila%20Menon&lead=`);
  expect(await frame.getAttribute('allow')).toBe('microphone; clipboard-write');
  expect(await page.getByRole('heading', { name: 'Softphone', level: 2 }).count()).toBe(1);
  expect(await page.getByRole('button', { name: 'Maximise' }).count()).toBe(0);
  await b.shot('agent-panel-03-console');
  // The refused save's 400 is the only console error.
  expect(b.errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
});
