/**
 * Deciding what each simulated inbound call will be before any of them starts: caller, agent, DID,
 * answered or missed, durations, duplicates and late updates. Drawn in order from one seeded
 * generator, so a seed gives the same mix however the calls later overlap.
 */
import { z } from 'zod';
import { drawDurations, recordingUrl, type Durations } from './context';
import { randomIndianMobile, toE164, national } from './numbers';
import type { Rng, SimContext, SimulatedProvider } from './provider-types';
import type { CallFacts, PlaceCallsOptions } from './types';

const ratio = z.number().min(0).max(1);

/** `placeCalls` options for one of these providers. */
export const placeCallsSchema = (providerIds: readonly [string, ...string[]]) =>
  z.object({
    provider: z.enum(providerIds),
    calls: z.number().int().min(0).max(1_000_000),
    ratePerSecond: z.number().positive().max(100_000).default(2),
    webhooks: z.object({ route: z.url().optional(), popup: z.url().optional(), callEvent: z.url().optional(), callLog: z.url() }),
    callers: z.array(z.string()).max(1_000_000).optional(),
    agents: z
      .array(z.object({ phone: z.string(), agentId: z.string().optional() }))
      .max(10_000)
      .optional(),
    answeredRatio: ratio.default(0.7),
    duplicateRatio: ratio.default(0.1),
    lateUpdateRatio: ratio.default(0.1),
  });

export type PlaceCallsInput = z.infer<ReturnType<typeof placeCallsSchema>>;

export type PlannedAgent = CallFacts['agent'];

export interface PlannedCall {
  facts: CallFacts;
  durations: Durations;
  duplicate: boolean;
  lateUpdate: boolean;
  /** The agent's notes that the late update carries. */
  lateNotes: string;
  /** Simulated seconds. */
  popupDelay: number;
  logDelay: number;
  duplicateDelay: number;
  lateDelay: number;
}

const CALLER_NAMES = ['Rakesh', 'Priya Sharma', 'Anil Kumar', 'Deepa', 'Mohammed Irfan', 'Lakshmi Iyer', 'Suresh Reddy'];
const LATE_NOTES = [
  'Enquired about product',
  'Asked for a callback tomorrow',
  'Wants the price list by email',
  'Interested in the premium plan',
];

/** The agents calls go to: those given (matched to the simulator's own by phone), else the simulator's. */
export function plannedAgents(ctx: SimContext, given: PlaceCallsOptions['agents']): PlannedAgent[] {
  const own = ctx.state.agents.map((a) => ({ id: a.id, name: a.name, phone: toE164(a.phone) ?? a.phone }));
  if (!given?.length) return own;
  return given.flatMap((g) => {
    const phone = toE164(g.phone);
    if (!phone) return [];
    const known = own.find((a) => a.phone === phone);
    const id = g.agentId ?? known?.id ?? national(phone);
    return [{ id, name: known?.name ?? id, phone }];
  });
}

export function planCall(
  ctx: SimContext,
  provider: SimulatedProvider,
  rng: Rng,
  o: PlaceCallsInput,
  callers: string[],
  agents: PlannedAgent[],
): PlannedCall {
  const customer = callers.length ? rng.pick(callers) : randomIndianMobile(rng);
  const agent = rng.pick(agents);
  const did = toE164(rng.pick(ctx.state.dids)) ?? '';
  const answered = rng.chance(o.answeredRatio);
  const durations = drawDurations(rng, answered);
  const duplicate = rng.chance(o.duplicateRatio);
  const lateUpdate = answered && rng.chance(o.lateUpdateRatio);
  const sessionId = provider.inbound.callId(ctx.ids);
  const facts: CallFacts = {
    provider: provider.id,
    sessionId,
    direction: 'inbound',
    customer,
    agent,
    did,
    campaign: provider.inbound.campaign?.(did) ?? '',
    answered,
    startedAt: new Date(),
    ringSeconds: durations.ringSeconds,
    talkSeconds: durations.talkSeconds,
    hangupBy: rng.chance(0.6) ? 'CustomerHangup' : 'AgentHangup',
    callerName: rng.chance(0.5) ? rng.pick(CALLER_NAMES) : '',
    notes: '',
    // A late update is the provider sending the recording once it is ready.
    recordingUrl: answered && !lateUpdate ? recordingUrl(provider.id, sessionId) : '',
  };
  const extra = provider.inbound.extra?.(facts, { rng, ids: ctx.ids, state: ctx.state, webhooks: o.webhooks });
  if (extra !== undefined) facts.extra = extra;
  return {
    facts,
    durations,
    duplicate,
    lateUpdate,
    lateNotes: lateUpdate ? rng.pick(LATE_NOTES) : '',
    popupDelay: rng.between(0.1, 0.5),
    logDelay: rng.between(0.2, 1),
    duplicateDelay: rng.between(0, 0.3),
    lateDelay: rng.between(0.8, 1.5),
  };
}

/** What a late call log adds: the agent's notes and the recording. */
export function lateVersion(c: CallFacts, notes: string): CallFacts {
  return { ...c, notes, recordingUrl: recordingUrl(c.provider, c.sessionId) };
}
