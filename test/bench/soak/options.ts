/**
 * The soak's command line and the plan it implies: how many calls, how long each fault lasts, how
 * long the whole run may take before the hard deadline stops everything.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';

export const USAGE = `Usage: npm run soak -- [options]

  --calls <n>           calls to place, inbound and click-to-call together (default 250; --quick 60)
  --quick               a smoke run of a few minutes: fewer calls, every fault shortened
  --max-rate <n>        calls per second at most; more calls stretch the run instead (default 2)
  --outbound-timeout <ms>  Patchcord's OUTBOUND_TIMEOUT_MS for the run (default 2000)
  --no-provider-retry   the simulated providers send each call log once, not again after a 5xx
  --seed <n>            the simulator's seed (default from the clock)
  --deadline-minutes <n>  hard limit on the whole run (default: from the plan)
  --keep                keep the temporary data folder (FerretDB, Temporal) afterwards
  --help                this text

Writes bench-results/soak.json and the processes' logs to bench-results/soak-logs/.
Exit code 0 only when no call was lost, duplicated or dialled twice and no failed step is left.
`;

const argsSchema = z.object({
  calls: z.coerce.number().int().min(4).max(100_000).optional(),
  quick: z.boolean().default(false),
  'max-rate': z.coerce.number().positive().max(1000).default(2),
  'outbound-timeout': z.coerce.number().int().min(200).max(60_000).default(2000),
  'no-provider-retry': z.boolean().default(false),
  seed: z.coerce.number().int().optional(),
  'deadline-minutes': z.coerce
    .number()
    .positive()
    .max(24 * 60)
    .optional(),
  keep: z.boolean().default(false),
});

export interface FaultDurations {
  /** How long the worker stays dead after its SIGKILL before it is started again. */
  workerDownMs: number;
  dbDownMs: number;
  provider5xxMs: number;
  temporalDownMs: number;
  slowProviderMs: number;
}

export interface SoakOptions {
  calls: number;
  quick: boolean;
  maxRate: number;
  outboundTimeoutMs: number;
  providerRetry: boolean;
  seed: number | undefined;
  keep: boolean;
  faults: FaultDurations;
  /** Traffic before the first fault and between faults. */
  warmupMs: number;
  gapMs: number;
  /** Waits for the last calls to land, before and after the ops retry of failed steps. */
  settleMs: number;
  deadlineMs: number;
}

const FULL: FaultDurations = {
  workerDownMs: 15_000,
  dbDownMs: 30_000,
  provider5xxMs: 120_000,
  temporalDownMs: 5_000,
  slowProviderMs: 60_000,
};
/** --quick: every fault a quarter as long (the 5xx window 30 s instead of 2 minutes). */
const QUICK_SCALE = 0.25;

/** Roughly what the faults themselves take, restarts included, to pace the traffic around them. */
export function scheduleMs(o: Pick<SoakOptions, 'faults' | 'warmupMs' | 'gapMs'>, restartAllowanceMs: number): number {
  const f = o.faults;
  const faultsMs = f.workerDownMs + restartAllowanceMs + f.dbDownMs + f.provider5xxMs + f.temporalDownMs + f.slowProviderMs;
  return o.warmupMs + faultsMs + 5 * o.gapMs;
}

export type Parsed = { help: true } | { help: false; options: SoakOptions } | { help: false; error: string };

export function parseOptions(argv: string[]): Parsed {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        calls: { type: 'string' },
        quick: { type: 'boolean' },
        'max-rate': { type: 'string' },
        'outbound-timeout': { type: 'string' },
        'no-provider-retry': { type: 'boolean' },
        seed: { type: 'string' },
        'deadline-minutes': { type: 'string' },
        keep: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (err) {
    return { help: false, error: err instanceof Error ? err.message : String(err) };
  }
  if (values.help) return { help: true };
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) return { help: false, error: parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n') };
  const a = parsed.data;
  const scale = a.quick ? QUICK_SCALE : 1;
  const faults = Object.fromEntries(Object.entries(FULL).map(([k, v]) => [k, Math.round(v * scale)])) as unknown as FaultDurations;
  const calls = a.calls ?? (a.quick ? 60 : 250);
  const warmupMs = a.quick ? 10_000 : 20_000;
  let gapMs = a.quick ? 8_000 : 20_000;
  // More calls than the fault schedule holds at the highest rate: longer gaps between faults.
  const restartAllowanceMs = a.quick ? 25_000 : 35_000;
  const atMaxRateMs = (calls / a['max-rate']) * 1000;
  const planned = scheduleMs({ faults, warmupMs, gapMs }, restartAllowanceMs);
  if (atMaxRateMs > planned) gapMs += (atMaxRateMs - planned) / 5;
  const settleMs = a.quick ? 60_000 : 120_000;
  const setupMs = 180_000;
  const plannedTotal = setupMs + scheduleMs({ faults, warmupMs, gapMs }, restartAllowanceMs) + 2 * settleMs;
  const deadlineMs = a['deadline-minutes'] !== undefined ? a['deadline-minutes'] * 60_000 : Math.round(plannedTotal * 1.4);
  return {
    help: false,
    options: {
      calls,
      quick: a.quick,
      maxRate: a['max-rate'],
      outboundTimeoutMs: a['outbound-timeout'],
      providerRetry: !a['no-provider-retry'],
      seed: a.seed,
      keep: a.keep,
      faults,
      warmupMs,
      gapMs: Math.round(gapMs),
      settleMs,
      deadlineMs,
    },
  };
}
