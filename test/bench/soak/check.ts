/**
 * After the run: every call the simulator placed against what Patchcord made of it. A call is lost
 * when Patchcord accepted its call log (a 2xx through the relay) and no activity came of it;
 * rejected when every delivery of its log was refused (the provider knows, and gave up after its
 * retries); duplicated when more than one activity stands for it. Its one activity must carry the
 * simulator's facts: the customer's number, answered or not, the talk time and the agent. Each
 * click-to-call must have been dialled once; each disposition pushed to the dialer once.
 */
import type { SimCall } from '../../../src/simulator/server';
import type { FaultRecord } from './faults';
import type { SoakConnector, SoakAgent } from './patchcord';
import type { Delivery } from './proxy';
import { DIAL_OPS, patchcordSessionOf, type TappedCall } from './tap';
import type { ClickToCall, DispositionRecord } from './traffic';
import type { JournalEntry } from '../../../src/simulator/server';

/** An ObjectId as the activity query returns it, or its string. */
type Id = string | { toString(): string };

export interface ActivityView {
  _id: string;
  connectorId: Id;
  workflowId: string;
  sessionId?: string | null;
  sourceNumber?: string;
  destinationNumber?: string;
  status?: string | null;
  durationSeconds?: number;
  agentId?: Id | null;
}

export type CallVerdict = 'ok' | 'lost' | 'rejected' | 'undelivered' | 'duplicated';

export interface CallCheck {
  key: string;
  provider: string;
  direction: 'inbound' | 'outbound';
  from: number;
  to: number;
  verdict: CallVerdict;
  activities: number;
  wrongFields: string[];
}

const FIELD_EXAMPLES = 5;
const national = (e164: string): string => e164.replace(/\D/g, '').slice(-10);
/** The click-to-calls' numbers as they appear in a dial request, whatever the provider's number format. */
const CLICK_TO_CALL_NATIONAL = /70000\d{5}/g;

/**
 * The session ids an activity of this call may carry: the provider's call id, Patchcord's own session
 * of an 8x8 click-to-dial, and that of a click-to-call dialled once (one dialled twice shares it
 * between its calls, which would make each of them look duplicated).
 */
function expectedKeys(call: SimCall, click: ClickToCall | undefined, dials: number): Set<string> {
  const keys = new Set([call.id]);
  const session = patchcordSessionOf(call);
  if (session) keys.add(session);
  if (click?.callSessionId && dials === 1) keys.add(click.callSessionId);
  return keys;
}

/** `clicker`: the agent who clicked to call, who owns an outbound call whatever agent the provider's session names. */
function wrongFields(call: SimCall, a: ActivityView, agents: SoakAgent[], clicker: string | undefined): string[] {
  const facts = call.ended;
  if (!facts) return ['not ended'];
  const wrong: string[] = [];
  if (a.sourceNumber !== facts.customer && a.destinationNumber !== facts.customer) wrong.push('number');
  if (facts.answered !== (a.status === 'Answered')) wrong.push('status');
  const talk = facts.answered ? facts.talkSeconds : 0;
  if (Math.abs((a.durationSeconds ?? 0) - talk) > 1) wrong.push('duration');
  const agent = agents.find((x) => x.agentId === (clicker ?? facts.agent.id));
  if (agent && String(a.agentId ?? '') !== agent.userId) wrong.push('agent');
  return wrong;
}

export interface CheckInput {
  calls: TappedCall[];
  journal: JournalEntry[];
  deliveries: Delivery[];
  clickToCalls: ClickToCall[];
  dispositions: DispositionRecord[];
  activities: ActivityView[];
  connectors: SoakConnector[];
  agents: SoakAgent[];
  faults: FaultRecord[];
  failedStepsLeft: { step: string; error?: string }[];
}

