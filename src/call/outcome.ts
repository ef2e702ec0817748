/**
 * How a finished call ended, as the analytics count it. The one place that says which stored
 * `status` is answered, missed or voicemail: a call's status is one of CALL_STATUSES (mappings
 * normalise its case), or `Missed` derived by the call's workflow when it ended without an answer
 * (workflows/call-fold.ts `derivedStatus`), or null when no event said and none could be derived.
 */
import type { CallStatus } from './canonical';

export const CALL_OUTCOMES = ['answered', 'missed', 'voicemail', 'unknown'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

const OUTCOME_OF_STATUS: Record<CallStatus, CallOutcome> = {
  Answered: 'answered',
  Missed: 'missed',
  // The caller reached voicemail: nobody answered, but the call is not missed either.
  Voicemail: 'voicemail',
};

/** The stored statuses that mean `outcome` (none for `unknown`, which is every other value). */
export function statusesOf(outcome: CallOutcome): CallStatus[] {
  return (Object.keys(OUTCOME_OF_STATUS) as CallStatus[]).filter((s) => OUTCOME_OF_STATUS[s] === outcome);
}

export function outcomeOf(status: unknown): CallOutcome {
  return typeof status === 'string' && Object.hasOwn(OUTCOME_OF_STATUS, status) ? OUTCOME_OF_STATUS[status as CallStatus] : 'unknown';
}

/**
 * Answer rate: answered calls over the calls whose outcome is known (answered, missed or voicemail);
 * null when there are none. Talk time is averaged over answered calls that carry a duration, ring
 * time over every call that carries a ring time.
 */
export function answerRate(counts: Record<CallOutcome, number>): number | null {
  const decided = counts.answered + counts.missed + counts.voicemail;
  return decided === 0 ? null : counts.answered / decided;
}
