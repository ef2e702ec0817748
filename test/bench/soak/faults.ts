/**
 * The faults, one after another, each recorded with when it started and how long it lasted:
 * the worker SIGKILLed (and started again), the database stopped (and started again on the same port
 * and data folder), every simulated provider answering 503, the Temporal dev server restarted (its
 * SQLite file keeps the state), and click-to-calls answered later than Patchcord's outbound timeout.
 */
import type { Simulator } from '../../../src/simulator/server';
import type { FaultDurations } from './options';
import { PROVIDERS } from './patchcord';
import type { PatchcordProcess, Service } from './processes';

export interface FaultRecord {
  fault: string;
  description: string;
  startedAt: string;
  /** Epoch ms, for attributing calls to the fault. */
  startMs: number;
  endMs: number;
  durationMs: number;
  /** What went wrong while injecting or clearing it (a restart that failed, ...). */
  errors: string[];
}

export interface FaultDeps {
  sim: Simulator;
  worker: PatchcordProcess;
  ferretdb: Service;
  temporal: Service;
  durations: FaultDurations;
  outboundTimeoutMs: number;
  /** Raises the share of click-to-calls while the slow provider lasts. */
  setClickToCallShare: (share: number) => void;
  log: (line: string) => void;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export interface Fault {
  name: string;
  description: string;
  /** Roughly how long it takes, for pacing the traffic. */
  plannedMs: number;
  run: (errors: string[]) => Promise<void>;
}

export function makeFaults(d: FaultDeps, restartAllowanceMs: number): Fault[] {
  const f = d.durations;
  const attempt = async (errors: string[], what: string, action: () => Promise<void>) => {
    try {
      await action();
    } catch (err) {
      const message = `${what}: ${err instanceof Error ? err.message : String(err)}`;
      errors.push(message);
      d.log(`fault error: ${message}`);
    }
  };
  const slowMs = d.outboundTimeoutMs + 1500;
  return [
    {
      name: 'worker-sigkill',
      description: `worker SIGKILLed, started again ${f.workerDownMs / 1000} s later`,
      plannedMs: f.workerDownMs + restartAllowanceMs,
      run: async (errors) => {
        await d.worker.kill();
        await sleep(f.workerDownMs);
        await attempt(errors, 'worker restart', () => d.worker.start());
      },
    },
    {
      name: 'database-down',
      description: `FerretDB stopped for ${f.dbDownMs / 1000} s, then started on the same port and data folder`,
      plannedMs: f.dbDownMs + 3000,
      run: async (errors) => {
        await d.ferretdb.stop();
        await sleep(f.dbDownMs);
        await attempt(errors, 'FerretDB restart', () => d.ferretdb.start());
      },
    },
    {
      name: 'provider-5xx',
      description: `every simulated provider answers 503 for ${f.provider5xxMs / 1000} s`,
      plannedMs: f.provider5xxMs,
      run: async () => {
        for (const p of PROVIDERS) d.sim.fault(p, '*', { status: 503, times: Infinity });
        await sleep(f.provider5xxMs);
        for (const p of PROVIDERS) d.sim.fault(p, '*', { times: 0 });
      },
    },
    {
      name: 'temporal-restart',
      description: `Temporal dev server stopped, started again ${f.temporalDownMs / 1000} s later on the same port and database file`,
      plannedMs: f.temporalDownMs + 5000,
      run: async (errors) => {
        await d.temporal.stop();
        await sleep(f.temporalDownMs);
        await attempt(errors, 'Temporal restart', () => d.temporal.start());
      },
    },
    {
      name: 'slow-provider',
      description: `click-to-calls answered after ${slowMs} ms (Patchcord's outbound timeout: ${d.outboundTimeoutMs} ms) for ${f.slowProviderMs / 1000} s`,
      plannedMs: f.slowProviderMs,
      run: async () => {
        d.setClickToCallShare(0.5);
        for (const p of PROVIDERS) d.sim.fault(p, 'click-to-call', { delayMs: slowMs, times: Infinity });
        await sleep(f.slowProviderMs);
        for (const p of PROVIDERS) d.sim.fault(p, 'click-to-call', { times: 0 });
        d.setClickToCallShare(0.2);
      },
    },
  ];
}

/** Runs the faults in order with traffic-only gaps around them; `endsAt` says when the schedule should end. */
export async function runFaults(faults: Fault[], o: { warmupMs: number; gapMs: number; log: (line: string) => void }) {
  const records: FaultRecord[] = [];
  let endsAt = Date.now() + o.warmupMs + faults.reduce((s, f) => s + f.plannedMs + o.gapMs, 0);
  const schedule = { endsAt: () => endsAt };
  const done = (async () => {
    await sleep(o.warmupMs);
    for (const [i, fault] of faults.entries()) {
      const errors: string[] = [];
      const startMs = Date.now();
      o.log(`fault ${i + 1}/${faults.length}: ${fault.name}: ${fault.description}`);
      await fault.run(errors);
      const endMs = Date.now();
      records.push({
        fault: fault.name,
        description: fault.description,
        startedAt: new Date(startMs).toISOString(),
        startMs,
        endMs,
        durationMs: endMs - startMs,
        errors,
      });
      o.log(`fault ${fault.name} over after ${((endMs - startMs) / 1000).toFixed(1)} s${errors.length ? ` (${errors.join('; ')})` : ''}`);
      // What is left of the schedule, from now.
      endsAt = Date.now() + faults.slice(i + 1).reduce((s, f) => s + f.plannedMs + o.gapMs, 0) + o.gapMs;
      await sleep(o.gapMs);
    }
    return records;
  })();
  return { schedule, done };
}
