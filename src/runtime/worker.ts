import path from 'node:path';
import {
  DefaultLogger,
  NativeConnection,
  Runtime,
  Worker,
  type LogLevel,
  type WorkerOptions,
  makeTelemetryFilterString,
} from '@temporalio/worker';
import { createActivities, type ActivityDeps } from '../../activities';

export const WORKFLOWS_PATH = path.resolve(__dirname, '..', '..', 'workflows', 'index');

let runtimeInstalled = false;

/**
 * Keeps the Rust core's own logs at warnings; Patchcord's logger carries the rest. The runtime
 * leaves signals alone: the entry points (src/cli) stop the API before the worker, and the worker
 * before the database.
 */
export function installRuntimeOnce(level: LogLevel = 'INFO'): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  Runtime.install({
    shutdownSignals: [],
    logger: new DefaultLogger(level),
    telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'WARN' }), forward: {} } },
  });
}

export interface WorkerSetup {
  address: string;
  namespace: string;
  taskQueue: string;
  deps: ActivityDeps;
  /** A prebuilt bundle (tests bundle once); otherwise workflows are bundled from source at start. */
  workflowBundlePath?: string;
  /**
   * How long `shutdown()` lets running activities finish before cancelling them (Temporal then
   * retries them on another worker). Default 0: cancelled at once.
   */
  shutdownGraceMs?: number;
}

/** After the grace period, how long cancelled activities may take to stop before the worker gives up on them. */
const SHUTDOWN_FORCE_AFTER_GRACE_MS = 5_000;

export async function createWorker(setup: WorkerSetup): Promise<{ worker: Worker; connection: NativeConnection }> {
  const connection = await NativeConnection.connect({ address: setup.address });
  const options: WorkerOptions = {
    connection,
    namespace: setup.namespace,
    taskQueue: setup.taskQueue,
    activities: createActivities(setup.deps),
    ...(setup.shutdownGraceMs !== undefined
      ? { shutdownGraceTime: setup.shutdownGraceMs, shutdownForceTime: setup.shutdownGraceMs + SHUTDOWN_FORCE_AFTER_GRACE_MS }
      : {}),
    ...(setup.workflowBundlePath
      ? { workflowBundle: { codePath: setup.workflowBundlePath } }
      : { workflowsPath: require.resolve(WORKFLOWS_PATH) }),
  };
  const worker = await Worker.create(options);
  return { worker, connection };
}
