/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same callers, agents,
 * outcomes and delays, so a run that found a problem can be replayed.
 */
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
export function makeIds() {
  let seq = Date.now() % 100_000;
  const bump = (): number => (seq = (seq + 1) % 1_000_000);
  return {
    /** Ozonetel UCID: 16 digits. */
    ucid: () => `${Date.now()}${String(bump() % 1000).padStart(3, '0')}`,
    /** The seed's CallSessionId: 21 digits with a leading zero. */
    sessionId: () => `0806${Date.now()}${String(bump() % 10_000).padStart(4, '0')}`,
    /** uContact (Asterisk) unique id: epoch seconds, a dot, a sequence. */
    guid: () => `${Math.floor(Date.now() / 1000)}.${bump()}`,
    /** 8x8 transaction id: digits. */
    transactionId: () => `${Math.floor(Date.now() / 1000)}${String(bump() % 1000).padStart(3, '0')}`,
  };
}

export type Ids = ReturnType<typeof makeIds>;
