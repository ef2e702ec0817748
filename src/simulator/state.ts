/**
 * The simulated providers' shared state (`SimulatorState` in `types.ts`): its starting scene and the
 * lookups and updates the provider modules and the call placer make on it.
 */
import { sameNumber, toE164 } from './numbers';
import type { CallFacts, Fault, RingingCall, SimAgent, SimCall, SimulatorState } from './types';

/** Kept bounded so a long CLI run does not grow without end. */
export const MAX_CALLS_KEPT = 10_000;

/** The starting scene; `accounts` holds each provider's account by its id. */
export function defaultState<Accounts>(accounts: Accounts): SimulatorState<Accounts> {
  return {
    accounts,
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
  return n ? (s.dids.map(toE164).find((d) => d === n) ?? undefined) : undefined;
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
export const endedCall = (s: SimulatorState, provider: string, id: string): CallFacts | undefined =>
  s.calls.findLast((c) => c.provider === provider && c.id === id)?.ended;

/** The call ringing now on this agent's phone for this provider, newest first; stale ones dropped. */
export function ringingFor(s: SimulatorState, provider: string, agentPhone: string): RingingCall | undefined {
  const now = Date.now();
  s.ringing = s.ringing.filter((r) => r.endsAt.getTime() > now);
  return s.ringing.filter((r) => r.provider === provider && sameNumber(r.agentPhone, agentPhone)).at(-1);
}

/** Consumes one use of the first fault that matches; undefined when none does. */
export function takeFault(s: SimulatorState, provider: string, ops: readonly string[]): Fault | undefined {
  const i = s.faults.findIndex((f) => f.provider === provider && (f.op === '*' || ops.includes(f.op)));
  const fault = s.faults[i];
  if (!fault) return undefined;
  fault.remaining -= 1;
  if (fault.remaining <= 0) s.faults.splice(i, 1);
  return fault;
}
