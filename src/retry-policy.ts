/**
 * How long a step keeps retrying, by the kind of failure that stopped its last attempt: the one
 * table. Workflows give every step's activity capped exponential backoff with no small attempt limit
 * (`workflows/steps.ts`: 1 s doubling to 30 s, at most 1000 attempts as a backstop); workflow code
 * cannot read configuration, so the activity's failure wrapper (`activities/failures.ts`) applies
 * this table and makes the failure non-retryable once its kind's retries are used up.
 *
 * | kind | what | retried |
 * | --- | --- | --- |
 * | `database` | the database unreachable or failing over (`DATABASE_UNAVAILABLE`) | for `STEP_RETRY_WINDOW_MINUTES` |
 * | `transient` | any other catalogue code the catalogue calls retryable (a provider unavailable, rate limits) | for `STEP_RETRY_WINDOW_MINUTES` |
 * | `unclassified` | an error no catalogue code describes (`INTERNAL`) | `STEP_RETRY_UNCLASSIFIED_ATTEMPTS` attempts |
 * | `permanent` | a catalogue code that is not retryable (bad input, a provider's refusal) | never |
 *
 * An outage lasts as long as it lasts, so the transient kinds are bounded by time since the first
 * attempt, long enough to ride out a database restart or failover. An unclassified error is most often
 * a bug or bad data that retrying does not fix: a few attempts cover a one-off glitch, and ops hear of
 * the rest within seconds instead of after the whole window.
 */
import { ERROR_CATALOGUE, isErrorCode } from './errors';

export type FailureKind = 'database' | 'transient' | 'unclassified' | 'permanent';

/** When retrying stops: once this long has passed since the first attempt, or after this many attempts. */
export type RetryRule = { readonly windowMs: number } | { readonly attempts: number };

export type RetryRules = Readonly<Record<FailureKind, RetryRule>>;

export function retryRules(config: { windowMs: number; unclassifiedAttempts: number }): RetryRules {
  return {
    database: { windowMs: config.windowMs },
    transient: { windowMs: config.windowMs },
    unclassified: { attempts: config.unclassifiedAttempts },
    permanent: { attempts: 1 },
  };
}

/** The kind of a failure by its type (a catalogue code; anything else is unclassified). */
export function failureKind(code: string): FailureKind {
  if (code === 'DATABASE_UNAVAILABLE') return 'database';
  if (code === 'INTERNAL' || !isErrorCode(code)) return 'unclassified';
  return ERROR_CATALOGUE[code].retryable ? 'transient' : 'permanent';
}

/**
 * The activities that record failed steps and ops' decisions. No step records their own failure, so
 * no window ends their retries: they go on until the workflow's backstop (a long database outage
 * would otherwise lose the very record ops need).
 */
export const BOOKKEEPING_ACTIVITIES: ReadonlySet<string> = new Set(['recordFailedStep', 'updateFailedStep']);

/** One attempt: its number (from 1) and the time since the first attempt was scheduled. */
export interface AttemptInfo {
  attempt: number;
  elapsedMs: number;
}

/** Whether a failure of this rule's kind may still be retried after this attempt. */
export function mayRetry(rule: RetryRule, at: AttemptInfo): boolean {
  return 'windowMs' in rule ? at.elapsedMs < rule.windowMs : at.attempt < rule.attempts;
}

/**
 * What every activity failure tells the workflow about its retries, as the last entry of the
 * failure's details: the step reports real attempts from it, not its policy's maximum.
 */
export interface RetryDetail {
  kind: FailureKind;
  /** The attempt that failed (from 1): the attempts made so far. */
  attempts: number;
  /** Milliseconds since the first attempt was scheduled. */
  elapsedMs: number;
}
