/**
 * The agent console (designer/console.html, served at /console) in a real browser at 1024 px, on the
 * demo connector seeded as `npm start` seeds it: an agent signs in, a call rings (announced in the
 * aria-live region, with the lead, the dialled number, the IVR path and the agent panel filled in), is
 * answered and hung up, the agent picks a disposition from the connector's list and sees it
 * confirmed, and the call is in recent calls. A lone call log for a call the agent never saw leaves
 * the agent free and is disposed of from recent calls. Then click-to-call against the simulator.
 * Screenshots go to test-output/e2e/.
 */
import crypto from 'node:crypto';
import { resolveSecretKey } from '../../src/runtime';
import { DEMO_AGENTS, DEMO_DISPOSITIONS, DEMO_PASSWORD, demoLeadPhone, seedDemo } from '../../src/seed/demo';
import { makeSecretBox } from '../../src/security/secrets';
import { makeConnectorService } from '../../src/services/connectors';
import { startSimulator } from '../../src/simulator/server';
import { openBrowser, untilText, type BrowserSession } from '../helpers/browser';
import { postJson, startHarness, waitFor, type Harness } from '../helpers/harness';

let h: Harness;
let b: BrowserSession;
let base: string;
let connectorId: string;
const asha = DEMO_AGENTS[0];

beforeAll(async () => {
  h = await startHarness('console');
  const connectors = makeConnectorService({ models: h.models, box: makeSecretBox(resolveSecretKey(h.config)), publicUrl: () => h.url });
  const seeded = await seedDemo(h.models, connectors);
  connectorId = seeded.connectorId;
  const view = await connectors.webhookView(connectorId);
  if (!view) throw new Error('the demo connector has no webhook view');
  base = connectors.webhookUrls(view.id, view.webhookSecret).callLog.replace(/\/call-log$/, '');
  b = await openBrowser();
  await b.page.setViewportSize({ width: 1024, height: 800 });
}, 180_000);

afterAll(async () => {
  await b?.close();
  await h?.stop();
});

