/** Production entry point: the HTTP API alone (run the worker with `src/cli/worker.ts`). */
import { loadConfig } from '../config';
import { makeLogger } from '../logger';
import { ensureBootstrapAdmin, openDatabase, resolveSecretKey, startApi } from '../runtime';
import { stopOnSignals } from './signals';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = makeLogger(config.logLevel, 'patchcord-api');
  if (!config.mongoUrl || !config.temporal.address)
    throw new Error('MONGO_URL and TEMPORAL_ADDRESS are required; use `npm start` for the embedded services.');
  const { conn, models } = await openDatabase(config.mongoUrl);
  await ensureBootstrapAdmin(models, config.admin.email, config.admin.password, logger);
  const api = await startApi({ config, models, temporalAddress: config.temporal.address, logger, secretKey: resolveSecretKey(config) });
  logger.info({ url: api.url }, 'API listening');
  // Requests in flight finish first; the database closes last.
  stopOnSignals(logger, async () => {
    await api.stop();
    await conn.close();
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
