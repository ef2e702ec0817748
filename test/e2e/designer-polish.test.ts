/**
 * The designer's manners in a real browser: the sign-in tab is titled, a save says it is working
 * while its request runs (held by the test until the button has been read), a failed request is told
 * in words (no answer at all; a 503 with the server's message), and the mapping designer's CodeMirror
 * chunk is fetched only when the mapping designer opens. Screenshots go to test-output/e2e/.
 */
import { designerDist } from '../../src/api/http/designer-static';
import { openBrowser, untilText, type BrowserSession } from '../helpers/browser';
import { ADMIN, createConnector, startHarness, waitFor, type Harness } from '../helpers/harness';

let h: Harness;
let b: BrowserSession;
const requested: string[] = [];

beforeAll(async () => {
  if (!designerDist()) throw new Error('designer/dist is missing: run `npm run designer:build` (npm test does)');
  h = await startHarness('e2e-polish', { worker: false });
  b = await openBrowser();
  b.page.on('request', (r) => requested.push(new URL(r.url()).pathname));
}, 180_000);

afterAll(async () => {
  await b?.close();
  await h?.stop();
});

const wait = { timeout: 15_000 };
const codemirrorFetched = () => requested.some((p) => /^\/assets\/codemirror-[^/]+\.js$/.test(p));

test('a save is busy while its request runs, failures are said in words, CodeMirror loads with the mapping designer', async () => {
  const connector = await createConnector(h, { name: 'Polish desk' });
  const { page } = b;

  await page.goto(`${h.url}/sign-in`);
  await page.getByRole('heading', { name: 'Sign in to Patchcord' }).waitFor(wait);
  expect(await page.title()).toBe('Sign in · Patchcord');
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByLabel('Password').press('Enter');
  await page.waitForURL((u) => u.pathname === `/connectors/${connector.id}`, wait);
  await page.getByRole('heading', { name: 'Settings', level: 2 }).waitFor(wait);
  expect(codemirrorFetched()).toBe(false);

  // The save's request is held until the button has been read.
  const saveUrl = `${h.url}/api/admin/connectors/${connector.id}`;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(saveUrl, async (route) => {
    if (route.request().method() !== 'PATCH') return route.fallback();
    await held;
    return route.fallback();
  });
  const settings = page.locator('form[aria-labelledby="settings-title"]');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  const busy = settings.getByRole('button', { name: 'Saving…' });
  await busy.waitFor(wait);
  expect(await busy.isDisabled()).toBe(true);
  expect(await busy.getAttribute('aria-busy')).toBe('true');
  await b.shot('polish-01-saving');
  release();
  await untilText(settings.getByRole('status'), 'Settings saved.');
  const idle = settings.getByRole('button', { name: 'Save settings' });
  expect(await idle.isEnabled()).toBe(true);
  expect(await idle.getAttribute('aria-busy')).toBeNull();
  await page.unroute(saveUrl);

  // No answer at all: the browser's "Failed to fetch" is not what the admin reads.
  await page.route(saveUrl, (route) => (route.request().method() === 'PATCH' ? route.abort('failed') : route.fallback()));
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await untilText(settings.getByRole('alert'), 'The server could not be reached; check your connection and try again.');
  await page.unroute(saveUrl);

  // A 503 is said as a sentence carrying the server's message.
  await page.route(saveUrl, (route) =>
    route.request().method() === 'PATCH'
      ? route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({ code: 'DATABASE_UNAVAILABLE', message: 'The database is unavailable.' }),
        })
      : route.fallback(),
  );
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await untilText(settings.getByRole('alert'), 'The server is unavailable for now (The database is unavailable); try again in a moment.');
  await b.shot('polish-02-unavailable');
  await page.unroute(saveUrl);

  // The mapping designer, and CodeMirror with it, arrive when it is opened.
  expect(codemirrorFetched()).toBe(false);
  await page.getByRole('link', { name: 'Mappings' }).click();
  await page.locator('.cm-editor .cm-content').waitFor(wait);
  await waitFor(async () => codemirrorFetched(), 5_000, 'the CodeMirror chunk requested');
});
