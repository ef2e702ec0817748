/**
 * The agent console in a real browser: an agent signs in at /console, a provider's popup for a call
 * to that agent appears in real time with the lead's details, the call ends, and the agent disposes
 * of it from the page. Screenshots go to test-output/e2e/.
 */
import crypto from 'node:crypto';
import { startSimulator } from '../../src/simulator/server';
import { openBrowser, type BrowserSession } from '../helpers/browser';
import { createConnector, postJson, startHarness, waitFor, type Harness } from '../helpers/harness';

let h: Harness;
let b: BrowserSession;

beforeAll(async () => {
  h = await startHarness('console');
  b = await openBrowser();
}, 180_000);

afterAll(async () => {
  await b?.close();
  await h?.stop();
});

async function textOf(selector: string): Promise<string> {
  return (await b.page.locator(selector).textContent()) ?? '';
}

test('an agent sees the popup live, reloads and still sees the call, and disposes of it', async () => {
  const agent = await h.admin('POST', '/api/admin/users', {
    email: 'kavya@test.local',
    name: 'Kavya',
    role: 'agent',
    password: 'agent-password',
    phones: ['+919611795990'],
  });
  await h.admin('POST', '/api/admin/leads', {
    firstName: 'Rohan',
    lastName: 'Iyer',
    email: 'rohan@example.com',
    phone: '+919845066666',
    ownerId: agent.body.id,
  });
  const connector = await createConnector(h);
  await h.models.Connector.updateOne({ _id: connector.id }, { $set: { 'lifecycle.disposition.requiredBeforeNextCall': true } });
  const base = connector.callLogUrl.replace(/\/call-log$/, '');
  const { page } = b;

  await page.goto(`${h.url}/console`);
  await page.locator('#email').fill('kavya@test.local');
  await page.locator('#password').fill('agent-password');
  await page.keyboard.press('Enter');
  await waitFor(async () => (await textOf('#status')) === 'free', 15_000, 'signed in and free');

  const sessionId = `console-${crypto.randomBytes(4).toString('hex')}`;
  expect(
    (
      await postJson(`${base}/popup`, {
        CallSessionId: sessionId,
        SourceNumber: '09845066666',
        DestinationNumber: '+919611795990',
        DisplayNumber: '+919020897874',
        ivr: 'Support > Billing',
      })
    ).status,
  ).toBe(200);
  await waitFor(async () => (await textOf('#lead-title')) === 'Rohan Iyer', 15_000, 'popup with the lead');
  expect(await textOf('#status')).toBe('ringing');
  expect(await textOf('#call-details')).toContain('Support > Billing');
  await b.shot('console-01-popup');

  await postJson(`${base}/call-event`, { CallSessionId: sessionId, Event: 'Answered' });
  await waitFor(async () => (await textOf('#status')) === 'on-call', 15_000, 'on call');
  await page.reload();
  await waitFor(async () => (await textOf('#lead-title')) === 'Rohan Iyer', 15_000, 'the call again after a reload');

  await postJson(`${base}/call-event`, { CallSessionId: sessionId, Event: 'Hangup', Status: 'Answered' });
  await waitFor(async () => (await textOf('#status')) === 'wrap-up', 15_000, 'wrap-up');
  expect(await page.locator('#required').isVisible()).toBe(true);
  await b.shot('console-02-wrap-up');

  await page.getByLabel('Disposition').fill('Resolved');
  await page.getByLabel('Notes').fill('refund explained');
  await page.getByRole('button', { name: 'Dispose' }).click();
  await waitFor(async () => (await textOf('#status')) === 'free', 15_000, 'free after disposition');
  expect(await page.locator('#idle').isVisible()).toBe(true);
  await b.shot('console-03-free');
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
    await page.context().clearCookies();
    await page.goto(`${h.url}/console`);
    await page.locator('#email').fill('arjun@test.local');
    await page.locator('#password').fill('agent-password');
    await page.keyboard.press('Enter');
    await waitFor(async () => page.locator('#dial').isVisible(), 15_000, 'the dial form');
    expect(await textOf('#dial-from')).toContain('+918040000001 (Sales)');

    await page.getByLabel('Number').fill('98450 12345');
    await page.getByRole('button', { name: 'Call' }).click();
    await waitFor(async () => (await textOf('#dial-result')).startsWith('Call placed'), 15_000, 'call placed');
    expect(sim.journal.filter((j) => j.op === 'click2call').at(-1)?.params.customerNumber).toBe('+91-9845012345');

    await page.getByLabel('Number').fill('+91 99999 99999');
    await page.getByRole('button', { name: 'Call' }).click();
    await waitFor(async () => (await textOf('#dial-result')) === 'Customer number is in DND', 15_000, 'the DND refusal');
    await b.shot('console-04-click-to-call-refused');
    // The browser reports the refused call's 422 itself; nothing else may have gone wrong.
    expect(b.errors.filter((e) => !e.includes('422'))).toEqual([]);
  } finally {
    await sim.stop();
  }
});
