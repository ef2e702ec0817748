/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same callers, agents,
 * outcomes and delays, so a run that found a problem can be replayed.
 */
import type { Ids, Rng } from './provider-types';

export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    between: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)] as T;
    },
    digits: (n) => Array.from({ length: n }, () => String(int(0, 9))).join(''),
  };
}

/**
 * Provider-style call ids. They start with the clock so that two runs against the same Patchcord
 * never reuse a session id (which Patchcord would rightly treat as the same call), and end with a
 * per-simulator counter so that calls started in the same millisecond differ.
 */
export function makeIds(): Ids {
  let seq = Date.now() % 100_000;
  const bump = (): number => (seq = (seq + 1) % 1_000_000);
  return {
    ucid: () => `${Date.now()}${String(bump() % 1000).padStart(3, '0')}`,
    sessionId: () => `0806${Date.now()}${String(bump() % 10_000).padStart(4, '0')}`,
    guid: () => `${Math.floor(Date.now() / 1000)}.${bump()}`,
    transactionId: () => `${Math.floor(Date.now() / 1000)}${String(bump() % 1000).padStart(3, '0')}`,
  };
}
