/**
 * `npm run bench`: Patchcord's speed goals, each against a baseline measured in the same run.
 *
 * - mapping: evaluations/s of a realistic 16-field mapping through the engine vs raw `jsonata`
 *   evaluate of the same compiled expression (goal: engine cost ≤ 1.1× raw);
 * - call-log ingest: acknowledged webhooks/s vs a raw loop of `signalWithStart` against the same
 *   dev server (goal: ≥ 0.8× the raw rate), with p99 latency for both;
 * - sandbox: the mapping thread pool's cost against raw `jsonata`, and other requests' p99 while a
 *   hostile mapping runs (./sandbox.ts); popup and route: ./popup.ts, ./route.ts.
 *
 * Bounded: a fixed number of operations per phase, all on loopback. Writes bench-results/latest.json.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import jsonata from 'jsonata';
import { makeMappingEngine } from '../../src/mapping/engine';
import { makeMappingFunctions } from '../../src/mapping/functions';
import { getPreset } from '../../src/providers';
import { validateCallEvent } from '../../src/call/canonical';
import { toWire } from '../../src/call/wire';
import { callEventSignal, callLifecycle } from '../../workflows';
import { benchPopup } from './popup';
import { benchRoute } from './route';
import { benchSandbox } from './sandbox';
import { cpuMs, percentile, round, startBenchSystem, type Result } from './system';

const ROOT = path.resolve(__dirname, '..', '..');
const CTX = { defaultCountry: 'IN' as const, timeZone: 'Asia/Kolkata' };

function samplePayload(i: number): Record<string, unknown> {
  return {
    SourceNumber: `%2b91984500${String(i % 10000).padStart(4, '0')}`,
    DestinationNumber: '+919611795980',
    DisplayNumber: '+919020897874',
    StartTime: '2026-11-23 18:26:38',
    EndTime: '2026-11-23 18:27:50',
    CallDuration: '72',
    Status: 'Answered',
    CallNotes: 'Enquired about product',
    ResourceURL: 'https://recordings.example.com/1.mp3',
    Direction: 'Inbound',
    CallSessionId: `bench-${i}-${crypto.randomBytes(4).toString('hex')}`,
    CallerName: 'Rakesh',
    CallerCity: 'Bangalore',
    CallerState: 'Karnataka',
    CallerCountry: 'India',
    CallerZipCode: '560078',
    AgentId: 'agent-1001',
  };
}

/** Alternating rounds of engine and raw evaluation, so drift on a noisy machine hits both alike. */
async function benchMapping(): Promise<Result> {
  const expression = getPreset('generic').mappings.callLog;
  const engine = makeMappingEngine();
  // The baseline is the same compiled expression (guardrails included) evaluated by jsonata itself;
  // an unguarded compile is measured too, to show what the guardrails cost.
  const raw = engine.compile(expression);
  const unguarded = jsonata(expression);
  const payloads = Array.from({ length: 64 }, (_, i) => samplePayload(i));
  const rounds = 10;
  const perRound = 1500;
  let engineMs = 0;
  let rawMs = 0;
  let unguardedMs = 0;
  for (let warm = 0; warm < 500; warm++) {
    await engine.evaluate(expression, payloads[warm % 64], CTX);
    await raw.evaluate(payloads[warm % 64], { ...makeMappingFunctions(CTX) });
  }
  const functions = makeMappingFunctions(CTX);
  for (let r = 0; r < rounds; r++) {
    let t = performance.now();
    for (let i = 0; i < perRound; i++) await engine.evaluate(expression, payloads[i % 64], CTX);
    engineMs += performance.now() - t;
    t = performance.now();
    // The baseline gets the same helper functions (the expression calls them) in a fresh object.
    for (let i = 0; i < perRound; i++) await raw.evaluate(payloads[i % 64], { ...functions });
    rawMs += performance.now() - t;
    t = performance.now();
    for (let i = 0; i < perRound; i++) await unguarded.evaluate(payloads[i % 64], { ...functions });
    unguardedMs += performance.now() - t;
  }
  const n = rounds * perRound;
  const engineRate = n / (engineMs / 1000);
  const rawRate = n / (rawMs / 1000);
  return {
    name: 'mapping.evaluations_per_second',
    value: round(engineRate),
    baseline: round(rawRate),
    ratio: round(engineMs / rawMs, 3),
    unit: 'evaluations/s (ratio = engine cost / raw cost)',
    goal: 'ratio <= 1.1',
    extra: { unguardedPerSecond: round(n / (unguardedMs / 1000)), guardrailCostRatio: round(rawMs / unguardedMs, 3) },
  };
}

async function pool<T>(count: number, concurrency: number, task: (i: number) => Promise<T>): Promise<{ ms: number; latencies: number[] }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t = performance.now();
        await task(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { ms: performance.now() - started, latencies };
}

