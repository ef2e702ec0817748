/**
 * What the simulated providers know: accounts, agents, virtual numbers, the DND list, calls ringing
 * now, uContact tokens and blacklist, and injected faults. Plain mutable data so a test can set the
 * scene directly (`state.agents[1].loggedIn = true`, `state.dnd.push('9876543210')`); numbers may be
 * written in any form and are compared as numbers.
 */
import type { CallFacts } from './dialects';
import { sameNumber, toE164 } from './numbers';
import type { ProviderId } from './types';

export interface SimAgent {
  /** Ozonetel agentID / phoneName, uContact agent name, 8x8 agent. */
  id: string;
  name: string;
  phone: string;
  /** Ozonetel's AgentManualDial needs the agent logged in and ready. */
  loggedIn: boolean;
}

export interface RingingCall {
  provider: ProviderId;
  agentPhone: string;
  customerNumber: string;
  ucid: string;
  startedAt: Date;
  endsAt: Date;
}

/** A call the simulator placed, inbound (placeCalls) or outbound (a click-to-call). */
export interface SimCall {
  provider: ProviderId;
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
  provider: ProviderId;
  op: string;
  delayMs: number;
  status: number | undefined;
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

export interface SimulatorState {
  accounts: {
    ozonetel: { username: string; apiKey: string; callLogUrl?: string };
    mcc: { username: string; apiKey: string; callLogUrl?: string };
    /** The cookie, name and value, that an 8x8 agent session carries. */
    '8x8': { sessionCookie: string };
    ucontact: { user: string; password: string; callLogUrl?: string };
  };
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

/** Kept bounded so a long CLI run does not grow without end. */
export const MAX_CALLS_KEPT = 10_000;

export function defaultState(): SimulatorState {
  return {
    accounts: {
      ozonetel: { username: 'sim_user', apiKey: 'sim-ozonetel-key' },
      mcc: { username: 'sim_user', apiKey: 'sim-mcc-key' },
      '8x8': { sessionCookie: 'AGUISESSION=sim-8x8-session' },
      ucontact: { user: 'sim_admin', password: 'sim-ucontact-pass' },
    },
    agents: [1, 2, 3].map((n) => ({ id: `agent${n}`, name: `Agent ${n}`, phone: `+91990000000${n}`, loggedIn: n === 1 })),
    dids: ['+918040000001', '+918040000002', '+918040000003'],
    dnd: ['+919999999999'],
    ringing: [],
    tokens: new Map(),
    blacklist: new Map(),
    calls: [],
    dispositions: [],
    faults: [],
    outboundAnswered: true,
    transactionCodes: [
      { list: 'Sales', short: 'INT', desc: 'Interested' },
      { list: 'Sales', short: 'CB', desc: 'Call back later' },
      { list: 'Sales', short: 'NI', desc: 'Not interested' },
    ],
    pullLimitPerMinute: 600,
  };
}

export const findAgent = (s: SimulatorState, id: string | undefined): SimAgent | undefined =>
  id ? s.agents.find((a) => a.id === id) : undefined;

export const agentByPhone = (s: SimulatorState, phone: string): SimAgent | undefined => s.agents.find((a) => sameNumber(a.phone, phone));

/** The DID in E.164 when `raw` is one of the account's DIDs, in any number format. */
export function matchDid(s: SimulatorState, raw: string | undefined): string | undefined {
  const n = toE164(raw);
  return n ? s.dids.map(toE164).find((d) => d === n) ?? undefined : undefined;
}

export const isDnd = (s: SimulatorState, e164: string): boolean => s.dnd.some((d) => sameNumber(d, e164));

export function recordCall(s: SimulatorState, call: SimCall): void {
  s.calls.push(call);
  if (s.calls.length > MAX_CALLS_KEPT) s.calls.splice(0, s.calls.length - MAX_CALLS_KEPT);
}

/** Marks the recorded call with these facts' provider and id as ended with them. */
export function endCall(s: SimulatorState, facts: CallFacts): void {
  const call = s.calls.findLast((c) => c.provider === facts.provider && c.id === facts.sessionId);
  if (call) call.ended = { ...facts };
}

/** A recorded call of this provider that has ended, by its id; undefined while it rings or talks. */
export const endedCall = (s: SimulatorState, provider: ProviderId, id: string): CallFacts | undefined =>
  s.calls.findLast((c) => c.provider === provider && c.id === id)?.ended;

/** The call ringing now on this agent's phone for this provider, newest first; stale ones dropped. */
export function ringingFor(s: SimulatorState, provider: ProviderId, agentPhone: string): RingingCall | undefined {
  const now = Date.now();
  s.ringing = s.ringing.filter((r) => r.endsAt.getTime() > now);
  return s.ringing.filter((r) => r.provider === provider && sameNumber(r.agentPhone, agentPhone)).at(-1);
}

/** Consumes one use of the first fault that matches; undefined when none does. */
export function takeFault(s: SimulatorState, provider: ProviderId, ops: readonly string[]): Fault | undefined {
  const i = s.faults.findIndex((f) => f.provider === provider && (f.op === '*' || ops.includes(f.op)));
  const fault = s.faults[i];
  if (!fault) return undefined;
  fault.remaining -= 1;
  if (fault.remaining <= 0) s.faults.splice(i, 1);
  return fault;
}
