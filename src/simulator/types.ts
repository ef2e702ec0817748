/**
 * The simulator's data and public shapes: what it knows (state), what it records (journal, callbacks
 * sent), the neutral description of a call that every provider's webhooks are written from, and the
 * simulator's API. Types only, importing none of the simulator's code, so every module can use them
 * without an import circle. Provider ids are the preset ids of `src/providers/index.ts`.
 */
import type { IncomingHttpHeaders } from 'node:http';

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

export interface SimAgent {
  /** Ozonetel agentID / phoneName, uContact agent name, 8x8 agent. */
  id: string;
  name: string;
  phone: string;
  /** Ozonetel's AgentManualDial needs the agent logged in and ready. */
  loggedIn: boolean;
}

export interface RingingCall {
  provider: string;
  agentPhone: string;
  customerNumber: string;
  ucid: string;
  startedAt: Date;
  endsAt: Date;
}

/** A call the simulator placed, inbound (placeCalls) or outbound (a click-to-call). */
export interface SimCall {
  provider: string;
  id: string;
  direction: 'inbound' | 'outbound';
  customer: string;
  agentId: string;
  did: string;
  answered: boolean;
  startedAt: Date;
  /** The call as it ended (times, durations, who hung up), once it has: what a call record reports. */
  ended?: CallFacts;
}

export interface Fault {
  provider: string;
  op: string;
  delayMs: number;
  status: number | undefined;
  /** Handle the request at once, then hold its answer this long (0: answer at once). */
  lateAnswerMs: number;
  remaining: number;
}

export interface TransactionCode {
  list: string;
  short: string;
  desc: string;
}

export interface Disposition {
  guid: string;
  campaign: string;
  disposition: string;
  action: string;
  number: string;
  date?: string;
  alternative?: string;
  at: Date;
}

/**
 * What the simulated providers know. Plain mutable data so a test can set the scene directly
 * (`state.agents[1].loggedIn = true`, `state.dnd.push('9876543210')`); numbers may be written in any
 * form and are compared as numbers. `accounts` holds one account per provider, keyed by its id.
 */
export interface SimulatorState<Accounts = Record<string, object>> {
  accounts: Accounts;
  agents: SimAgent[];
  dids: string[];
  dnd: string[];
  ringing: RingingCall[];
  /** uContact session tokens → expiry (epoch ms). */
  tokens: Map<string, number>;
  /** uContact blacklist: E.164 number → campaign. */
  blacklist: Map<string, string>;
  calls: SimCall[];
  dispositions: Disposition[];
  faults: Fault[];
  /** Whether calls placed through the click-to-call APIs get answered. */
  outboundAnswered: boolean;
  /** 8x8 transaction codes an agent picks after an answered call. */
  transactionCodes: TransactionCode[];
  /** The pull APIs answer "max limit exceeded" past this many requests a minute per account. */
  pullLimitPerMinute: number;
}

/**
 * One call described once, neutrally; each provider writes its webhooks from it. `extra` is what one
 * provider's calls carry besides (8x8: the click-to-dial's userdata and transaction).
 */
export interface CallFacts<Extra = unknown> {
  provider: string;
  sessionId: string;
  direction: 'inbound' | 'outbound';
  /** E.164, as are the agent's phone and the DID. */
  customer: string;
  agent: { id: string; name: string; phone: string };
  did: string;
  campaign: string;
  answered: boolean;
  startedAt: Date;
  /** Seconds of ringing before the answer (or before the caller gave up). */
  ringSeconds: number;
  /** Seconds of conversation; 0 when missed. */
  talkSeconds: number;
  hangupBy: 'CustomerHangup' | 'AgentHangup';
  callerName: string;
  /** Empty in a first call log; a late update fills them. */
  notes: string;
  recordingUrl: string;
  extra?: Extra;
}

/** A request the simulator sends (a webhook or a provider's callback). */
export interface Outgoing {
  method: 'GET' | 'POST';
  url: string;
  contentType?: string;
  body?: string;
}

/** One request the simulator received, as it arrived, with the status it answered. */
export interface JournalEntry {
  /** The provider whose path it was, or `unknown`. */
  provider: string;
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
  /** Wait this long before handling the request (nothing has happened yet when it answers late). */
  delayMs?: number;
  /** Answer with this status instead of handling the request. */
  status?: number;
  /**
   * Handle the request at once (the call placed, the disposition recorded), then answer this long
   * later: longer than the caller waits, and the caller cannot know what happened. Not with `status`.
   */
  lateAnswerMs?: number;
  times?: number;
}

/** A callback the simulator itself posted (after a click-to-call), URL without its secret. */
export interface SentEntry {
  provider: string;
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

export interface PlaceCallsOptions<ProviderId extends string = string> {
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

/** The running simulator; `server.ts` exports it as `Simulator`, typed by the provider registry. */
export interface SimulatorOf<ProviderId extends string = string, Accounts = Record<string, object>> {
  url: string;
  seed: number;
  state: SimulatorState<Accounts>;
  journal: JournalEntry[];
  /** Callbacks the simulator posted on its own (call logs after click-to-calls). */
  sent: SentEntry[];
  /**
   * The next `times` requests of `op` answer late and/or with `status` without being handled, or are
   * handled and then answered late (`lateAnswerMs`). `op` is an operation name (`AgentManualDial`,
   * `click2call`, `make_call`, `AgentCall`, `getUserToken`, ...), one of the aliases
   * `click-to-call`, `pull`, `dids`, `token`, `disposition`, `blacklist`, `call-details`, or `*`.
   * `times: 0` removes the provider's faults for that op.
   */
  fault(provider: ProviderId, op: string, f: FaultSpec): void;
  /** uContact: invalidate every issued token now. */
  expireTokens(): void;
  /** A call ringing on an agent's phone, for the pull APIs (rings for 60 s unless removed). */
  ring(provider: ProviderId, opts: RingOptions): RingingCall;
  placeCalls(opts: PlaceCallsOptions<ProviderId>): Promise<SimulationSummary>;
  stop(): Promise<void>;
}
