/**
 * TRUST_PROXY decides whose X-Forwarded-For names the client, and so what the per-address webhook
 * limits count: with the proxy trusted, two clients behind it are counted apart; with it not
 * trusted, everything behind it is one address.
 */
import { createConnector, startHarness } from '../helpers/harness';

async function failuresThenOther(trustProxy: string): Promise<number> {
  const h = await startHarness(`proxy-${trustProxy}`, { env: { TRUST_PROXY: trustProxy, WEBHOOK_AUTH_FAILURE_LIMIT: '3' } });
  try {
    const connector = await createConnector(h);
    const wrong = connector.callLogUrl.replace(/\/[^/]+\/call-log$/, '/not-the-secret/call-log');
    const post = (client: string) =>
      fetch(wrong, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': client }, body: '{}' });
    for (let i = 0; i < 3; i++) expect((await post('203.0.113.1')).status).toBe(401);
    expect((await post('203.0.113.1')).status).toBe(429);
    return (await post('203.0.113.2')).status;
  } finally {
    await h.stop();
  }
}

test('behind a trusted proxy, another client is not throttled for the first one', async () => {
  expect(await failuresThenOther('loopback')).toBe(401);
});

test('behind a proxy that is not trusted, all its clients are one address', async () => {
  expect(await failuresThenOther('false')).toBe(429);
});
