/**
 * The simulator's public shapes. Other modules (integration tests, the CLI, benchmarks) import these
 * names, so they change only together with their callers.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { SimulatorState, RingingCall } from './state';

export const PROVIDER_IDS = ['ozonetel', 'mcc', '8x8', 'ucontact'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export interface SimulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Loopback only: the simulator has test credentials and no real authentication. */
  host?: string;
  /** Seeds every random choice (callers, agents, answered or not, delays); default from the clock. */
  seed?: number;
  /** Multiplies every simulated delay: 1 is real time, 0.1 ten times faster, 0 no waiting (tests). */
  speed?: number;
  /** Lifetime of uContact session tokens; default 600. */
  tokenTtlSeconds?: number;
}

/** One request the simulator received, as it arrived, with the status it answered. */
export interface JournalEntry {
  provider: ProviderId | 'unknown';
  /** The operation's name, e.g. `AgentManualDial`, `make_call`, `AgentCall`. */
  op: string;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: string;
  /** Query, form and JSON body fields merged (the body wins), as the handler read them. */
  params: Record<string, string>;
  status: number;
  response: string;
  /** Set when an injected fault shaped the answer. */
  fault?: boolean;
  at: Date;
}

/** What `fault()` does to the next matching requests; `times` defaults to 1 (use Infinity for "always"). */
export interface FaultSpec {
  delayMs?: number;
  status?: number;
  times?: number;
}

/** A callback the simulator itself posted (after a click-to-call), URL without its secret. */
export interface SentEntry {
  provider: ProviderId;
  kind: string;
  url: string;
  status: number;
  at: Date;
}

export interface RingOptions {
  agentPhone: string;
  customerNumber: string;
  ucid?: string;
}

export interface WebhookUrls {
  route?: string;
  popup?: string;
  callEvent?: string;
  callLog: string;
}

export interface SimAgentRef {
  phone: string;
  agentId?: string;
}

export interface PlaceCallsProgress {
  /** Calls started so far. */
  placed: number;
  total: number;
  /** Calls whose every request has been answered (or failed). */
  done: number;
  sent: number;
  failed: number;
}

export interface PlaceCallsOptions {
  provider: ProviderId;
  calls: number;
  /** Calls started per second of simulated time (so `speed` scales it too); default 2. */
  ratePerSecond?: number;
  /** Patchcord's URLs. They embed a secret: never print them whole (see `redactUrl`). */
  webhooks: WebhookUrls;
  /** Customer numbers to call from (e.g. existing leads); default random Indian mobiles. */
  callers?: string[];
  /** Default the simulator's agents. */
  agents?: SimAgentRef[];
  /** Default 0.7; the rest are missed. */
  answeredRatio?: number;
  /** Default 0.1: the call log is sent twice, byte-identical. */
  duplicateRatio?: number;
  /** Default 0.1 of the answered calls: a second call log later with notes and a recording URL. */
  lateUpdateRatio?: number;
  onProgress?: (p: PlaceCallsProgress) => void;
}

export interface RequestStats {
  sent: number;
  ok: number;
  failed: number;
  p50Ms: number;
  p99Ms: number;
}

export interface SimulationFailure {
  kind: string;
  /** 0 when no HTTP answer came (connection refused, timeout). */
  status: number;
  body: string;
}

export interface SimulationSummary {
  calls: number;
  answered: number;
  missed: number;
  /** By request kind: route, popup, callEvent, callLog, callLogDuplicate, callLogUpdate. */
  requests: Record<string, RequestStats>;
  /** The first 20. */
  failures: SimulationFailure[];
  elapsedMs: number;
}

export interface Simulator {
  url: string;
  seed: number;
  state: SimulatorState;
  journal: JournalEntry[];
  /** Callbacks the simulator posted on its own (call logs after click-to-calls). */
  sent: SentEntry[];
  /**
   * The next `times` requests of `op` answer late and/or with `status`. `op` is an operation name
   * (`AgentManualDial`, `click2call`, `make_call`, `AgentCall`, `getUserToken`, ...), one of the
   * aliases `click-to-call`, `pull`, `dids`, `token`, `disposition`, `blacklist`, or `*`.
   * `times: 0` removes the provider's faults for that op.
   */
  fault(provider: ProviderId, op: string, f: FaultSpec): void;
  /** uContact: invalidate every issued token now. */
  expireTokens(): void;
  /** A call ringing on an agent's phone, for the pull APIs (rings for 60 s unless removed). */
  ring(provider: ProviderId, opts: RingOptions): RingingCall;
  placeCalls(opts: PlaceCallsOptions): Promise<SimulationSummary>;
  stop(): Promise<void>;
}
