/**
 * Limits for tests that check what mappings produce rather than the time guardrail: a loaded machine
 * can take longer than the default 250 ms on a first evaluation.
 */
export const UNHURRIED = { timeoutMs: 10_000 } as const;
