/**
 * startSimulator: one loopback HTTP server playing the provider side of every provider in the
 * registry (`providers/index.ts`), each under `/<preset id>/`, plus the call placer that sends
 * their events to Patchcord.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { makeLogger, type Logger } from '../logger';
import { placeCalls } from './calls';
import { makeTimers } from './context';
import { makeRequestHandler } from './http-kit';
import type { SimContext } from './provider-types';
import {
  defaultAccounts,
  findSimulatedProvider,
  SIMULATED_PROVIDER_IDS,
  SIMULATED_PROVIDERS,
  type SimulatedAccounts,
  type SimulatedProviderId,
} from './providers';
import { makeIds, makeRng } from './random';
import { makeSender } from './sender';
import { defaultState } from './state';
import type { JournalEntry, RingingCall, SentEntry, SimulatorOf, SimulatorOptions } from './types';

export type * from './types';
export type { SimulatedAccounts, SimulatedProviderId } from './providers';

/** The running simulator, typed by the provider registry. */
export type Simulator = SimulatorOf<SimulatedProviderId, SimulatedAccounts>;

/** The simulator answers with test credentials and checks nothing real: never reachable from outside. */
const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|localhost)$/;

const optionsSchema = z.object({
  port: z.number().int().min(0).max(65535).default(0),
  host: z.string().regex(LOOPBACK, 'the simulator listens on loopback only').default('127.0.0.1'),
  seed: z.number().int().optional(),
  speed: z.number().min(0).max(1000).default(1),
  tokenTtlSeconds: z.number().int().min(1).max(86_400).default(600),
});

function listen(server: http.Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server.address() as AddressInfo));
  });
}

export async function startSimulator(
  opts: SimulatorOptions = {},
  logger: Logger = makeLogger(process.env.LOG_LEVEL ?? 'warn', 'simulator'),
): Promise<Simulator> {
  const o = optionsSchema.parse(opts);
  const seed = o.seed ?? Date.now() % 2_147_483_647;
  const state = defaultState(defaultAccounts());
  const journal: JournalEntry[] = [];
  const sent: SentEntry[] = [];
  const timers = makeTimers();
  const sender = makeSender();
  const tasks = new Set<Promise<void>>();
  let runs = 0;
  let stopping: Promise<void> | undefined;

  const ctx: SimContext = {
    state,
    rng: makeRng(seed),
    ids: makeIds(),
    speed: o.speed,
    tokenTtlSeconds: o.tokenTtlSeconds,
    logger,
    sender,
    sent,
    sleep: (ms) => timers.sleep(ms),
    wait: (seconds) => timers.sleep(seconds * 1000 * o.speed),
    background(task) {
      const p = task()
        .catch((err: unknown) => logger.error({ err }, 'simulator background task failed'))
        .finally(() => tasks.delete(p));
      tasks.add(p);
    },
    get stopped() {
      return timers.stopped;
    },
  };

  const routes = SIMULATED_PROVIDERS.flatMap((p) => p.routes(ctx));
  const handle = makeRequestHandler({ routes, providerIds: SIMULATED_PROVIDER_IDS, state, journal, sleep: ctx.sleep, logger });
  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      logger.error({ err }, 'simulator request failed');
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  const address = await listen(server, o.port, o.host);
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}`,
    seed,
    state,
    journal,
    sent,
    fault(provider, op, f) {
      if (!findSimulatedProvider(provider)) throw new Error(`Unknown provider ${String(provider)}`);
      const times = f.times ?? 1;
      if (times <= 0) {
        state.faults = state.faults.filter((x) => !(x.provider === provider && x.op === op));
        return;
      }
      if (f.status !== undefined && f.lateAnswerMs !== undefined)
        throw new Error('A fault either answers with a status instead of handling, or handles and answers late: not both');
      state.faults.push({
        provider,
        op,
        delayMs: Math.max(0, f.delayMs ?? 0),
        status: f.status,
        lateAnswerMs: Math.max(0, f.lateAnswerMs ?? 0),
        remaining: times,
      });
    },
    expireTokens() {
      state.tokens.clear();
    },
    ring(provider, { agentPhone, customerNumber, ucid }) {
      const simulated = findSimulatedProvider(provider);
      if (!simulated) throw new Error(`Unknown provider ${String(provider)}`);
      const call: RingingCall = {
        provider,
        agentPhone,
        customerNumber,
        ucid: ucid ?? simulated.inbound.callId(ctx.ids),
        startedAt: new Date(),
        endsAt: new Date(Date.now() + 60_000),
      };
      state.ringing.push(call);
      return call;
    },
    // Each run gets its own generator from the seed, so run n of a seed is the same mix every time.
    placeCalls: (p) => placeCalls(ctx, SIMULATED_PROVIDERS, seed + 7919 * ++runs, p),
    stop() {
      stopping ??= (async () => {
        timers.stop();
        sender.stop();
        await Promise.allSettled([...tasks]);
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      })();
      return stopping;
    },
  };
}
