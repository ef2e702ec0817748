/**
 * The mapping sandbox (src/mapping/sandbox.ts), two figures:
 *
 * - its cost: evaluations/s of the stock Generic call-log mapping through the thread pool (8 in
 *   flight) against raw `jsonata` evaluating the same compiled expression in this thread;
 * - what it protects: other requests' p99 (GET /healthz, one every 20 ms) while two hostile mappings
 *   run back to back through a connector's webhook, against the same requests with no hostile
 *   mapping (goal: under 50 ms).
 */
import crypto from 'node:crypto';
import { makeMappingEngine } from '../../src/mapping/engine';
import { makeMappingFunctions } from '../../src/mapping/functions';
import { makeMappingSandbox } from '../../src/mapping/sandbox';
import { getPreset } from '../../src/providers';
import { makeSecretBox } from '../../src/security/secrets';
import { percentile, round, startBenchSystem, type Result } from './system';

const CTX = { defaultCountry: 'IN' as const, timeZone: 'Asia/Kolkata' };
const HOSTILE = '$length($pad("", 50000000, "ab"))';

function payload(i: number): Record<string, unknown> {
  return {
    SourceNumber: `+9198450${String(i % 100000).padStart(5, '0')}`,
    StartTime: '2026-11-23 18:26:38',
    Status: 'Answered',
    CallSessionId: `s-${i}`,
  };
}

async function sandboxCost(): Promise<Result> {
  const expression = getPreset('generic').mappings.callLog;
  const sandbox = makeMappingSandbox();
  const raw = makeMappingEngine().compile(expression);
  const functions = makeMappingFunctions(CTX);
  const count = 4000;
  try {
    // Warm both: the pool's threads load the engine on their first task.
    await Promise.all(Array.from({ length: 50 }, (_, i) => sandbox.evaluate(expression, payload(i), CTX)));
    for (let i = 0; i < 200; i++) await raw.evaluate(payload(i), { ...functions });

    let t = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < count) await sandbox.evaluate(expression, payload(next++), CTX);
      }),
    );
    const sandboxMs = performance.now() - t;
    t = performance.now();
    for (let i = 0; i < count; i++) await raw.evaluate(payload(i), { ...functions });
    const rawMs = performance.now() - t;
    return {
      name: 'mapping.sandbox_evaluations_per_second',
      value: round(count / (sandboxMs / 1000)),
      baseline: round(count / (rawMs / 1000)),
      ratio: round(sandboxMs / rawMs, 3),
      unit: 'evaluations/s through the thread pool, 8 in flight (ratio = pool time / raw jsonata time in one thread)',
      goal: 'reported: the price of evaluating off the event loop',
      extra: { threads: sandbox.threads },
    };
  } finally {
    await sandbox.close();
  }
}

/** Latencies of GET /healthz, one started every `everyMs`, for `ms`. */
async function otherRequests(url: string, ms: number, everyMs: number): Promise<number[]> {
  const latencies: Promise<number>[] = [];
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const t = performance.now();
    latencies.push(fetch(`${url}/healthz`).then(async (res) => (await res.arrayBuffer(), performance.now() - t)));
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return Promise.all(latencies);
}

async function whileHostile(): Promise<Result> {
  const sys = await startBenchSystem({ taskQueue: `bench-sandbox-${crypto.randomBytes(3).toString('hex')}`, worker: false });
  try {
    const key = Buffer.from(sys.config.secretKey ?? '', 'base64');
    const secret = 'hostile-secret';
    const hostile = await sys.models.Connector.create({
      name: 'hostile',
      presetId: 'generic',
      mappings: { callLog: { expression: HOSTILE, version: 1 } },
      webhookSecret: makeSecretBox(key).seal(secret),
    });
    const hostileUrl = `${sys.api.url}/webhooks/${String(hostile._id)}/${secret}/call-log`;
    await otherRequests(sys.api.url, 1000, 20);
    const quiet = await otherRequests(sys.api.url, 6000, 20);

    let running = true;
    const statuses: number[] = [];
    const attackers = Array.from({ length: 2 }, async () => {
      while (running) {
        const res = await fetch(hostileUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(payload(0)),
        });
        statuses.push(res.status);
        await res.arrayBuffer();
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const loud = await otherRequests(sys.api.url, 6000, 20);
    running = false;
    await Promise.all(attackers);
    const p99 = percentile(loud, 99);
    const base = percentile(quiet, 99);
    return {
      name: 'api.other_requests_p99_ms_during_hostile_mapping',
      value: round(p99, 1),
      baseline: round(base, 1),
      ratio: round(p99 / base, 2),
      unit: 'ms, p99 of GET /healthz every 20 ms (baseline: the same with no hostile mapping running)',
      goal: 'value < 50',
      extra: { hostileAnswers: statuses.length, hostileRefused422: statuses.filter((s) => s === 422).length, requests: loud.length },
    };
  } finally {
    await sys.close();
  }
}

export async function benchSandbox(): Promise<Result[]> {
  return [await sandboxCost(), await whileHostile()];
}
