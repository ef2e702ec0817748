/**
 * Wires the API and the worker from configuration. `npm start` runs both in one process on the
 * embedded services; production runs `src/cli/api.ts` and `src/cli/worker.ts` separately.
 */
import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Connection } from 'mongoose';
import type { Client } from '@temporalio/client';
import { makeApp } from '../api/app';
import { hashPassword } from '../security/passwords';
import type { Config } from '../config';
import { databaseUnavailable, isDatabaseUnavailable } from '../db/availability';
import { connectDb } from '../db/connect';
import { makeModels, syncIndexes, type Models } from '../db/models';
import type { Logger } from '../logger';
import { makeMappingEngine } from '../mapping/engine';
import { makeMappingSandbox } from '../mapping/sandbox';
import { makeSecretBox, parseSecretKey, randomToken } from '../security/secrets';
import { makeConnectorService } from '../services/connectors';
import { makeRequestLog } from '../services/request-log';
import { makeRouteOutbox, type RouteOutboxOptions } from '../services/call-routing-outbox';
import { makeOutboxNotifier } from '../realtime/outbox';
import { makeHub } from '../realtime/hub';
import { makeOutbound } from '../outbound';
import { makeProviderApi } from '../services/provider-api';
import { makeDidSchedules, type DidSchedules } from '../temporal/did-sync-schedules';
import { connectTemporalClient } from '../temporal/client';
import { makeCallClient } from '../temporal/call-client';
import { retryRules } from '../retry-policy';
import { trackHttpDrain } from './http-drain';
import { createWorker } from './worker';

/** The secret key from configuration, or (development only) one kept in the data folder. */
export function resolveSecretKey(config: Config): Buffer {
  if (config.secretKey) return parseSecretKey(config.secretKey);
  const file = path.join(config.embedded.dataDir, 'secret.key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.embedded.dataDir, { recursive: true });
    fs.writeFileSync(file, randomToken(32), { mode: 0o600 });
  }
  return parseSecretKey(Buffer.from(fs.readFileSync(file, 'utf8'), 'base64url').toString('base64'));
}

export async function openDatabase(url: string, dbName?: string): Promise<{ conn: Connection; models: Models }> {
  const conn = await connectDb(url, dbName);
  const models = makeModels(conn);
  await syncIndexes(models);
  return { conn, models };
}

/** Creates the bootstrap admin from configuration when no user has that email yet. */
export async function ensureBootstrapAdmin(models: Models, email: string, password: string | undefined, logger: Logger): Promise<void> {
  if (!password) return;
  if (await models.User.exists({ email: email.toLowerCase() })) return;
  await models.User.create({ email, name: 'Administrator', role: 'admin', passwordHash: await hashPassword(password) });
  logger.info({ email }, 'bootstrap admin created');
}

export interface ApiHandle {
  server: Server;
  url: string;
  temporal: Client;
  /** The DID-sync schedules this API declared at boot. */
  didSchedules: DidSchedules;
  stop(): Promise<void>;
}

