/**
 * The admin's settings screens in a real browser against a real Patchcord: among 200 connectors one
 * is found and opened from the keyboard; its disposition, routing and call lifecycle are set (a
 * refused field shown beside it) and read back through the API; refused virtual numbers show their
 * reasons and saved ones show in E.164; a team is created and filled with agents. Screenshots go to
 * test-output/e2e/.
 */
import { designerDist } from '../../src/api/http/designer-static';
import { openBrowser, untilText, type BrowserSession } from '../helpers/browser';
import { ADMIN, startHarness, waitFor, type Harness } from '../helpers/harness';

let h: Harness;
let b: BrowserSession;
const connectors: { id: string; name: string; presetId: string }[] = [];
const agents: Record<string, string> = {};

beforeAll(async () => {
  if (!designerDist()) throw new Error('designer/dist is missing: run `npm run designer:build` (npm test does)');
  h = await startHarness('e2e-admin', { worker: false });
  // One connector through the API (the one the admin edits), and 199 copies of it straight into the
  // database under other names and presets: the picker only lists them, and 200 creates would be slow.
  const presets = ['generic', 'ozonetel', 'mobile-cloud-calling', 'ucontact'];
  const created = await h.admin('POST', '/api/admin/connectors', { name: 'Branch 137', presetId: 'generic' });
  if (created.status !== 201) throw new Error(`connector create failed: ${created.status} ${JSON.stringify(created.body)}`);
  const {
    _id,
    name: _name,
    presetId: _preset,
    isDefault: _default,
    ...template
  } = (await h.models.Connector.findById(created.body.id).select('+webhookSecret').lean())!;
  const copies = Array.from({ length: 200 }, (_, i) => i)
    .filter((i) => i !== 136)
    .map((i) => ({ ...template, name: `Branch ${i + 1}`, presetId: presets[i % presets.length]!, isDefault: false }));
  const inserted = await h.models.Connector.insertMany(copies);
  for (const c of inserted) connectors.push({ id: String(c._id), name: c.name, presetId: c.presetId });
  connectors.splice(136, 0, { id: created.body.id, name: 'Branch 137', presetId: 'generic' });
  for (const name of ['Asha', 'Bala']) {
    const res = await h.admin('POST', '/api/admin/users', {
      email: `${name.toLowerCase()}@test.local`,
      name,
      role: 'agent',
      password: 'long-enough-pw',
    });
    agents[name] = res.body.id;
  }
  b = await openBrowser();
}, 180_000);

afterAll(async () => {
  await b?.close();
  await h?.stop();
});

const wait = { timeout: 15_000 };

/** The focused element's text (the DOM's types are not in the tests' compile). */
const focusedText = () =>
  b.page.evaluate(
    () =>
      (globalThis as unknown as { document: { activeElement: { textContent: string } | null } }).document.activeElement?.textContent ?? '',
  );

/** Presses Tab until `done` holds for the focused element; returns how many presses it took. */
async function tabUntil(done: () => Promise<boolean>, max: number): Promise<number> {
  for (let n = 1; n <= max; n++) {
    await b.page.keyboard.press('Tab');
    if (await done()) return n;
  }
  throw new Error(`not reached within ${max} Tab presses`);
}

