/**
 * A real Patchcord for one test file: its own database and task queue on the shared Temporal dev
 * server and FerretDB, the real API on a free port, and the real worker running the bundled
 * workflows. Builders for test data live here too.
 */
import crypto from 'node:crypto';
import { loadConfig, type Config } from '../../src/config';
import type { Models } from '../../src/db/models';
import { makeLogger, type Logger } from '../../src/logger';
import type { RouteOutboxOptions } from '../../src/services/call-routing-outbox';
import { ensureBootstrapAdmin, makeProviderDeps, openDatabase, startApi, type ApiHandle } from '../../src/runtime';
import { createWorker, installRuntimeOnce } from '../../src/runtime/worker';
import { testEnv } from './env';

export const ADMIN = { email: 'admin@test.local', password: 'test-admin-password' };

export interface Harness {
  config: Config;
  /** The test file's own database, on the shared FerretDB (`testEnv('mongo')`) unless the harness was given another. */
  dbName: string;
  models: Models;
  api: ApiHandle;
  url: string;
  adminToken: string;
  startWorker(): Promise<void>;
  stopWorker(): Promise<void>;
  /** Calls the API as the admin; returns status and parsed JSON. */
  admin<T = any>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  stop(): Promise<void>;
}

export async function startHarness(
  name: string,
  opts: {
    worker?: boolean;
    env?: Record<string, string>;
    logger?: Logger;
    /** A private database server or Temporal for a test that stops it (default: the shared ones). */
    mongoUrl?: string;
    temporalAddress?: string;
    /** The API's route outbox timing. */
    routeOutbox?: Partial<RouteOutboxOptions>;
  } = {},
): Promise<Harness> {
  const suffix = `${name}-${crypto.randomBytes(3).toString('hex')}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    HTTP_PORT: '0',
    TEMPORAL_TASK_QUEUE: `test-${suffix}`,
    PATCHCORD_SECRET_KEY: crypto.randomBytes(32).toString('base64'),
    PATCHCORD_ADMIN_EMAIL: ADMIN.email,
    PATCHCORD_ADMIN_PASSWORD: ADMIN.password,
    // The tests' provider endpoints listen on loopback.
    OUTBOUND_ALLOW_LIST: '127.0.0.1',
    ...opts.env,
  });
  const logger = opts.logger ?? makeLogger(config.logLevel);
  const temporalAddress = opts.temporalAddress ?? testEnv('temporal');
  const dbName = `t_${suffix.replace(/-/g, '_')}`;
  const { conn, models } = await openDatabase(opts.mongoUrl ?? testEnv('mongo'), dbName);
  await ensureBootstrapAdmin(models, ADMIN.email, ADMIN.password, logger);
  const secretKey = Buffer.from(config.secretKey ?? '', 'base64');
  const api = await startApi({
    config,
    models,
    temporalAddress,
    logger,
    secretKey,
    ...(opts.routeOutbox ? { routeOutbox: opts.routeOutbox } : {}),
  });

  let worker: { stop(): Promise<void> } | null = null;
  async function startWorker() {
    if (worker) return;
    // Only workers need the native runtime; installed in a file that never starts one, it keeps Jest from exiting.
    installRuntimeOnce('WARN');
    // Webhook URLs handed to providers (8x8's callback) point at this test's API.
    const provider = makeProviderDeps({ config, models, logger, secretKey, publicUrl: () => api.url });
    const created = await createWorker({
      address: temporalAddress,
      namespace: config.temporal.namespace,
      taskQueue: config.temporal.taskQueue,
      deps: provider.deps,
      workflowBundlePath: testEnv('bundle'),
    });
    const running = created.worker.run();
    worker = {
      async stop() {
        created.worker.shutdown();
        await running;
        await provider.close();
        await created.connection.close();
      },
    };
  }
  async function stopWorker() {
    await worker?.stop();
    worker = null;
  }
  if (opts.worker !== false) await startWorker();

  const login = await fetch(`${api.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const { token } = (await login.json()) as { token: string };

  async function admin<T>(method: string, path: string, body?: unknown) {
    const res = await fetch(`${api.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  }

  return {
    config,
    dbName,
    models,
    api,
    url: api.url,
    adminToken: token,
    startWorker,
    stopWorker,
    admin,
    async stop() {
      await stopWorker();
      await api.stop();
      await conn.dropDatabase().catch(() => undefined);
      await conn.close();
    },
  };
}

/** Polls until `check` returns a value other than null/undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== null && value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The seed's sample call log, with overrides. */
export function seedCallLog(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    SourceNumber: '9611232123',
    DestinationNumber: '9876543210',
    DisplayNumber: '1000001000',
    StartTime: '2015-08-20 18:26:38',
    EndTime: '2015-08-20 18:26:50',
    CallDuration: '12',
    Status: 'Answered',
    CallNotes: 'Enquired about product',
    ResourceURL: 'server/filename.extension',
    Direction: 'Inbound',
    CallSessionId: `080673309211440075398-${crypto.randomBytes(4).toString('hex')}`,
    CallerName: 'Rakesh',
    CallerCity: 'Bangalore',
    CallerState: 'Karnataka',
    CallerCountry: 'India',
    CallerZipCode: '560078',
    ...overrides,
  };
}

export interface CreatedConnector {
  id: string;
  callLogUrl: string;
}

export async function createConnector(h: Harness, body: Record<string, unknown> = {}): Promise<CreatedConnector> {
  const res = await h.admin<{ id: string; webhookUrls: { callLog: string } }>('POST', '/api/admin/connectors', {
    name: `Connector ${crypto.randomBytes(3).toString('hex')}`,
    presetId: 'generic',
    ...body,
  });
  if (res.status !== 201) throw new Error(`connector create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id, callLogUrl: res.body.webhookUrls.callLog };
}

export async function postJson(url: string, payload: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(payload),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}
