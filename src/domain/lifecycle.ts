/** The records a call leaves behind besides its activity, and how a webhook request ended. */

export const OPPORTUNITY_STATUSES = ['open', 'closed'] as const;
export const TASK_TYPES = ['call-back', 'disposition'] as const;
/** A workflow step that ran out of retries waits for ops, who retry or skip it. */
export const FAILED_STEP_STATUSES = ['failed', 'retrying', 'skipped', 'resolved'] as const;
/** The outcome recorded in the request log for every webhook request. */
export const REQUEST_OUTCOMES = ['accepted', 'duplicate', 'rejected', 'error'] as const;