export async function startApi(opts: {
  config: Config;
  models: Models;
  temporalAddress: string;
  logger: Logger;
  secretKey: Buffer;
  port?: number;
  /** The route outbox's delivery loop timing (tests shorten it). */
  routeOutbox?: Partial<RouteOutboxOptions>;
}): Promise<ApiHandle> {
  const { config, models, logger } = opts;
  const temporal = await connectTemporalClient(opts.temporalAddress, config.temporal.namespace);
  const requestLog = makeRequestLog({ models, logger, bodyCapBytes: config.limits.requestLogBodyBytes });
  const port = opts.port ?? config.http.port;
  let publicUrl = config.http.publicUrl ?? `http://${config.http.host}:${port}`;
  const box = makeSecretBox(opts.secretKey);
  const connectors = makeConnectorService({ models, box, publicUrl: () => publicUrl });
  const hub = makeHub(models.Notification, logger);
  const provider = makeProviderDeps({ config, models, logger, secretKey: opts.secretKey, publicUrl: () => publicUrl });
  const didSchedules = makeDidSchedules({
    temporal,
    taskQueue: config.temporal.taskQueue,
    logger,
    listSettings: connectors.didSyncSettings,
  });
  // Idempotent: declares the DID-sync schedules the connectors' settings ask for, removes stale ones.
  await didSchedules.ensureAll();
  // Webhooks, previews and fixtures evaluate admins' mappings in threads, off this event loop.
  const engine = makeMappingSandbox({
    limits: { timeoutMs: config.limits.mappingTimeoutMs, maxPayloadBytes: config.limits.webhookMaxBodyBytes },
  });
  // Route decisions the webhook could not hand to Temporal wait in the database; this process's
  // loop delivers them once Temporal is back (every API process runs one; claims keep them apart).
  const routeOutbox = makeRouteOutbox({
    models,
    calls: makeCallClient({ temporal, taskQueue: config.temporal.taskQueue, logger }),
    logger,
    ...(opts.routeOutbox ? { options: opts.routeOutbox } : {}),
  });
  const { app } = makeApp({
    models,
    temporal,
    taskQueue: config.temporal.taskQueue,
    engine,
    connectors,
    requestLog,
    logger,
    defaultCountry: config.defaultCountry,
    limits: config.limits,
    publicUrl: config.http.publicUrl,
    trustProxy: config.http.trustProxy,
    metricsToken: config.http.metricsToken,
    dependencyErrorOf: (err: unknown) => (isDatabaseUnavailable(err) ? databaseUnavailable(err) : null),
    secureCookies: publicUrl.startsWith('https:'),
    hub,
    temporalNamespace: config.temporal.namespace,
    temporalUiUrl: config.temporal.uiUrl,
    providerApi: provider.deps.providerApi,
    box,
    didSchedules,
    routeOutbox,
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(port, config.http.host, () => resolve(s));
    s.once('error', reject);
  });
  // Providers' HTTP clients and proxies keep idle connections open for up to about a minute. A server
  // that closes them sooner (Node's default: 5 s) races a client reusing one, which sees a reset
  // instead of an answer; so the server keeps them longer than its clients do.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const drain = trackHttpDrain(server);
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  publicUrl = config.http.publicUrl ?? `http://${config.http.host}:${boundPort}`;
  const prune = async () => {
    try {
      await requestLog.prune(config.limits.requestLogRetentionDays);
      await models.AuthSession.deleteMany({ expiresAt: { $lt: new Date() } });
      await models.SignInThrottle.deleteMany({ expiresAt: { $lt: new Date() } });
    } catch (err) {
      logger.warn({ err }, 'housekeeping failed');
    }
  };
  void prune();
  const pruneTimer = setInterval(() => void prune(), 3600_000);
  pruneTimer.unref();
  routeOutbox.start();
  let stopped: Promise<void> | null = null;
  return {
    server,
    url: `http://${config.http.host}:${boundPort}`,
    temporal,
    didSchedules,
    /**
     * Refuses new connections at once, lets requests in flight finish (up to SHUTDOWN_DRAIN_SECONDS),
     * then releases what they used: the mapping threads, the request log, the Temporal connection.
     * Agents' event streams end first, so their consoles reconnect to another API process. Calling
     * it again returns the same stop.
     */
    stop() {
      stopped ??= (async () => {
        clearInterval(pruneTimer);
        const closing = drain.close(config.shutdown.drainMs);
        hub.close();
        const { forced } = await closing;
        if (forced > 0)
          logger.warn({ forced, drainMs: config.shutdown.drainMs }, 'requests still running at the drain deadline were cut off');
        // After the server: a route request still finishing records its decision first.
        await routeOutbox.stop();
        await engine.close();
        await requestLog.close();
        await provider.close();
        await temporal.connection.close();
      })();
      return stopped;
    },
  };
}

/** Patchcord's base URL as providers reach it: PUBLIC_URL, else the configured host and port. */
export function configuredPublicUrl(config: Config): string {
  return config.http.publicUrl ?? `http://${config.http.host}:${config.http.port}`;
}

/**
 * What activities need, with the production wiring: the outbound engine, the provider API (with its
 * own request-log writer, flushed by `close`), the mapping engine that reads provider answers, the
 * logger and the retry table from configuration. The API process builds the same for its synchronous
 * provider calls (Test API, mobile popup pull, blacklist).
 */
export function makeProviderDeps(opts: { config: Config; models: Models; logger: Logger; secretKey: Buffer; publicUrl: () => string }) {
  const { config, models, logger } = opts;
  const outbound = makeOutbound({ allowList: config.outbound.allowList, timeoutMs: config.outbound.timeoutMs });
  const requestLog = makeRequestLog({ models, logger, bodyCapBytes: config.limits.requestLogBodyBytes });
  const providerApi = makeProviderApi({
    models,
    box: makeSecretBox(opts.secretKey),
    outbound,
    requestLog,
    logger,
    publicUrl: opts.publicUrl,
  });
  return {
    deps: {
      models,
      notifier: makeOutboxNotifier(models.Notification),
      outbound,
      providerApi,
      engine: makeMappingEngine({ timeoutMs: config.limits.mappingTimeoutMs, maxPayloadBytes: config.limits.webhookMaxBodyBytes }),
      logger,
      retryRules: retryRules(config.stepRetry),
    },
    async close() {
      await providerApi.close();
      await requestLog.close();
    },
  };
}

export async function startWorker(opts: {
  config: Config;
  models: Models;
  temporalAddress: string;
  logger: Logger;
  secretKey: Buffer;
  publicUrl?: () => string;
}) {
  const provider = makeProviderDeps({ ...opts, publicUrl: opts.publicUrl ?? (() => configuredPublicUrl(opts.config)) });
  const { worker, connection } = await createWorker({
    address: opts.temporalAddress,
    namespace: opts.config.temporal.namespace,
    taskQueue: opts.config.temporal.taskQueue,
    deps: provider.deps,
    shutdownGraceMs: opts.config.shutdown.drainMs,
  });
  const running = worker.run();
  opts.logger.info({ taskQueue: opts.config.temporal.taskQueue }, 'worker running');
  return {
    worker,
    running,
    /**
     * Stops polling for tasks and lets running activities finish (up to SHUTDOWN_DRAIN_SECONDS; then
     * they are cancelled and Temporal retries them elsewhere), then flushes the request log and
     * closes the Temporal connection. The caller closes the database afterwards.
     */
    async stop() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running.catch((err: unknown) => opts.logger.warn({ err }, 'worker did not shut down cleanly'));
      await provider.close();
      await connection.close();
    },
  };
}
