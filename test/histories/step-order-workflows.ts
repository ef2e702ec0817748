/**
 * A test-only workflow in four variants, for test/integration/replay-harness.test.ts: one workflow
 * changed four ways, each exported under its own name so that one small bundle holds them all (the
 * test replays a history "against a variant" by naming that variant as the history's workflow type).
 *
 * Deterministic: imports only the workflow SDK.
 */
import { deprecatePatch, patched, proxyActivities } from '@temporalio/workflow';

export interface StepActivities {
  stepX(): Promise<string>;
  stepY(): Promise<string>;
}

const { stepX, stepY } = proxyActivities<StepActivities>({ startToCloseTimeout: '10 seconds' });

/** A: step x, then step y. */
export async function xThenY(): Promise<string> {
  return (await stepX()) + (await stepY());
}

/** B: the steps swapped, with nothing to tell running workflows apart. */
export async function yThenX(): Promise<string> {
  return (await stepY()) + (await stepX());
}

/** C: the swap behind `patched()`, so workflows started by A keep their order. */
export async function patchedSwap(): Promise<string> {
  if (patched('y-first')) return (await stepY()) + (await stepX());
  return (await stepX()) + (await stepY());
}

/** D: A's branch retired with `deprecatePatch()`, once no workflow started by A is running. */
export async function retiredSwap(): Promise<string> {
  deprecatePatch('y-first');
  return (await stepY()) + (await stepX());
}