async function signIn(email: string, password: string, name: string): Promise<void> {
  const { page } = b;
  await page.context().clearCookies();
  await page.goto(`${h.url}/console`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await untilText(page.locator('#signed-in-as'), name);
}

test('an agent takes a call end to end on the demo connector, disposition included', async () => {
  const { page } = b;
  const panel = await h.admin('PUT', `/api/admin/connectors/${connectorId}/agent-panel`, {
    enabled: true,
    url: `${h.url}/healthz?caller=@PhoneNumberWithCountryCode&lead=@{Lead:FirstName,}&agent=@agentName`,
    title: 'CRM panel',
    width: 380,
    height: 200,
  });
  expect(panel.status).toBe(200);

  await page.goto(`${h.url}/console`);
  expect(await page.locator('#agent-status').count()).toBe(0);
  await b.shot('console-00-sign-in');
  await signIn(asha.email, DEMO_PASSWORD, asha.name);
  await untilText(page.locator('#agent-status'), 'Free', { exact: true });
  expect(await page.title()).toBe('Agent console · Patchcord');
  await b.shot('console-01-signed-in');

  const sessionId = `console-${crypto.randomBytes(4).toString('hex')}`;
  const leadNumber = demoLeadPhone(0); // owned by Asha: Aarav Sharma
  const popup = await postJson(`${base}/popup`, {
    CallSessionId: sessionId,
    SourceNumber: leadNumber,
    DestinationNumber: asha.phone,
    DisplayNumber: '+919020897874',
    ivr: 'Support > Billing',
  });
  expect(popup.status).toBe(200);
  await untilText(
    page.locator('#call-announcer'),
    'Incoming call from Aarav Sharma, +919845000000 on +919020897874, IVR Support > Billing',
  );
  await untilText(page.locator('#agent-status'), 'Ringing', { exact: true });
  await untilText(page.locator('#lead-title'), 'Aarav Sharma', { exact: true });
  await untilText(page.locator('#call-details'), 'Support > Billing');
  // The panel is there in and out of calls; during one its URL carries the call's values.
  const frame = page.getByTestId('agent-panel');
  const src = () => frame.getAttribute('src');
  const onCall = `${h.url}/healthz?caller=%2B919845000000&lead=Aarav&agent=Asha%20Rao`;
  await waitFor(async () => (await frame.count()) > 0 && (await src()) === onCall, 15_000, "the agent panel with the call's values");
  await b.shot('console-02-ringing');

  await postJson(`${base}/call-event`, { CallSessionId: sessionId, Event: 'Answered' });
  await untilText(page.locator('#agent-status'), 'On a call', { exact: true });
  await page.reload();
  await untilText(page.locator('#lead-title'), 'Aarav Sharma', { exact: true });
  await b.shot('console-03-on-call');

  await postJson(`${base}/call-event`, { CallSessionId: sessionId, Event: 'Hangup', Status: 'Answered' });
  await untilText(page.locator('#agent-status'), 'Wrap-up', { exact: true });
  await untilText(page.locator('#disposition-title'), 'required before your next call');
  const choices = await page.locator('#current-value option').allTextContents();
  expect(choices).toEqual(['Choose…', ...DEMO_DISPOSITIONS]);
  expect(await src()).toBe(onCall);
  await b.shot('console-04-wrap-up');

  await page.locator('#current-value').selectOption('Call back later');
  await page.getByLabel('Notes').fill('wants a call on Monday');
  await page.getByLabel('Create a follow-up task').check();
  await page.getByLabel('Task title').fill('Call Aarav on Monday');
  await page.getByRole('button', { name: 'Save disposition' }).click();
  await untilText(page.locator('#console-confirmation'), 'Disposition saved: Call back later');
  await untilText(page.locator('#agent-status'), 'Free', { exact: true });
  await waitFor(async () => (await src()) === `${h.url}/healthz?caller=&lead=&agent=Asha%20Rao`, 15_000, 'the panel without the call');
  await untilText(page.locator('#recent-title + table'), '+919845000000');
  const workflowId = `call:${connectorId}:s:${sessionId}`;
  await waitFor(async () => (await h.models.Task.countDocuments({ workflowId })) > 0, 15_000, 'the follow-up task');
  await b.shot('console-05-disposed');

  // A lone call log for yesterday's call, posted with the agent's number: never seen, never blocking.
  const day = new Date(Date.now() - 24 * 3_600_000).toISOString().slice(0, 10);
  const lone = `lone-${crypto.randomBytes(4).toString('hex')}`;
  const log = await postJson(`${base}/call-log`, {
    CallSessionId: lone,
    SourceNumber: demoLeadPhone(4),
    DestinationNumber: asha.phone,
    DisplayNumber: '+919020897875',
    StartTime: `${day} 09:00:00`,
    EndTime: `${day} 09:01:05`,
    CallDuration: '65',
    Status: 'Answered',
    Direction: 'Inbound',
  });
  expect(log.status).toBe(200);
  await waitFor(async () => (await h.models.CallActivity.exists({ sessionId: lone })) !== null, 20_000, 'the lone call written');
  await page.reload();
  await untilText(page.locator('#recent-title + table'), '1m 05s');
  expect(await page.locator('#agent-status').textContent()).toBe('Free');
  const give = page.getByRole('button', { name: `Give disposition for ${demoLeadPhone(4)}` });
  await waitFor(async () => (await give.count()) > 0, 15_000, 'the disposition button of the lone call');
  await give.click();
  await page.locator('#recent-value').selectOption('Interested');
  await b.shot('console-06-recent-disposition');
  await page.locator('dialog').getByRole('button', { name: 'Save disposition' }).click();
  await untilText(page.locator('#console-confirmation'), 'Disposition saved: Interested');
  await b.shot('console-07-recent-disposed');

  await page.getByLabel('Status').selectOption('away');
  await untilText(page.locator('.console-state'), 'away: no calls are routed to you');
  expect((await h.models.AgentState.findById((await h.models.User.findOne({ email: asha.email }).lean())?._id).lean())?.presence).toBe(
    'away',
  );
  await b.shot('console-08-away');
  expect(b.errors).toEqual([]);
});

test('an agent places a call from the console; a provider refusal reads as the provider wrote it', async () => {
  const sim = await startSimulator({ speed: 0, seed: 3 });
  try {
    await h.admin('POST', '/api/admin/users', {
      email: 'arjun@test.local',
      name: 'Arjun',
      role: 'agent',
      password: 'agent-password',
      phones: ['+919900000001'],
      agentIds: [{ agentId: 'agent1', connectorId: null }],
    });
    // No team: the default connector's numbers are the agent's.
    const c = await h.admin('POST', '/api/admin/connectors', {
      name: 'Cloud calling',
      presetId: 'mobile-cloud-calling',
      isDefault: true,
      virtualNumbers: [{ number: '+918040000001', tag: 'Sales' }],
    });
    await h.admin('PUT', `/api/admin/connectors/${c.body.id}/provider`, {
      credentials: { baseUrl: `${sim.url}/mobile-cloud-calling`, username: 'sim_user', apiKey: 'sim-mcc-key' },
    });
    const { page } = b;
    await signIn('arjun@test.local', 'agent-password', 'Arjun');
    await untilText(page.locator('#dial-from'), '+918040000001 (Sales)');

    await page.getByLabel('Number').fill('98450 12345');
    await page.getByRole('button', { name: 'Call', exact: true }).click();
    await untilText(page.locator('#dial-result'), /^Call placed/);
    expect(sim.journal.filter((j) => j.op === 'click2call').at(-1)?.params.customerNumber).toBe('+91-9845012345');
    await untilText(page.locator('#agent-status'), 'On a call', { exact: true });
    await untilText(page.locator('#call-details'), '+919845012345');
    await b.shot('console-09-click-to-call-placed');

    await page.getByLabel('Number').fill('+91 99999 99999');
    await page.getByRole('button', { name: 'Call', exact: true }).click();
    await untilText(page.locator('#dial-result'), 'Customer number is in DND', { exact: true });
    await b.shot('console-10-click-to-call-refused');
    // The browser reports the refused call's 422 itself; nothing else may have gone wrong.
    expect(b.errors.filter((e) => !e.includes('422'))).toEqual([]);
  } finally {
    await sim.stop();
  }
});
