/**
 * The mapping screen shows the live mapping's real state after a reload: it opens on the latest
 * delivery the webhook accepted (kept server-side), checks the fixtures on the live version when
 * asked, and shows each kind's payload format beside it, generated from the server's field lists.
 */
import AxeBuilder from '@axe-core/playwright';
import { designerDist } from '../../src/api/http/designer-static';
import { openBrowser, untilText, type BrowserSession } from '../helpers/browser';
import { ADMIN, createConnector, postJson, seedCallLog, startHarness, waitFor, type Harness } from '../helpers/harness';

let h: Harness;
let b: BrowserSession;

beforeAll(async () => {
  if (!designerDist()) throw new Error('designer/dist is missing: run `npm run designer:build`');
  h = await startHarness('e2e-mapping-state', { worker: false });
  b = await openBrowser();
}, 120_000);

afterAll(async () => {
  await b?.close();
  await h?.stop();
});

const wait = { timeout: 15_000 };

/** Serious and critical accessibility violations within the given parts of the page, with where and why. */
async function seriousViolations(selectors: string[]): Promise<string[]> {
  let builder = new AxeBuilder({ page: b.page });
  for (const s of selectors) builder = builder.include(s);
  const scan = await builder.analyze();
  return scan.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join('; ')}`);
}

test('after a reload the call-log mapping shows its kept sample and valid fields; the live version is checked; formats are shown', async () => {
  const { page } = b;
  const c = await createConnector(h, { name: 'Kolkata' });
  const delivery = seedCallLog({ CallSessionId: 'kept-sample-1' });
  expect((await postJson(c.callLogUrl, delivery)).status).toBe(200);
  await waitFor(async () => (await h.admin('GET', `/api/admin/connectors/${c.id}/mappings/call-log/sample`)).body.source === 'delivery');

  // A fixture that the live version passes.
  const live = (await h.admin('GET', `/api/admin/connectors/${c.id}/mappings/call-log/draft`)).body.live;
  const sample = { contentType: 'application/json', body: JSON.stringify(delivery), query: '' };
  const preview = await h.admin('POST', '/api/admin/mappings/preview', {
    expression: live.expression,
    kind: 'callLog',
    sample,
    connectorId: c.id,
  });
  expect(preview.body.problems).toEqual([]);
  const fixture = { name: 'seed call log', request: sample, expect: { output: preview.body.normalized } };
  expect((await h.admin('POST', `/api/admin/connectors/${c.id}/mappings/call-log/fixtures`, fixture)).status).toBe(201);

  await page.goto(`${h.url}/connectors/${c.id}/mapping`);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByLabel('Password').press('Enter');
  await page.getByRole('heading', { name: 'Kolkata' }).waitFor(wait);

  for (const round of ['opened', 'reloaded']) {
    if (round === 'reloaded') {
      await page.reload();
      await page.getByRole('heading', { name: 'Kolkata' }).waitFor(wait);
    }
    await untilText(page.getByTestId('kept-sample'), 'Sample: the latest delivery this webhook accepted');
    expect(await page.getByLabel('Body, exactly as the provider sends it').inputValue()).toBe(JSON.stringify(delivery));
    await untilText(page.getByTestId('fields-summary'), 'Every field is valid.', { exact: true });
    await untilText(page.locator('[data-field="sourceNumber"]'), '+919611232123');
    await untilText(page.getByTestId('event-missing'), 'nothing: this event alone makes a complete call');
  }
  await b.shot('mapping-state-01-after-reload');

  // The fixtures on the live version, saying which version was checked.
  await page.getByRole('button', { name: `Check live version v${live.version}` }).click();
  await untilText(page.getByTestId('live-fixture-check'), `Checked on live version ${live.version}: all 1 passing`);
  expect(await seriousViolations(['[data-testid="kept-sample"]', '[data-testid="live-fixture-check"]'])).toEqual([]);

  // The formats beside the mapping: what the call log yields; the popup's console event.
  await page.getByText('Payload format · Call log').click();
  await untilText(page.getByTestId('format-yields'), 'sourceNumber');
  await untilText(page.getByTestId('format-yields'), 'Also read as SourceNumber.');
  await page.getByRole('tab', { name: 'Popup' }).click();
  await untilText(page.getByTestId('kind-description'), 'Webhook: …/popup');
  await page.getByText('Payload format · Popup').click();
  await untilText(page.getByTestId('format-yields'), 'callerNumber');
  await untilText(page.getByTestId('format-console-popup'), 'call.customerNumber');
  await untilText(page.getByTestId('format-console-popup'), 'receivedAt');
  await b.shot('mapping-state-02-formats');

  expect(await seriousViolations(['[data-testid="format-panel"]'])).toEqual([]);
  expect(b.errors).toEqual([]);
}, 90_000);