test('an admin finds a connector among 200 from the keyboard and sets its lifecycle, numbers and teams', async () => {
  const { page } = b;
  const lifecycle = async (id: string) => (await h.admin('GET', `/api/admin/connectors/${id}/lifecycle`)).body;

  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto(h.url);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByLabel('Password').press('Enter');
  await page.waitForURL(/\/connectors\/[0-9a-f]{24}$/, wait);
  await page.getByRole('heading', { level: 1 }).waitFor(wait);

  // From the top of the page, the picker is a few Tab presses away, and one connector is typed, chosen and opened.
  const picker = page.getByRole('combobox', { name: /Find a connector/ });
  await page.locator('body').focus();
  const toPicker = await tabUntil(
    () => picker.evaluate((el) => (el as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement === el),
    20,
  );
  // Past the header's own links and buttons (one per section), whatever the number of connectors.
  const header = await page.locator('header.topbar').locator('a, button').count();
  expect(toPicker).toBeLessThanOrEqual(header + 3);
  await untilText(page.getByRole('status').filter({ hasText: 'connectors' }), '200 connectors');
  await page.keyboard.type('ucontact');
  await untilText(page.getByRole('status').filter({ hasText: 'match' }), '50 of 200 match');
  await b.shot('admin-01-picker-by-preset');
  await picker.fill('');
  const target = connectors[136]!; // Branch 137
  await page.keyboard.type(target.name);
  await untilText(page.getByRole('listbox', { name: 'Connectors' }).getByRole('option'), target.name);
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/connectors/${target.id}`, wait);
  await page.getByRole('heading', { name: target.name, level: 1 }).waitFor(wait);
  await waitFor(async () => (await page.title()).startsWith(`${target.name} · Settings`), 15_000, 'the page title');
  // By id too: the id's last characters find exactly that connector.
  const other = connectors[41]!;
  await picker.fill(other.id);
  await untilText(page.getByRole('listbox', { name: 'Connectors' }).getByRole('option'), other.name);
  await page.keyboard.press('Escape');
  await picker.fill('');

  // The connector's own sections are a few more Tab presses on.
  await picker.focus();
  const toSections = await tabUntil(async () => (await focusedText()) === 'Disposition', 20);
  expect(toSections).toBeLessThanOrEqual(14);
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/connectors/${target.id}/disposition`, wait);

  // Disposition: values, follow-ups, required before the next call, a push refused without its URL.
  await page.getByRole('button', { name: 'Add value' }).click();
  await page.getByLabel('Disposition value 1').fill('Interested');
  await page.getByRole('button', { name: 'Add value' }).click();
  await page.getByLabel('Disposition value 2').fill('Call back');
  await page.getByLabel("Required before the agent's next call").check();
  await page.getByLabel('Task mode').selectOption('mandatory');
  await page.getByLabel('Task due in (minutes)').fill('90');
  await page.getByLabel('Custom activity mode').selectOption('optional');
  await page.getByLabel('Send each disposition to the provider').check();
  await page.getByRole('button', { name: 'Save disposition' }).click();
  const urlInput = page.getByLabel("URL (with the seed's @parameters)");
  await waitFor(async () => (await urlInput.getAttribute('aria-invalid')) === 'true', 15_000, 'the URL marked invalid');
  const errorId = (await urlInput.getAttribute('aria-describedby'))!;
  await untilText(page.locator(`[id="${errorId}"]`), 'required when the disposition push is enabled');
  await b.shot('admin-02-disposition-refused');
  await urlInput.fill('https://crm.example/dispositions?value=@dispositionValue');
  await page.getByRole('button', { name: 'Save disposition' }).click();
  await page.getByText('Disposition saved.').waitFor(wait);
  expect((await lifecycle(target.id)).disposition).toMatchObject({
    values: ['Interested', 'Call back'],
    requiredBeforeNextCall: true,
    task: { mode: 'mandatory', dueInMinutes: 90 },
    customActivity: { mode: 'optional' },
    push: { enabled: true, url: 'https://crm.example/dispositions?value=@dispositionValue' },
  });
  // A reload shows what is stored.
  await page.reload();
  await page.getByLabel('Disposition value 2').waitFor(wait);
  expect(await page.getByLabel('Disposition value 2').inputValue()).toBe('Call back');
  expect(await page.getByLabel('Task mode').inputValue()).toBe('mandatory');
  await b.shot('admin-03-disposition-saved');

  // Routing and missed calls: a queue fallback needs its queue.
  await page.getByRole('link', { name: 'Routing' }).click();
  await page.getByLabel('When nobody owns the caller').selectOption('queue');
  await page.getByLabel('Answer format').selectOption('agent-phone');
  await page.getByLabel('Create a call-back task for a missed call').uncheck();
  await page.getByRole('button', { name: 'Save routing and missed calls' }).click();
  await untilText(
    page.locator('.field', { has: page.getByLabel('Fallback queue') }).locator('.field-error'),
    'required when the fallback is a queue',
  );
  await page.getByLabel('Fallback queue').fill('support');
  await page.getByRole('button', { name: 'Save routing and missed calls' }).click();
  await page.getByText('Routing and missed calls saved.').waitFor(wait);
  const stored = await lifecycle(target.id);
  expect(stored.routing).toMatchObject({ fallback: 'queue', fallbackQueue: 'support', format: 'agent-phone' });
  expect(stored.missedCall.createTask).toBe(false);
  expect(stored.disposition.values).toEqual(['Interested', 'Call back']);
  await b.shot('admin-04-routing');

  // The call lifecycle: the quiet period.
  await page.getByRole('link', { name: 'Call lifecycle' }).click();
  await page.waitForURL('**/lifecycle', wait);
  await page.getByLabel(/Quiet period/).fill('600');
  await page.getByRole('button', { name: 'Save call lifecycle' }).click();
  await page.getByText('Call lifecycle saved.').waitFor(wait);
  expect((await lifecycle(target.id)).calls.quietSeconds).toBe(600);

  // Virtual numbers: a refused number shows its reason beside it; saved ones show in E.164.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Add number' }).click();
  await page.getByLabel('Number 1', { exact: true }).fill('not a number');
  await page.getByRole('button', { name: 'Add number' }).click();
  await page.getByLabel('Number 2', { exact: true }).fill('080 4000 1000');
  await page.getByRole('button', { name: 'Save numbers' }).click();
  const first = page.getByLabel('Number 1', { exact: true });
  await waitFor(async () => (await first.getAttribute('aria-invalid')) === 'true', 15_000, 'number 1 marked invalid');
  await untilText(page.locator(`[id="${(await first.getAttribute('aria-describedby'))!}"]`), 'is not a phone number');
  expect(await page.getByLabel('Number 2', { exact: true }).getAttribute('aria-invalid')).toBeNull();
  await b.shot('admin-05-numbers-refused');
  await first.fill('+91 80 4000 1001');
  await page.getByRole('button', { name: 'Save numbers' }).click();
  await page.getByText('Virtual numbers saved').waitFor(wait);
  expect(await page.getByLabel('Number 2', { exact: true }).inputValue()).toBe('+918040001000');
  expect((await h.admin('GET', `/api/admin/connectors/${target.id}`)).body.virtualNumbers.map((v: { number: string }) => v.number)).toEqual(
    ['+918040001001', '+918040001000'],
  );

  // Teams: create one, add both agents, remove one.
  await page.getByRole('link', { name: 'Teams' }).click();
  await page.waitForURL('**/teams', wait);
  await page.getByLabel('New team name').fill('North');
  await page.getByRole('button', { name: 'Create team' }).click();
  await page.getByRole('heading', { name: /North/ }).waitFor(wait);
  const agentPick = page.getByLabel('Agent to add to North');
  await agentPick.selectOption({ label: 'Asha (asha@test.local)' });
  await page.getByRole('button', { name: 'Add agent' }).click();
  await page.getByText('Asha joined North.').waitFor(wait);
  await agentPick.selectOption({ label: 'Bala (bala@test.local)' });
  await page.getByRole('button', { name: 'Add agent' }).click();
  await page.getByText('Bala joined North.').waitFor(wait);
  await page.getByRole('button', { name: 'Remove Bala from North' }).click();
  await page.getByText('Bala left North.').waitFor(wait);
  await untilText(page.getByRole('list', { name: 'Members of North' }), 'Asha');
  await b.shot('admin-06-teams');
  const teams = (await h.admin('GET', '/api/admin/teams')).body.items;
  expect(teams).toEqual([
    expect.objectContaining({ name: 'North', members: [expect.objectContaining({ id: agents.Asha, name: 'Asha' })] }),
  ]);
  expect((await h.admin('GET', `/api/admin/users/${agents.Asha}`)).body.teamIds).toEqual([teams[0].id]);
  expect(await page.title()).toMatch(/^Teams/);
  // The refused saves above are the only failed requests; nothing else went wrong in the page.
  expect(b.errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
}, 120_000);
