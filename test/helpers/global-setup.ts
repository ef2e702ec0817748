/**
 * One Temporal dev server (in memory) and one FerretDB (temp dir) for the whole integration run, on
 * free ports, plus the workflow bundle built once. Test files get their own database and task queue.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { freePort, startFerretDb, startTemporal, type EmbeddedProcess } from '../../src/embedded/services';
import { TEST_ENV } from './env';

const ROOT = path.resolve(__dirname, '..', '..');

export default async function globalSetup(): Promise<void> {
  // Builds the embedded services if this checkout lacks them (a no-op when they are current).
  execFileSync(process.execPath, [path.join(ROOT, 'src', 'embedded', 'setup.js')], { stdio: 'inherit' });
  const binDir = path.join(ROOT, '.tools', 'bin');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'patchcord-test-'));
  const [temporalPort, mongoPort] = [await freePort(), await freePort()];
  const procs: EmbeddedProcess[] = [];
  procs.push(await startFerretDb({ binDir, port: mongoPort, dataDir: path.join(tmp, 'ferretdb') }));
  procs.push(await startTemporal({ binDir, port: temporalPort }));

  const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('../../workflows'), logger: quietLogger });
  const bundlePath = path.join(tmp, 'workflow-bundle.js');
  fs.writeFileSync(bundlePath, code);

  process.env[TEST_ENV.temporal] = `127.0.0.1:${temporalPort}`;
  process.env[TEST_ENV.mongo] = `mongodb://127.0.0.1:${mongoPort}`;
  process.env[TEST_ENV.bundle] = bundlePath;
  (globalThis as Record<string, unknown>).__patchcordTest = { procs, tmp };
}

const quietLogger = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: (message: string) => process.stderr.write(`${message}\n`),
  error: (message: string) => process.stderr.write(`${message}\n`),
};
