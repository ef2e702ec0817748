/**
 * What a simulated provider is made of and what it is given: its HTTP API (routes), how it writes
 * the webhooks it sends (its dialect), how it numbers and describes the calls it places, and the
 * context its handlers run in. Types only, importing none of the simulator's code.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Logger } from '../logger';
import type { CallFacts, Outgoing, SentEntry, SimulatorState, WebhookUrls } from './types';

/** A seeded pseudo-random source (`random.ts`). */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  /** Number in [min, max). */
  between(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  digits(n: number): string;
}

/** Provider-style call ids (`random.ts`). */
export interface Ids {
  /** Ozonetel UCID: 16 digits. */
  ucid(): string;
  /** The seed's CallSessionId: 21 digits with a leading zero. */
  sessionId(): string;
  /** uContact (Asterisk) unique id: epoch seconds, a dot, a sequence. */
  guid(): string;
  /** 8x8 transaction id: digits. */
  transactionId(): string;
}

export interface SendResult {
  /** 0 when no HTTP answer came. */
  status: number;
  body: string;
  ms: number;
}

export interface Sender {
  send(out: Outgoing): Promise<SendResult>;
  stop(): void;
}

/** What the provider modules and the call placer share. */
export interface SimContext {
  state: SimulatorState;
  rng: Rng;
  ids: Ids;
  speed: number;
  tokenTtlSeconds: number;
  logger: Logger;
  sender: Sender;
  sent: SentEntry[];
  /** Real milliseconds; resolves at once when the simulator stops. */
  sleep: (ms: number) => Promise<void>;
  /** Simulated seconds, scaled by speed. */
  wait: (seconds: number) => Promise<void>;
  /** Work that outlives the request that started it (a call being "placed"); errors are logged. */
  background: (task: () => Promise<void>) => void;
  readonly stopped: boolean;
}

/** The context a provider's API handlers get: the shared one, bound to that provider. */
export interface ProviderContext<Account, Extra> extends SimContext {
  /** The provider's id (its preset id). */
  readonly id: string;
  /** The provider's account in `state.accounts`, read anew on every call (a test may replace it). */
  account(): Account;
  /**
   * After a successful click-to-call: records the call, lets it ring, be answered (or not, per
   * `state.outboundAnswered`) and end, then sends its call log (this provider's dialect) to `callLogUrl`.
   */
  placeOutboundCall(dial: OutboundDial<Extra>, callLogUrl: string | undefined): void;
}

/** What a provider's click-to-call decides; `placeOutboundCall` fills in the rest of the call's facts. */
export interface OutboundDial<Extra = unknown> {
  sessionId: string;
  /** E.164. */
  customer: string;
  agent: { id: string; name: string; phone: string };
  did: string;
  campaign: string;
  /** Who hangs up an answered call (default: the agent). */
  hangupBy?: CallFacts['hangupBy'];
  extra?: Extra;
}

export interface SimRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: string;
  /** Query, form and JSON fields merged; a body field wins over a query field of the same name. */
  params: Record<string, string>;
}

export interface SimReply {
  status: number;
  contentType: string;
  body: string;
}

/** One operation of a provider's API. */
export interface ProviderRoute {
  /** Exact path below the provider's prefix (`CAServices/AgentManualDial.php`). */
  path: string;
  /** The operation's name first, then the aliases a fault may name it by. */
  ops: readonly string[];
  /** Default GET and POST. */
  methods?: readonly string[];
  handle(req: SimRequest): SimReply | Promise<SimReply>;
}

/** A route as the server serves it: the full path (`/<provider id>/<path>`) and its provider. */
export interface SimRoute extends ProviderRoute {
  provider: string;
}

/** How a provider writes what it sends to Patchcord about a call, byte for byte. */
export interface ProviderWebhooks<Extra> {
  /** Whether its calls pass an IVR that asks Patchcord's route webhook. */
  asksRoute: boolean;
  popup?(c: CallFacts<Extra>, url: string): Outgoing;
  callEvent?(c: CallFacts<Extra>, kind: 'answered' | 'hangup', url: string): Outgoing;
  /** `url` is Patchcord's call-log URL; a provider may post elsewhere (8x8: the URL in its userdata), or nothing. */
  callLog(c: CallFacts<Extra>, url: string): Outgoing | null;
}

/** What the call placer may draw on to describe a provider's inbound call. */
export interface InboundDraw {
  /** The run's seeded generator: draws happen in a fixed order, so use it only as documented. */
  rng: Rng;
  ids: Ids;
  state: SimulatorState;
  webhooks: WebhookUrls;
}

/** How a provider numbers and labels the inbound calls `placeCalls` places. */
export interface ProviderInbound<Extra> {
  /** A new call's session id, as the provider writes it. */
  callId(ids: Ids): string;
  /** The campaign its calls report for a DID; default empty. */
  campaign?(did: string): string;
  /** What its calls carry besides the neutral facts; drawn after every other choice of the call. */
  extra?(facts: CallFacts, draw: InboundDraw): Extra;
}

/** A simulated provider as its module declares it (`defineSimulatedProvider`). */
export interface SimulatedProviderSpec<Id extends string, Account extends object, Extra> {
  /** Its preset id in `src/providers/index.ts`; its API is served under `/<id>/`. */
  id: Id;
  /** As people write it, for help texts. */
  name: string;
  /** The account it starts with, kept in `state.accounts[id]`. */
  account(): Account;
  /** The preset's provider settings (credentials form) that point a connector at this simulated API. */
  credentials(account: Account, baseUrl: string): Record<string, string>;
  /** Its HTTP API. */
  api(ctx: ProviderContext<Account, Extra>): ProviderRoute[];
  inbound: ProviderInbound<Extra>;
  webhooks: ProviderWebhooks<Extra>;
  /** Where its own call logs (after click-to-calls) go, when the account holds that URL: `placeCalls` sets it to Patchcord's. */
  setCallLogUrl?(account: Account, url: string): void;
}

/** A simulated provider as the shared code sees it: its account's type kept for `state.accounts`, the rest untyped. */
export interface SimulatedProvider<Id extends string = string, Account extends object = object> {
  readonly id: Id;
  readonly name: string;
  account(): Account;
  credentials(accounts: Record<string, object>, baseUrl: string): Record<string, string>;
  /** Its routes with full paths. */
  routes(ctx: SimContext): SimRoute[];
  inbound: ProviderInbound<unknown>;
  webhooks: ProviderWebhooks<unknown>;
  setCallLogUrl(accounts: Record<string, object>, url: string): void;
}