export function check(input: CheckInput) {
  const connectorOf = new Map(input.connectors.map((c) => [c.provider, c.id]));
  const byConnectorSession = new Map<string, ActivityView[]>();
  for (const a of input.activities) {
    const k = `${String(a.connectorId)}|${a.sessionId ?? ''}`;
    byConnectorSession.set(k, [...(byConnectorSession.get(k) ?? []), a]);
  }
  const deliveriesOf = new Map<string, Delivery[]>();
  for (const d of input.deliveries) if (d.callKey) deliveriesOf.set(d.callKey, [...(deliveriesOf.get(d.callKey) ?? []), d]);

  const outboundByNumber = new Map<string, number>();
  for (const t of input.calls)
    if (t.call.direction === 'outbound') outboundByNumber.set(t.call.customer, (outboundByNumber.get(t.call.customer) ?? 0) + 1);
  const clickByNumber = new Map(input.clickToCalls.map((c) => [c.number, c]));

  const matched = new Set<string>();
  const fieldExamples: Record<string, string[]> = {};
  const checks: CallCheck[] = input.calls.map((t) => {
    const connectorId = connectorOf.get(t.call.provider as SoakConnector['provider']) ?? '';
    const click = t.call.direction === 'outbound' ? clickByNumber.get(t.call.customer) : undefined;
    const dials = outboundByNumber.get(t.call.customer) ?? 0;
    const found = new Map<string, ActivityView>();
    for (const key of expectedKeys(t.call, click, dials))
      for (const a of byConnectorSession.get(`${connectorId}|${key}`) ?? []) found.set(a._id, a);
    for (const id of found.keys()) matched.add(id);
    const own = deliveriesOf.get(t.key) ?? [];
    const logs = own.filter((d) => d.kind === 'call-log');
    const to = Math.max(t.seenAt, ...own.map((d) => d.at));
    let verdict: CallVerdict = 'ok';
    if (found.size > 1) verdict = 'duplicated';
    else if (found.size === 0) {
      if (logs.some((d) => d.status >= 200 && d.status < 300)) verdict = 'lost';
      else verdict = logs.length > 0 ? 'rejected' : 'undelivered';
    }
    const only = found.size === 1 ? [...found.values()][0] : undefined;
    // The calls of a click-to-call dialled twice may share one activity: counted as a double dial instead.
    const doubled = dials > 1 && click !== undefined;
    const wrong = only && !doubled ? wrongFields(t.call, only, input.agents, click?.agentId) : [];
    for (const w of wrong) {
      const list = (fieldExamples[w] ??= []);
      if (list.length < FIELD_EXAMPLES)
        list.push(`${t.key}: ${JSON.stringify({ sim: summaryOf(t.call), activity: activitySummary(only) })}`);
    }
    return {
      key: t.key,
      provider: t.call.provider,
      direction: t.call.direction,
      from: t.seenAt,
      to,
      verdict,
      activities: found.size,
      wrongFields: wrong,
    };
  });

  const connectorIds = new Set(input.connectors.map((c) => c.id));
  const unexpected = input.activities.filter((a) => connectorIds.has(String(a.connectorId)) && !matched.has(a._id));

  // Click-to-calls: how many calls the provider placed to each one's number, and how many dial requests it got.
  const requestsByNational = new Map<string, number>();
  for (const j of input.journal) {
    if (!DIAL_OPS.has(j.op)) continue;
    const numbers = new Set(Object.values(j.params).flatMap((v) => v.match(CLICK_TO_CALL_NATIONAL) ?? []));
    for (const n of numbers) requestsByNational.set(n, (requestsByNational.get(n) ?? 0) + 1);
  }
  const clicks = input.clickToCalls.map((c) => ({
    ...c,
    dials: outboundByNumber.get(c.number) ?? 0,
    requests: requestsByNational.get(national(c.number)) ?? 0,
  }));

  // Dispositions: successful pushes per call at the simulated dialer.
  const pushes = new Map<string, number>();
  for (const j of input.journal)
    if (j.provider === 'ucontact' && j.op === 'Disposition' && j.status === 200 && /"result":"OK"/.test(j.response))
      pushes.set(j.params.guid ?? '', (pushes.get(j.params.guid ?? '') ?? 0) + 1);
  const submitted = input.dispositions.filter((d) => d.state === 'submitted');
  const dispositionsMissing = submitted.filter((d) => (pushes.get(d.guid) ?? 0) === 0);
  const dispositionsDoubled = [...pushes.entries()].filter(([, n]) => n > 1).map(([guid]) => guid);

  const count = (list: CallCheck[], v: CallVerdict) => list.filter((c) => c.verdict === v).length;
  const perFault = input.faults.map((f) => {
    const during = checks.filter((c) => c.from <= f.endMs && c.to >= f.startMs);
    const keys = new Set(during.map((c) => c.key));
    const clicksDuring = clicks.filter((c) => c.at >= f.startMs && c.at <= f.endMs);
    const guids = new Set(input.dispositions.filter((d) => keys.has(d.key)).map((d) => d.guid));
    return {
      fault: f.fault,
      description: f.description,
      startedAt: f.startedAt,
      durationMs: f.durationMs,
      errors: f.errors,
      callsDuring: during.length,
      lost: count(during, 'lost'),
      duplicated: count(during, 'duplicated'),
      rejected: count(during, 'rejected'),
      wrongFields: during.filter((c) => c.wrongFields.length > 0).length,
      clickToCalls: clicksDuring.length,
      clickToCallsRefused: clicksDuring.filter((c) => c.status !== 200).length,
      doubleDialled: clicksDuring.filter((c) => c.dials > 1).length,
      dispositionsMissing: dispositionsMissing.filter((d) => guids.has(d.guid)).length,
      dispositionsDoubled: dispositionsDoubled.filter((g) => guids.has(g)).length,
    };
  });

  const byStep: Record<string, number> = {};
  for (const s of input.failedStepsLeft) byStep[s.step] = (byStep[s.step] ?? 0) + 1;
  return {
    calls: checks.length,
    inbound: checks.filter((c) => c.direction === 'inbound').length,
    outbound: checks.filter((c) => c.direction === 'outbound').length,
    lost: count(checks, 'lost'),
    duplicated: count(checks, 'duplicated'),
    rejected: count(checks, 'rejected'),
    undelivered: count(checks, 'undelivered'),
    wrongFields: checks.filter((c) => c.wrongFields.length > 0).length,
    wrongFieldCounts: Object.fromEntries(
      Object.entries(fieldExamples).map(([k]) => [k, checks.filter((c) => c.wrongFields.includes(k)).length]),
    ),
    wrongFieldExamples: fieldExamples,
    unexpectedActivities: unexpected.length,
    unexpectedActivityExamples: unexpected.slice(0, 5).map(activitySummary),
    clickToCalls: clicks.length,
    clickToCallAnswers: tally(clicks.map((c) => String(c.status))),
    doubleDialled: clicks.filter((c) => c.dials > 1).length,
    doubleDialledExamples: clicks
      .filter((c) => c.dials > 1)
      .slice(0, 5)
      .map((c) => ({
        provider: c.provider,
        number: c.number,
        dials: c.dials,
        dialRequests: c.requests,
        answer: c.status,
        message: c.message,
      })),
    clickToCallsNotPlaced: clicks.filter((c) => c.dials === 0).length,
    clickToCallsNotPlacedExamples: clicks
      .filter((c) => c.dials === 0)
      .slice(0, 5)
      .map((c) => ({ provider: c.provider, number: c.number, dialRequests: c.requests, answer: c.status, message: c.message })),
    dispositions: input.dispositions.length,
    dispositionsSubmitted: submitted.length,
    dispositionsRefused: input.dispositions.filter((d) => d.state === 'refused').length,
    dispositionsMissing: dispositionsMissing.length,
    dispositionsDoubled: dispositionsDoubled.length,
    failedStepsLeft: input.failedStepsLeft.length,
    failedStepsLeftByStep: byStep,
    failedStepsLeftExamples: input.failedStepsLeft.slice(0, 5).map((s) => ({ step: s.step, error: (s.error ?? '').slice(0, 300) })),
    lostExamples: checks
      .filter((c) => c.verdict === 'lost')
      .slice(0, 5)
      .map((c) => c.key),
    duplicatedExamples: checks
      .filter((c) => c.verdict === 'duplicated')
      .slice(0, 5)
      .map((c) => c.key),
    byProvider: Object.fromEntries(
      input.connectors.map((c) => {
        const mine = checks.filter((x) => x.provider === c.provider);
        return [
          c.provider,
          { calls: mine.length, lost: count(mine, 'lost'), duplicated: count(mine, 'duplicated'), rejected: count(mine, 'rejected') },
        ];
      }),
    ),
    perFault,
  };
}

export type CheckResult = ReturnType<typeof check>;

function tally(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

function summaryOf(call: SimCall) {
  const f = call.ended;
  return { customer: call.customer, answered: f?.answered, talkSeconds: f?.talkSeconds, agent: f?.agent.id };
}

function activitySummary(a: ActivityView | undefined) {
  if (!a) return null;
  return {
    id: a._id,
    sessionId: a.sessionId,
    source: a.sourceNumber,
    destination: a.destinationNumber,
    status: a.status,
    duration: a.durationSeconds,
    agentId: a.agentId === null || a.agentId === undefined ? null : String(a.agentId),
  };
}
