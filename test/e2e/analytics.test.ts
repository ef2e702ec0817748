/**
 * The Analytics screen in a real browser against a real Patchcord: the calls of
 * test/helpers/analytics-calls.ts, sent through the webhooks, show as the summary, the charts'
 * tables and the breakdowns; filters and zones change the figures; the CSV downloads; recharts is
 * loaded only with this screen; axe finds no serious or critical violation. Screenshots go to
 * test-output/e2e/.
 */
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { designerDist } from '../../src/api/http/designer-static';
import { createAnalyticsScenario, type AnalyticsScenario } from '../helpers/analytics-calls';
import { openBrowser, untilText, type BrowserSession } from '../helpers/browser';
import { ADMIN, startHarness, type Harness } from '../helpers/harness';

let h: Harness;
let b: BrowserSession;
let s: AnalyticsScenario;

beforeAll(async () => {
  if (!designerDist()) throw new Error('designer/dist is missing: run `npm run designer:build` (npm test does)');
  h = await startHarness('e2e-analytics');
  s = await createAnalyticsScenario(h);
  b = await openBrowser();
}, 180_000);

afterAll(async () => {
  await b?.close();
  await h?.stop();
});

const wait = { timeout: 15_000 };

async function seriousViolations(): Promise<string[]> {
  const result = await new AxeBuilder({ page: b.page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('an admin reads the figures of the calls, by zone and connector, and downloads them', async () => {
  const { page } = b;
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto(h.url);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByLabel('Password').press('Enter');
  await page.waitForURL((u) => u.pathname === '/connectors', wait);

  // recharts comes with the Analytics screen only.
  const scripts = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.endsWith('.js')),
    );
  const before = await scripts();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Analytics' }).click();
  await page.getByRole('heading', { name: 'Analytics', level: 1 }).waitFor(wait);
  expect((await scripts()).filter((n) => !before.includes(n)).length).toBeGreaterThan(0);
  expect(await page.title()).toBe('Analytics · Patchcord');

  await page.getByLabel('From', { exact: true }).fill('2024-03-01');
  await page.getByLabel('To', { exact: true }).fill('2024-03-02');
  await page.getByLabel('Time zone').fill('Asia/Kolkata');
  await page.getByRole('button', { name: 'Show' }).click();
  const status = page.getByTestId('analytics-status');
  await untilText(status, '2024-03-01 to 2024-03-02, in Asia/Kolkata (chosen).', { exact: true });
  expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ from: '2024-03-01', to: '2024-03-02', timeZone: 'Asia/Kolkata' });

  const tile = (key: string) => page.locator(`.analytics-tile[data-figure="${key}"] dd`);
  await untilText(tile('calls'), '5', { exact: true });
  await untilText(tile('answered'), '2', { exact: true });
  await untilText(tile('missed'), '2', { exact: true });
  await untilText(tile('voicemail'), '1', { exact: true });
  await untilText(tile('answer-rate'), '40.0%', { exact: true });
  await untilText(tile('avg-ring'), '16.5s', { exact: true });
  await untilText(tile('avg-talk'), '3m 30s', { exact: true });

  // The charts are drawn, and their figures are tables too.
  const byHour = page.getByTestId('volume-by-hour');
  await byHour.locator('.recharts-bar-rectangle').first().waitFor(wait);
  await untilText(byHour.locator('figcaption'), 'the busiest hour is 10:00 with 2');
  await byHour.getByText('Show calls by hour of day as a table').click();
  await untilText(byHour.locator('tr', { hasText: '05:00' }), '05:00' + '1' + '0' + '1' + '0' + '0.0%');
  await untilText(byHour.locator('tr', { hasText: '10:00' }), '10:00' + '2' + '1' + '0' + '1' + '50.0%');
  const byDay = page.getByTestId('volume-by-day');
  await byDay.getByText('Show calls by day as a table').click();
  await untilText(
    byDay.locator('tbody tr'),
    '2024-03-01' + '2' + '1' + '1' + '0' + '50.0%' + ' | ' + '2024-03-02' + '3' + '1' + '1' + '1' + '33.3%',
    {
      exact: true,
    },
  );

  const row = (table: string, id: string) => page.getByTestId(table).locator(`tr[data-row-id="${id}"]`);
  await untilText(row('by-agent', s.asha), 'Asha Rao' + '2' + '1' + '1' + '0' + '50.0%' + '15s' + '2m 00s');
  await untilText(row('by-agent', s.bala), 'Bala Iyer' + '2' + '1' + '0' + '1' + '50.0%' + '18s' + '5m 00s');
  await untilText(row('by-agent', 'none'), 'No agent' + '1' + '0' + '1' + '0' + '0.0%' + '–' + '–');
  await untilText(row('by-team', s.sales), /^Sales [0-9a-f]{6}211050.0%15s2m 00s$/);
  await untilText(row('by-team', 'none'), 'No team');
  await untilText(row('by-connector', s.north.id), /^North desk [0-9a-f]{6}311133.3%20s2m 00s$/);
  await untilText(row('by-connector', s.south.id), /^South desk [0-9a-f]{6}211050.0%6s5m 00s$/);
  expect(await seriousViolations()).toEqual([]);
  await b.shot('analytics-01-kolkata');

  // The CSV of what is on screen.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('patchcord-calls-2024-03-01-to-2024-03-02-Asia_Kolkata.csv');
  const csv = fs.readFileSync(await download.path(), 'utf8').split('\r\n');
  expect(csv[1]).toBe('total,2024-03-01..2024-03-02,Asia/Kolkata,5,2,2,1,0,0.4,16.5,210');
  expect(csv).toContain(`agent,${s.asha},Asha Rao,2,1,1,0,0,0.5,15,120`);

  // One connector in its own zone (UTC): the call at 00:00 in Kolkata on 03-03 is inside.
  await page.getByLabel('Time zone').fill('');
  await page
    .getByRole('combobox', { name: /^Connector/ })
    .selectOption({ label: (await row('by-connector', s.south.id).locator('th').textContent())! });
  await page.getByRole('button', { name: 'Show' }).click();
  await untilText(status, "2024-03-01 to 2024-03-02, in UTC (the connector's zone).", { exact: true });
  await untilText(tile('calls'), '3', { exact: true });
  await untilText(tile('answer-rate'), '66.7%', { exact: true });
  await untilText(tile('avg-talk'), '3m 00s', { exact: true });
  await b.shot('analytics-02-connector-utc');

  // A zone that does not exist: the server's words.
  await page.getByLabel('Time zone').fill('Mars/Olympus');
  await page.getByRole('button', { name: 'Show' }).click();
  await untilText(page.getByRole('alert'), '"Mars/Olympus" is not an IANA time zone');
  expect(await page.getByRole('link', { name: 'Download CSV' }).count()).toBe(0);
  await b.shot('analytics-03-bad-zone');
  expect(b.errors.filter((e) => !e.includes('400'))).toEqual([]);
});
