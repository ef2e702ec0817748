/** Production entry point: the Temporal worker alone (the API runs from `src/cli/api.ts`). */
import { loadConfig } from '../config';
import { makeLogger } from '../logger';
import { openDatabase, resolveSecretKey, startWorker } from '../runtime';
import { installRuntimeOnce } from '../runtime/worker';

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
  const stop = async () => {
    await worker.stop();
    await conn.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await worker.running;
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
