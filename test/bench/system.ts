/**
 * A whole Patchcord for a benchmark: its own FerretDB and Temporal dev server on free ports, the API
 * and (optionally) the worker in this process, and one Generic connector. Bounded and loopback only.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/config';
import type { Models } from '../../src/db/models';
import { freePort, startFerretDb, startTemporal, type EmbeddedProcess } from '../../src/embedded/services';
import { makeLogger } from '../../src/logger';
import { getPreset } from '../../src/providers';
import { openDatabase, startApi, startWorker, type ApiHandle } from '../../src/runtime';
import { makeSecretBox } from '../../src/security/secrets';
import { installRuntimeOnce } from '../../src/runtime/worker';

const ROOT = path.resolve(__dirname, '..', '..');

export interface BenchSystem {
  config: Config;
  models: Models;
  api: ApiHandle;
  connectorId: string;
  /** The connector's webhook base URL: append `/call-log`, `/popup`, ... */
  webhookBase: string;
  /** Process ids of this process, FerretDB and the Temporal dev server, for CPU accounting. */
  pids: number[];
  close(): Promise<void>;
}

export async function startBenchSystem(opts: { taskQueue: string; worker: boolean }): Promise<BenchSystem> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'patchcord-bench-'));
  const binDir = path.join(ROOT, '.tools', 'bin');
  const procs: EmbeddedProcess[] = [];
  const stops: (() => Promise<unknown>)[] = [];
  const close = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    for (const p of procs.reverse()) await p.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  try {
    const [tPort, mPort] = [await freePort(), await freePort()];
    procs.push(await startFerretDb({ binDir, port: mPort, dataDir: path.join(tmp, 'db') }));
    procs.push(await startTemporal({ binDir, port: tPort }));
    const temporalAddress = `127.0.0.1:${tPort}`;
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      HTTP_PORT: '0',
      TEMPORAL_TASK_QUEUE: opts.taskQueue,
      PATCHCORD_SECRET_KEY: crypto.randomBytes(32).toString('base64'),
    });
    const key = Buffer.from(config.secretKey ?? '', 'base64');
    const logger = makeLogger('silent');
    const { conn, models } = await openDatabase(`mongodb://127.0.0.1:${mPort}`, 'bench');
    stops.push(() => conn.close());
    if (opts.worker) {
      installRuntimeOnce('ERROR');
      const worker = await startWorker({ config, models, temporalAddress, logger, secretKey: key });
      stops.push(() => worker.stop());
    }
    const api = await startApi({ config, models, temporalAddress, logger, secretKey: key });
    stops.push(() => api.stop());
    const preset = getPreset('generic');
    const secret = 'bench-secret';
    const connector = await models.Connector.create({
      name: 'bench',
      presetId: preset.id,
      mappings: { callLog: { expression: preset.mappings.callLog, version: 1 } },
      webhookSecret: makeSecretBox(key).seal(secret),
    });
    const connectorId = String(connector._id);
    return {
      config,
      models,
      api,
      connectorId,
      webhookBase: `${api.url}/webhooks/${connectorId}/${secret}`,
      pids: [process.pid, ...procs.map((p) => p.pid)],
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}

/** CPU milliseconds a process has used so far (user + system), from /proc. */
export function cpuMs(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

export function round(n: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export interface Result {
  name: string;
  value: number;
  baseline: number;
  ratio: number;
  unit: string;
  goal: string;
  extra?: Record<string, number>;
}
