/**
 * What the simulator saw, kept whole for the run. Its journal and call list are bounded (the oldest
 * entries go past 10,000), so the soak copies new entries out as they come, and keeps each call's
 * record by reference (its `ended` facts are filled in when the call ends).
 */
import type { JournalEntry, SimCall, Simulator } from '../../../src/simulator/server';

export interface TappedCall {
  key: string;
  call: SimCall;
  /** When the soak first saw it (its `startedAt` is back-dated to fit the reported durations). */
  seenAt: number;
}

/** The operations that place a call at a provider. */
export const DIAL_OPS = new Set(['AgentManualDial', 'PhoneManualDial', 'click2call', 'make_call', 'AgentCall']);

export const callKeyOf = (provider: string, id: string): string => `${provider}:${id}`;

/** An 8x8 click-to-dial's Patchcord session, from the userdata the call carries. */
export function patchcordSessionOf(call: SimCall): string | null {
  const extra = call.ended?.extra as { ctlUserdata?: unknown } | undefined;
  const userdata = typeof extra?.ctlUserdata === 'string' ? extra.ctlUserdata : '';
  return /\[patchcordSession\|([^\]|]+)\]/.exec(userdata)?.[1] ?? null;
}

export function makeTap(sim: Simulator) {
  const calls = new Map<string, TappedCall>();
  const journal: JournalEntry[] = [];
  let lastJournal: JournalEntry | undefined;
  let lastCall: SimCall | undefined;

  /** Copies what arrived since the last look; cheap, so the soak calls it often. */
  function drain(): void {
    const now = Date.now();
    const j = sim.journal;
    const from = lastJournal ? j.lastIndexOf(lastJournal) + 1 : 0;
    for (let i = from; i < j.length; i += 1) journal.push(j[i] as JournalEntry);
    lastJournal = j.at(-1) ?? lastJournal;
    const c = sim.state.calls;
    const start = lastCall ? c.lastIndexOf(lastCall) + 1 : 0;
    for (let i = start; i < c.length; i += 1) {
      const call = c[i] as SimCall;
      const key = callKeyOf(call.provider, call.id);
      if (!calls.has(key)) calls.set(key, { key, call, seenAt: now });
    }
    lastCall = c.at(-1) ?? lastCall;
  }

  const timer = setInterval(drain, 200);
  return {
    calls,
    journal,
    drain,
    /** The call whose id is one of these words (a webhook's body or query). */
    identify(tokens: string[]): string | null {
      drain();
      for (const t of tokens) {
        for (const provider of ['ozonetel', 'mobile-cloud-calling', '8x8-vcc', 'ucontact']) {
          const key = callKeyOf(provider, t);
          if (calls.has(key)) return key;
        }
      }
      return null;
    },
    stop(): void {
      clearInterval(timer);
      drain();
    },
  };
}

export type Tap = ReturnType<typeof makeTap>;
