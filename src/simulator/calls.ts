/**
 * Placing simulated inbound calls against Patchcord's webhooks, as a provider would: the route
 * question, the agent popup, progress events, the call log (sometimes twice, sometimes updated
 * later), calls overlapping at the requested rate. Every request is timed and counted by kind.
 */
import { backdatedStart } from './context';
import { lateVersion, placeCallsSchema, planCall, plannedAgents, type PlannedAgent, type PlannedCall } from './call-plan';
import { routeRequest } from './dialects';
import { sameNumber, toE164 } from './numbers';
import type { SimContext, SimulatedProvider } from './provider-types';
import { makeRng } from './random';
import { makeStats } from './sender';
import { endCall, recordCall } from './state';
import type { CallFacts, Outgoing, PlaceCallsOptions, SimulationSummary } from './types';

/** How long a pull API sees a call ringing at most, should the simulation stop mid-call. */
const RING_VISIBLE_MS = 60_000;

/** The agent the route webhook chose, when its answer names one (JSON `AgentPhone`/`AgentId`, or text). */
export function routedAgent(body: string, agents: PlannedAgent[]): PlannedAgent | undefined {
  let named: string[] = [body.trim()];
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null) {
      const { AgentPhone, AgentId } = parsed as Record<string, unknown>;
      named = [AgentId, AgentPhone].filter((v): v is string => typeof v === 'string' && v !== '');
      const phone = toE164(AgentPhone);
      const known = agents.find((a) => named.some((n) => n === a.id || sameNumber(n, a.phone)));
      if (known) return known;
      const id = typeof AgentId === 'string' && AgentId ? AgentId : phone;
      if (phone && id) return { id, name: id, phone };
      return undefined;
    }
  } catch {
    // Not JSON: a plain-text answer (agent phone, id or queue name).
  }
  return agents.find((a) => named.some((n) => n !== '' && (n === a.id || sameNumber(n, a.phone))));
}

/** Places `opts.calls` inbound calls of the provider `opts.provider` names, one of `providers`. */
export async function placeCalls(
  ctx: SimContext,
  providers: readonly [SimulatedProvider, ...SimulatedProvider[]],
  runSeed: number,
  opts: PlaceCallsOptions,
): Promise<SimulationSummary> {
  const { onProgress, ...rest } = opts;
  const o = placeCallsSchema(providers.map((p) => p.id) as [string, ...string[]]).parse(rest);
  const provider = providers.find((p) => p.id === o.provider) ?? providers[0];
  const started = performance.now();
  const rng = makeRng(runSeed);
  const dialect = provider.webhooks;
  const stats = makeStats();
  const callers = (o.callers ?? []).map(toE164).filter((n): n is string => n !== null);
  const agents = plannedAgents(ctx, o.agents);
  if (agents.length === 0) throw new Error('placeCalls: no agent with a valid phone number');
  // The provider's own callbacks (after click-to-calls) go to the same call-log URL from now on.
  provider.setCallLogUrl(ctx.state.accounts, o.webhooks.callLog);

  const progress = { placed: 0, total: o.calls, done: 0, sent: 0, failed: 0 };
  let answered = 0;
  const report = () => onProgress?.({ ...progress, ...stats.totals() });

  async function send(kind: string, out: Outgoing | null): Promise<string | null> {
    if (!out || ctx.stopped) return null;
    const r = await ctx.sender.send(out);
    if (ctx.stopped) return null;
    stats.record(kind, r);
    report();
    return r.status >= 200 && r.status < 300 ? r.body : null;
  }

  async function sendCallLogs(plan: PlannedCall, c: CallFacts): Promise<void> {
    const log = dialect.callLog(c, o.webhooks.callLog);
    const first = send('callLog', log);
    // A provider retrying on a slow answer: the same bytes again, possibly before the first is answered.
    if (plan.duplicate) {
      await ctx.wait(plan.duplicateDelay);
      await Promise.all([first, send('callLogDuplicate', log)]);
    } else await first;
    if (plan.lateUpdate) {
      await ctx.wait(plan.lateDelay);
      await send('callLogUpdate', dialect.callLog(lateVersion(c, plan.lateNotes), o.webhooks.callLog));
    }
  }

  async function runCall(plan: PlannedCall): Promise<void> {
    const c = plan.facts;
    const d = plan.durations;
    const realStart = new Date();
    const waits = (plan.popupDelay + d.ringWait + d.talkWait) * ctx.speed * 1000;
    c.startedAt = backdatedStart(realStart, realStart.getTime() + waits, c);
    recordCall(ctx.state, {
      provider: c.provider,
      id: c.sessionId,
      direction: 'inbound',
      customer: c.customer,
      agentId: c.agent.id,
      did: c.did,
      answered: c.answered,
      startedAt: c.startedAt,
    });

    if (dialect.asksRoute && o.webhooks.route) {
      const answer = await send('route', routeRequest(c, o.webhooks.route));
      const routed = answer === null ? undefined : routedAgent(answer, agents);
      if (routed) c.agent = routed;
    }
    await ctx.wait(plan.popupDelay);
    const ringing = {
      provider: c.provider,
      agentPhone: c.agent.phone,
      customerNumber: c.customer,
      ucid: c.sessionId,
      startedAt: realStart,
      endsAt: new Date(Date.now() + RING_VISIBLE_MS),
    };
    ctx.state.ringing.push(ringing);
    if (dialect.popup && o.webhooks.popup) await send('popup', dialect.popup(c, o.webhooks.popup));
    await ctx.wait(d.ringWait);
    ctx.state.ringing = ctx.state.ringing.filter((r) => r !== ringing);
    const eventsUrl = o.webhooks.callEvent;
    const event = async (kind: 'answered' | 'hangup') => {
      if (dialect.callEvent && eventsUrl) await send('callEvent', dialect.callEvent(c, kind, eventsUrl));
    };
    if (c.answered) {
      await event('answered');
      await ctx.wait(d.talkWait);
    }
    await event('hangup');
    endCall(ctx.state, c);
    await ctx.wait(plan.logDelay);
    await sendCallLogs(plan, c);
  }

  const running: Promise<void>[] = [];
  for (let i = 0; i < o.calls && !ctx.stopped; i += 1) {
    const plan = planCall(ctx, provider, rng, o, callers, agents);
    if (plan.facts.answered) answered += 1;
    progress.placed += 1;
    running.push(
      runCall(plan)
        .catch((err: unknown) => ctx.logger.error({ err }, 'simulated call failed'))
        .finally(() => {
          progress.done += 1;
          report();
        }),
    );
    report();
    // Arrivals at the requested mean rate, jittered ±50% so calls do not march in lockstep.
    if (i < o.calls - 1) await ctx.wait((0.5 + rng.next()) / o.ratePerSecond);
  }
  await Promise.all(running);
  const { requests, failures } = stats.summary();
  return {
    calls: progress.placed,
    answered,
    missed: progress.placed - answered,
    requests,
    failures,
    elapsedMs: Math.round(performance.now() - started),
  };
}
