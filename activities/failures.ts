/**
 * The one way an activity's error becomes a Temporal failure. Every activity is wrapped with it
 * (`withFailures`), so a workflow sees one vocabulary: the failure's type is a code of the error
 * catalogue (`src/errors.ts`), the database's unavailability is `DATABASE_UNAVAILABLE`, and whether
 * Temporal retries it follows the catalogue's `retryable` and the retry table (`src/retry-policy.ts`):
 * a failure whose kind has used up its retries (a window of time, or a number of attempts) becomes
 * non-retryable, with the attempts and the time spent in its message and details.
 */
import { ApplicationFailure, asyncLocalStorage, type Info } from '@temporalio/activity';
import { isDatabaseUnavailable } from '../src/db/availability';
import { AppError, isAppError } from '../src/errors';
import { BOOKKEEPING_ACTIVITIES, failureKind, mayRetry, type AttemptInfo, type RetryDetail, type RetryRules } from '../src/retry-policy';

/** The type given to an error the catalogue does not describe (a bug, or a dependency's own error). */
const UNCLASSIFIED = 'INTERNAL';

interface Classified {
  type: string;
  message: string;
  retryable: boolean;
  details: unknown[];
  cause: Error | undefined;
}

function classify(err: unknown): Classified {
  if (err instanceof ApplicationFailure)
    return {
      type: err.type ?? UNCLASSIFIED,
      message: err.message,
      retryable: !err.nonRetryable,
      details: [...(err.details ?? [])],
      cause: err.cause,
    };
  // A catalogue code says what happened, unless it only says "something went wrong" about the database.
  if (isAppError(err) && (err.code !== UNCLASSIFIED || !isDatabaseUnavailable(err)))
    return {
      type: err.code,
      message: err.message,
      retryable: err.retryable,
      details: err.details.length ? [err.details] : [],
      cause: err.cause instanceof Error ? err.cause : undefined,
    };
  const error = err instanceof Error ? err : new Error(String(err));
  if (isDatabaseUnavailable(err))
    return { type: 'DATABASE_UNAVAILABLE', message: error.message, retryable: true, details: [], cause: error };
  return { type: UNCLASSIFIED, message: error.message, retryable: true, details: [], cause: error };
}

/** Where an attempt stands, for the retry table; absent outside an activity (unit tests, scripts). */
export interface AttemptContext {
  rules: RetryRules;
  attempt: AttemptInfo;
  /** Records for ops retry until the workflow's backstop, whatever the window (`BOOKKEEPING_ACTIVITIES`). */
  bookkeeping?: boolean;
}

export function toTemporalFailure(err: unknown, context?: AttemptContext): ApplicationFailure {
  if (!context && err instanceof ApplicationFailure) return err;
  const c = classify(err);
  if (!context)
    return ApplicationFailure.create({
      type: c.type,
      message: c.message,
      nonRetryable: !c.retryable,
      details: c.details.length ? c.details : undefined,
      cause: c.cause,
    });
  const kind = failureKind(c.type);
  const { attempt, elapsedMs } = context.attempt;
  const retryable = c.retryable && (context.bookkeeping === true || mayRetry(context.rules[kind], context.attempt));
  const detail: RetryDetail = { kind, attempts: attempt, elapsedMs };
  const gaveUp = c.retryable && !retryable;
  return ApplicationFailure.create({
    type: c.type,
    message: gaveUp
      ? `${c.message} (gave up after ${attempt} attempt${attempt === 1 ? '' : 's'} in ${Math.round(elapsedMs / 1000)} s)`
      : c.message,
    nonRetryable: !retryable,
    details: [...c.details, detail],
    cause: c.cause,
  });
}

export interface FailurePolicy {
  rules: RetryRules;
  /**
   * Whether the database connection is down right now. An attempt about to run out of time is then
   * database unavailability (the driver waits up to its server-selection timeout before it says so).
   */
  databaseDown?: () => boolean;
}

/**
 * Ends an attempt before Temporal's start-to-close timeout would (its clock starts when the worker
 * dispatches the attempt, a while before this code runs on a busy machine), so that an attempt that
 * hangs (the driver waits up to its server-selection timeout, 10 s, for a database that is down) is
 * judged by the retry table like any other failure: Temporal's timeouts never reach this code.
 */
async function withinAttemptTime<R>(work: Promise<R>, info: Info, policy: FailurePolicy): Promise<R> {
  const timeoutMs = info.startToCloseTimeoutMs;
  const limitMs = timeoutMs - Math.max(2000, timeoutMs / 5);
  if (!(limitMs > 0)) return work;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const seconds = Math.round(limitMs / 1000);
      reject(
        policy.databaseDown?.()
          ? new AppError('DATABASE_UNAVAILABLE', `the database did not answer within ${seconds} s`)
          : new Error(`the attempt did not finish within ${seconds} s`),
      );
    }, limitMs);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The same activities, each throwing only what `toTemporalFailure` makes of its errors. Given a
 * policy, retries follow its table and each attempt ends before Temporal's timeout would end it.
 */
export function withFailures<T extends Record<string, (...args: never[]) => Promise<unknown>>>(activities: T, policy?: FailurePolicy): T {
  const wrapped: Record<string, (...args: never[]) => Promise<unknown>> = {};
  for (const [name, fn] of Object.entries(activities)) {
    wrapped[name] = async (...args) => {
      const info = policy ? asyncLocalStorage.getStore()?.info : undefined;
      try {
        return await (info && policy ? withinAttemptTime(fn(...args), info, policy) : fn(...args));
      } catch (err) {
        const context: AttemptContext | undefined =
          info && policy
            ? {
                rules: policy.rules,
                attempt: { attempt: info.attempt, elapsedMs: Math.max(0, Date.now() - info.scheduledTimestampMs) },
                bookkeeping: BOOKKEEPING_ACTIVITIES.has(name),
              }
            : undefined;
        throw toTemporalFailure(err, context);
      }
    };
  }
  return wrapped as T;
}
