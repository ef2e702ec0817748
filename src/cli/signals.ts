/**
 * Process shutdown for the entry points: the first SIGTERM or SIGINT runs `stop` (which drains:
 * the API stops accepting and finishes its requests, the worker its activities, then the database
 * closes) and exits; a second signal exits at once, without waiting for the drain.
 */
import type { Logger } from '../logger';

export function stopOnSignals(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting without waiting for the drain');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'stopping: draining work in flight (a second signal exits at once)');
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