/** One ingest comparison at a given concurrency: the API against a raw signalWithStart loop. */
async function compareIngest(
  label: string,
  concurrency: number,
  count: number,
  viaApi: (i: number) => Promise<void>,
  raw: (i: number) => Promise<void>,
  pids: number[],
): Promise<Result> {
  const cpu = { raw: pids.map(() => 0), api: pids.map(() => 0) };
  const measured = async (kind: 'raw' | 'api') => {
    const before = pids.map(cpuMs);
    const r = await pool(count / 2, concurrency, kind === 'raw' ? raw : viaApi);
    pids.forEach((pid, i) => (cpu[kind][i] = (cpu[kind][i] ?? 0) + cpuMs(pid) - (before[i] ?? 0)));
    return r;
  };
  // Two alternating halves each, so a slow phase of the machine hits both.
  const a1 = await measured('raw');
  const b1 = await measured('api');
  const a2 = await measured('raw');
  const b2 = await measured('api');
  const rawRate = count / ((a1.ms + a2.ms) / 1000);
  const apiRate = count / ((b1.ms + b2.ms) / 1000);
  const perRequest = (v: number[]) =>
    Object.fromEntries(['patchcordCpuMs', 'ferretdbCpuMs', 'temporalCpuMs'].map((k, i) => [k, round((v[i] ?? 0) / count, 2)]));
  return {
    name: `ingest.${label}.call_logs_per_second`,
    value: round(apiRate),
    baseline: round(rawRate),
    ratio: round(apiRate / rawRate, 3),
    unit: 'acknowledged webhooks/s (ratio = API rate / raw signalWithStart rate)',
    goal: 'ratio >= 0.8',
    extra: {
      concurrency,
      count,
      p99Ms: round(percentile([...b1.latencies, ...b2.latencies], 0.99), 1),
      baselineP99Ms: round(percentile([...a1.latencies, ...a2.latencies], 0.99), 1),
      ...Object.fromEntries(Object.entries(perRequest(cpu.api)).map(([k, v]) => [`api.${k}`, v])),
      ...Object.fromEntries(Object.entries(perRequest(cpu.raw)).map(([k, v]) => [`raw.${k}`, v])),
    },
  };
}

async function benchIngest(): Promise<Result[]> {
  const sys = await startBenchSystem({ taskQueue: 'bench', worker: false });
  try {
    const { api, connectorId } = sys;
    const url = `${sys.webhookBase}/call-log`;
    const preset = getPreset('generic');

    // The provider's side: plain keep-alive HTTP, as a real provider's client would be.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
    const viaApi = (i: number) =>
      new Promise<void>((resolve, reject) => {
        const body = JSON.stringify(samplePayload(i));
        const req = http.request(
          url,
          {
            method: 'POST',
            agent,
            headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              res.statusCode === 200
                ? resolve()
                : reject(new Error(`webhook answered ${res.statusCode}: ${Buffer.concat(chunks).toString()}`)),
            );
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    // The baseline signals exactly what the API would: the same event, mapped and validated once here.
    const engine = makeMappingEngine();
    const mapped = validateCallEvent(await engine.evaluate(preset.mappings.callLog, samplePayload(0), CTX), CTX);
    if (!mapped.event) throw new Error('bench sample does not validate');
    const event = toWire(mapped.event);
    const raw = async (i: number) => {
      const callKey = `raw-${i}-${crypto.randomBytes(4).toString('hex')}`;
      await api.temporal.workflow.signalWithStart(callLifecycle, {
        workflowId: `call:${connectorId}:${callKey}`,
        taskQueue: 'bench',
        args: [{ connectorId, callKey, sessionId: callKey }],
        signal: callEventSignal,
        signalArgs: [
          {
            eventId: callKey,
            kind: 'log',
            source: 'call-log',
            fields: { ...event, sessionId: callKey },
            mappingVersion: 1,
            receivedAt: new Date().toISOString(),
          },
        ],
      });
    };
    await pool(100, 8, viaApi);
    await pool(100, 8, raw);
    const results = [
      await compareIngest('sequential', 1, 300, viaApi, raw, sys.pids),
      await compareIngest('concurrent', 16, 600, viaApi, raw, sys.pids),
    ];
    agent.destroy();
    return results;
  } finally {
    await sys.close();
  }
}

async function main(): Promise<void> {
  // `npm run bench -- ingest` runs only the named benchmarks.
  const only = process.argv.slice(2);
  const benches: [string, () => Promise<Result | Result[]>][] = [
    ['mapping', benchMapping],
    ['ingest', benchIngest],
    ['popup', benchPopup],
    ['route', benchRoute],
    ['sandbox', benchSandbox],
  ];
  const results: Result[] = [];
  for (const [name, run] of benches) if (only.length === 0 || only.includes(name)) results.push(...[await run()].flat());
  const rows = results.map((r) =>
    [r.name, String(r.value), String(r.baseline), String(r.ratio), r.goal, r.extra ? JSON.stringify(r.extra) : ''].join(' | '),
  );
  process.stdout.write(['name | value | baseline | ratio | goal | extra', '--- | --- | --- | --- | --- | ---', ...rows].join('\n') + '\n');
  const out = path.join(ROOT, 'bench-results');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(
    path.join(out, 'latest.json'),
    JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, results }, null, 2),
  );
  process.exit(0);
}

void main();
