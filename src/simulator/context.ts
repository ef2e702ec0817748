/**
 * What the provider modules and the call placer share: the state, the seeded random source, the
 * clock scaled by `speed`, the sender, and background work that `stop()` can cut short. Also the
 * one place that decides how long simulated calls ring and talk.
 */
import type { Logger } from '../logger';
import { DIALECTS, type CallFacts } from './dialects';
import type { Ids, Rng } from './random';
import { redactUrl, type Sender } from './sender';
import { endCall, type SimulatorState } from './state';
import type { SentEntry } from './types';

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
 * After a successful click-to-call: the call rings, is answered (or not, per `state.outboundAnswered`)
 * and ends (its record is then kept); then the provider posts its call log to the account's call-log
 * URL, if one is set.
 */
export function placeOutboundCall(ctx: SimContext, facts: CallFacts, callLogUrl: string | undefined): void {
  const d = drawDurations(ctx.rng, facts.answered);
  const realStart = new Date();
  ctx.background(async () => {
    await ctx.wait(d.ringWait + d.talkWait);
    if (ctx.stopped) return;
    const call: CallFacts = { ...facts, ringSeconds: d.ringSeconds, talkSeconds: d.talkSeconds };
    call.startedAt = backdatedStart(realStart, Date.now(), call);
    endCall(ctx.state, call);
    const out = DIALECTS[facts.provider].callLog(call, callLogUrl ?? '');
    if (!out || !out.url) return;
    const r = await ctx.sender.send(out);
    ctx.sent.push({ provider: facts.provider, kind: 'callLog', url: redactUrl(out.url), status: r.status, at: new Date() });
    if (ctx.sent.length > 10_000) ctx.sent.splice(0, ctx.sent.length - 10_000);
    if (r.status < 200 || r.status >= 300) ctx.logger.warn({ provider: facts.provider, url: redactUrl(out.url), status: r.status }, 'call log callback not accepted');
  });
}

/** Where a simulated recording "is": a URL that is never fetched. */
export const recordingUrl = (provider: string, sessionId: string): string => `https://recordings.example/${provider}/${sessionId}.mp3`;
