/**
 * Stopping the API: the listening socket closes at once (a new connection is refused), idle
 * keep-alive connections are closed, and a request in flight still gets its answer; one that
 * outlasts SHUTDOWN_DRAIN_SECONDS is cut off. The slow request is the admin "Test API", which waits
 * on a provider (a real HTTP server on loopback) that holds its answer until the test releases it.
 */
import http from 'node:http';
import net from 'node:net';
import { createConnector, startHarness, type Harness } from '../helpers/harness';

/** A provider endpoint that holds every answer until `release()`; `received` settles when a request has arrived. */
async function startHeldProvider() {
  let arrived!: () => void;
  const received = new Promise<void>((resolve) => (arrived = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      arrived();
      void released.then(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"success"}'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    release,
    async close() {
      release();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

type HeldProvider = Awaited<ReturnType<typeof startHeldProvider>>;

/** Starts the admin's Test API call against the held provider: the API answers once the provider does. */
async function slowRequest(h: Harness, provider: HeldProvider) {
  const connector = await createConnector(h);
  return h.admin<{ ok: boolean }>('POST', `/api/admin/connectors/${connector.id}/provider/test`, {
    operation: 'clickToCall',
    config: {
      enabled: true,
      request: { method: 'POST', url: `${provider.url}/call`, headers: [], body: { kind: 'json', template: '{}' } },
      rules: [{ key: 'status', value: 'success', outcome: 'success' }],
    },
    values: { agentId: 'a1' },
  });
}

/** The outcome of opening a TCP connection: `connected` or the error code. */
function connectOutcome(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });
}

/** A keep-alive connection that has had one answer and now sits idle; `closed` settles when the server closes it. */
async function idleKeepAliveConnection(port: number) {
  const socket = net.connect(port, '127.0.0.1');
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let text = '';
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('"status":"ok"')) resolve();
    });
    socket.once('error', reject);
    socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n');
  });
  return { socket, closed };
}

const portOf = (h: Harness) => (h.api.server.address() as net.AddressInfo).port;

describe('with a drain period longer than the test may take', () => {
  let h: Harness;
  let provider: HeldProvider;

  beforeAll(async () => {
    // Longer than Jest's timeout: if stop() waited for the deadline (for the idle connection, say), the test would fail.
    h = await startHarness('shutdown-drain', { worker: false, env: { SHUTDOWN_DRAIN_SECONDS: '600' } });
    provider = await startHeldProvider();
  });

  afterAll(async () => {
    await provider?.close();
    await h?.stop();
  });

  test('stop() refuses new connections at once, closes idle ones, and the request in flight is answered 2xx', async () => {
    const port = portOf(h);
    const idle = await idleKeepAliveConnection(port);
    const answer = slowRequest(h, provider);
    await provider.received; // the API is now waiting on the provider, in the middle of the request

    const stopping = h.api.stop();
    expect(await connectOutcome(port)).toBe('ECONNREFUSED');
    await idle.closed;

    provider.release();
    const res = await answer;
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(true);
    await stopping;
    expect(h.api.server.listening).toBe(false);
  });
});

describe('with a short drain period', () => {
  let h: Harness;
  let provider: HeldProvider;

  beforeAll(async () => {
    h = await startHarness('shutdown-deadline', { worker: false, env: { SHUTDOWN_DRAIN_SECONDS: '1' } });
    provider = await startHeldProvider();
  });

  afterAll(async () => {
    await provider?.close();
    await h?.stop();
  });

  test('a request still running at the deadline is cut off, and stop() completes', async () => {
    const answer = slowRequest(h, provider).then(
      () => 'answered',
      () => 'cut off',
    );
    await provider.received;
    await h.api.stop();
    expect(await answer).toBe('cut off');
  });
});
