/**
 * Prometheus metrics over HTTP: `GET /metrics` on the API (loopback without a token; with
 * METRICS_TOKEN configured, that bearer token and nothing else), the same rule on the worker's own
 * metrics server, and the production worker process (src/cli/worker.ts) serving it on METRICS_PORT
 * until SIGTERM stops it cleanly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { connectDb } from '../../src/db/connect';
import { freePort } from '../../src/embedded/services';
import { startMetricsServer } from '../../src/runtime/metrics-server';
import { testEnv } from '../helpers/env';
import { startHarness, waitFor, type Harness } from '../helpers/harness';

const ROOT = path.resolve(__dirname, '..', '..');
const TOKEN = 'metrics-token-0f3c9a7e51';
const HELP_LINE = '# HELP patchcord_failed_steps_total ';

async function scrape(url: string, token?: string): Promise<{ status: number; type: string | null; text: string }> {
  const res = await fetch(`${url}/metrics`, token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

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

describe('the API', () => {
  let open: Harness;
  let guarded: Harness;

  beforeAll(async () => {
    open = await startHarness('metrics-open', { worker: false });
    guarded = await startHarness('metrics-token', { worker: false, env: { METRICS_TOKEN: TOKEN } });
  });

  afterAll(async () => {
    await open?.stop();
    await guarded?.stop();
  });

  test('without METRICS_TOKEN, a loopback client reads the Prometheus text', async () => {
    const res = await scrape(open.url);
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.text).toContain(HELP_LINE);
    expect(res.text).toContain('# HELP patchcord_request_log_dropped_total ');
  });

  test('with METRICS_TOKEN, no bearer or a wrong one is 401, the right one is 200', async () => {
    const none = await scrape(guarded.url);
    expect(none.status).toBe(401);
    expect(JSON.parse(none.text)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await scrape(guarded.url, `${TOKEN}x`)).status).toBe(401);
    expect((await scrape(guarded.url, 'metrics-token-0f3c9a7e5X')).status).toBe(401);
    const right = await scrape(guarded.url, TOKEN);
    expect(right.status).toBe(200);
    expect(right.text).toContain(HELP_LINE);
  });
});

describe("the worker's metrics server", () => {
  test('serves the registry to loopback without a token, and refuses connections once closed', async () => {
    const server = await startMetricsServer({ host: '127.0.0.1', port: 0, token: undefined });
    const res = await scrape(server.url);
    expect(res.status).toBe(200);
    expect(res.text).toContain(HELP_LINE);
    const other = await fetch(`${server.url}/other`);
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ code: 'NOT_FOUND' });
    await server.close();
    expect(await connectOutcome(Number(new URL(server.url).port))).toBe('ECONNREFUSED');
  });

  test('with a token configured, answers only the right bearer', async () => {
    const server = await startMetricsServer({ host: '127.0.0.1', port: 0, token: TOKEN });
    try {
      expect((await scrape(server.url)).status).toBe(401);
      expect((await scrape(server.url, 'wrong-token-0123456789')).status).toBe(401);
      const right = await scrape(server.url, TOKEN);
      expect(right.status).toBe(200);
      expect(right.text).toContain(HELP_LINE);
    } finally {
      await server.close();
    }
  });
});

describe('the worker process', () => {
  let child: ChildProcess | null = null;
  const dbName = `t_metrics_worker_${crypto.randomBytes(3).toString('hex')}`;

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    const conn = await connectDb(testEnv('mongo'), dbName);
    await conn.dropDatabase().catch(() => undefined);
    await conn.close();
  });

  test('serves GET /metrics on METRICS_PORT, and on SIGTERM drains, closes it and exits 0', async () => {
    const port = await freePort();
    child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'cli', 'worker.ts')], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        HTTP_HOST: '127.0.0.1',
        METRICS_PORT: String(port),
        MONGO_URL: `${testEnv('mongo')}/${dbName}`,
        TEMPORAL_ADDRESS: testEnv('temporal'),
        TEMPORAL_TASK_QUEUE: `test-metrics-worker-${crypto.randomBytes(3).toString('hex')}`,
        PATCHCORD_SECRET_KEY: crypto.randomBytes(32).toString('base64'),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    // Shown only when the process does not exit cleanly.
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));
    const url = `http://127.0.0.1:${port}`;
    // The worker bundles its workflows before it serves metrics.
    const res = await waitFor(() => scrape(url).catch(() => null), 90_000, 'worker metrics');
    expect(res.status).toBe(200);
    expect(res.text).toContain(HELP_LINE);

    child.kill('SIGTERM');
    expect({ code: await exited, stderr }).toMatchObject({ code: 0 });
    expect(await connectOutcome(port)).toBe('ECONNREFUSED');
  }, 150_000);
});
