/** Production entry point: the Temporal worker alone (the API runs from `src/cli/api.ts`). */
import { loadConfig } from '../config';
import { makeLogger } from '../logger';
import { openDatabase, resolveSecretKey, startWorker } from '../runtime';
import { startMetricsServer } from '../runtime/metrics-server';
import { installRuntimeOnce } from '../runtime/worker';
import { stopOnSignals } from './signals';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = makeLogger(config.logLevel, 'patchcord-worker');
  if (!config.mongoUrl || !config.temporal.address)
    throw new Error('MONGO_URL and TEMPORAL_ADDRESS are required; use `npm start` for the embedded services.');
  const { conn, models } = await openDatabase(config.mongoUrl);
  installRuntimeOnce();
  const worker = await startWorker({
    config,
    models,
    temporalAddress: config.temporal.address,
    logger,
    secretKey: resolveSecretKey(config),
  });
  const metricsServer =
    config.http.metricsPort === undefined
      ? null
      : await startMetricsServer({ host: config.http.host, port: config.http.metricsPort, token: config.http.metricsToken });
  if (metricsServer) logger.info({ url: `${metricsServer.url}/metrics` }, 'worker metrics served');
  // Running activities finish first (metrics are served meanwhile); the database closes last.
  stopOnSignals(logger, async () => {
    await worker.stop();
    await metricsServer?.close();
    await conn.close();
  });
  await worker.running;
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
