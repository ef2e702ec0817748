/**
 * What the provider modules and the call placer share at run time (the `SimContext` shape is in
 * `provider-types.ts`): the timers `stop()` can cut short, the one place that decides how long
 * simulated calls ring and talk, and an outbound call played out to its call log.
 */
import { toE164 } from './numbers';
import type { OutboundDial, ProviderWebhooks, Rng, SimContext } from './provider-types';
import { redactUrl } from './sender';
import { endCall, recordCall } from './state';
import type { CallFacts, RingingCall } from './types';

export interface Durations {
  /** What the call reports (seconds). */
  ringSeconds: number;
  talkSeconds: number;
  /** What the simulator actually waits (simulated seconds, before scaling): short, so runs stay quick. */
  ringWait: number;
  talkWait: number;
}

/**
 * Reported durations are realistic (3–20 s to answer, 10 s–5 min of talk) while the waits are a few
 * seconds; the call's start is then back-dated so its end is "now" and no timestamp lies in the future.
 */
export function drawDurations(rng: Rng, answered: boolean): Durations {
  return answered
    ? { ringSeconds: rng.int(3, 20), talkSeconds: rng.int(10, 300), ringWait: rng.between(1, 3), talkWait: rng.between(1, 4) }
    : { ringSeconds: rng.int(15, 45), talkSeconds: 0, ringWait: rng.between(2, 5), talkWait: 0 };
}

/**
 * The reported start: the call is made to end when it really ends (`realEnd`, epoch ms), so with
 * reported durations longer than the waits the start moves back; it never moves later than it was.
 */
export function backdatedStart(realStart: Date, realEnd: number, c: Pick<CallFacts, 'ringSeconds' | 'talkSeconds'>): Date {
  return new Date(Math.min(realStart.getTime(), realEnd - (c.ringSeconds + c.talkSeconds) * 1000));
}

export function makeTimers() {
  const pending = new Map<NodeJS.Timeout, () => void>();
  let stopped = false;
  return {
    sleep(ms: number): Promise<void> {
      if (stopped || ms <= 0) return Promise.resolve();
      return new Promise((resolve) => {
        const t = setTimeout(() => {
          pending.delete(t);
          resolve();
        }, ms);
        pending.set(t, resolve);
      });
    },
    stop(): void {
      stopped = true;
      for (const [t, resolve] of pending) {
        clearTimeout(t);
        resolve();
      }
      pending.clear();
    },
    get stopped() {
      return stopped;
    },
  };
}

/**
 * After a successful click-to-call: the call is recorded, rings, is answered (or not, as `facts` say)
 * and ends (its record is then kept); while it lasts it is live on the agent's phone, for the pull
 * APIs; then the provider posts its call log, written by `webhooks`, to `callLogUrl` when one is set
 * (8x8's dialect posts to the URL in its userdata instead).
 */
export function placeOutboundCall(
  ctx: SimContext,
  webhooks: Pick<ProviderWebhooks<unknown>, 'callLog'>,
  provider: string,
  dial: OutboundDial,
  callLogUrl: string | undefined,
): void {
  // Answered or not as the scenario says; the durations are drawn below, once the call plays out.
  const answered = ctx.state.outboundAnswered;
  const facts: CallFacts = {
    provider,
    sessionId: dial.sessionId,
    direction: 'outbound',
    customer: dial.customer,
    agent: { id: dial.agent.id, name: dial.agent.name, phone: toE164(dial.agent.phone) ?? dial.agent.phone },
    did: dial.did,
    campaign: dial.campaign,
    answered,
    startedAt: new Date(),
    ringSeconds: 0,
    talkSeconds: 0,
    hangupBy: dial.hangupBy ?? 'AgentHangup',
    callerName: '',
    notes: '',
    recordingUrl: answered ? recordingUrl(provider, dial.sessionId) : '',
    ...(dial.extra === undefined ? {} : { extra: dial.extra }),
  };
  recordCall(ctx.state, {
    provider: facts.provider,
    id: facts.sessionId,
    direction: 'outbound',
    customer: facts.customer,
    agentId: facts.agent.id,
    did: facts.did,
    answered: facts.answered,
    startedAt: facts.startedAt,
  });
  const d = drawDurations(ctx.rng, facts.answered);
  const realStart = new Date();
  // The provider rings the agent first: until it ends, the call is on the agent's phone (the pull APIs see it).
  const live: RingingCall = {
    provider,
    agentPhone: facts.agent.phone,
    customerNumber: facts.customer,
    ucid: facts.sessionId,
    startedAt: realStart,
    endsAt: new Date(realStart.getTime() + (d.ringWait + d.talkWait) * 1000 * ctx.speed),
  };
  ctx.state.ringing.push(live);
  ctx.background(async () => {
    await ctx.wait(d.ringWait + d.talkWait);
    ctx.state.ringing = ctx.state.ringing.filter((r) => r !== live);
    if (ctx.stopped) return;
    const call: CallFacts = { ...facts, ringSeconds: d.ringSeconds, talkSeconds: d.talkSeconds };
    call.startedAt = backdatedStart(realStart, Date.now(), call);
    endCall(ctx.state, call);
    const out = webhooks.callLog(call, callLogUrl ?? '');
    if (!out || !out.url) return;
    const r = await ctx.sender.send(out);
    ctx.sent.push({ provider: facts.provider, kind: 'callLog', url: redactUrl(out.url), status: r.status, at: new Date() });
    if (ctx.sent.length > 10_000) ctx.sent.splice(0, ctx.sent.length - 10_000);
    if (r.status < 200 || r.status >= 300)
      ctx.logger.warn({ provider: facts.provider, url: redactUrl(out.url), status: r.status }, 'call log callback not accepted');
  });
}

/** Where a simulated recording "is": a URL that is never fetched. */
export const recordingUrl = (provider: string, sessionId: string): string => `https://recordings.example/${provider}/${sessionId}.mp3`;
