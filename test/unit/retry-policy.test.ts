import { ApplicationFailure } from '@temporalio/activity';
import { MongoNetworkError, MongoServerError, MongoServerSelectionError } from 'mongodb';
import { Error as MongooseError } from 'mongoose';
import { toTemporalFailure } from '../../activities/failures';
import { loadConfig } from '../../src/config';
import { isDatabaseUnavailable } from '../../src/db/availability';
import { AppError } from '../../src/errors';
import { failureKind, retryRules } from '../../src/retry-policy';

const rules = retryRules({ windowMs: 15 * 60_000, unclassifiedAttempts: 5 });
const at = (attempt: number, elapsedMs: number) => ({ rules, attempt: { attempt, elapsedMs } });

describe('isDatabaseUnavailable', () => {
  test("recognises the driver's and Mongoose's unavailability errors, wrapped or not", () => {
    expect(isDatabaseUnavailable(new MongoNetworkError('connect ECONNREFUSED 127.0.0.1:27017'))).toBe(true);
    expect(isDatabaseUnavailable(new MongoServerSelectionError('Server selection timed out', {} as never))).toBe(true);
    const buffering = new MongooseError('Operation `leads.findOne()` buffering timed out after 10000ms');
    expect(isDatabaseUnavailable(buffering)).toBe(true);
    const notPrimary = new MongoServerError({ message: 'not primary', code: 10107 });
    expect(isDatabaseUnavailable(notPrimary)).toBe(true);
    const labelled = new MongoServerError({ message: 'write interrupted', code: 1, errorLabels: ['RetryableWriteError'] });
    expect(isDatabaseUnavailable(labelled)).toBe(true);
    expect(isDatabaseUnavailable(new Error('lead write failed', { cause: new MongoNetworkError('reset') }))).toBe(true);
  });

  test('an error of the operation itself is not unavailability', () => {
    expect(isDatabaseUnavailable(new MongoServerError({ message: 'E11000 duplicate key', code: 11000 }))).toBe(false);
    expect(isDatabaseUnavailable(new MongooseError('Cast to ObjectId failed'))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable('down')).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

describe('the retry table', () => {
  test('kinds follow the catalogue: database, transient by `retryable`, unclassified, permanent', () => {
    expect(failureKind('DATABASE_UNAVAILABLE')).toBe('database');
    expect(failureKind('PROVIDER_UNAVAILABLE')).toBe('transient');
    expect(failureKind('RATE_LIMITED')).toBe('transient');
    expect(failureKind('INTERNAL')).toBe('unclassified');
    expect(failureKind('SOMETHING_ELSE')).toBe('unclassified');
    expect(failureKind('NOT_FOUND')).toBe('permanent');
    expect(failureKind('PROVIDER_REJECTED')).toBe('permanent');
  });

  test('configuration gives the window (15 minutes by default) and the unclassified attempts', () => {
    expect(loadConfig({}).stepRetry).toEqual({ windowMs: 15 * 60_000, unclassifiedAttempts: 5 });
    expect(loadConfig({ STEP_RETRY_WINDOW_MINUTES: '2', STEP_RETRY_UNCLASSIFIED_ATTEMPTS: '3' }).stepRetry).toEqual({
      windowMs: 120_000,
      unclassifiedAttempts: 3,
    });
    expect(() => loadConfig({ STEP_RETRY_WINDOW_MINUTES: '0' })).toThrow(/STEP_RETRY_WINDOW_MINUTES/);
    expect(() => loadConfig({ STEP_RETRY_WINDOW_MINUTES: '241' })).toThrow(/STEP_RETRY_WINDOW_MINUTES/);
  });
});

describe('toTemporalFailure within an attempt', () => {
  test('database unavailability is DATABASE_UNAVAILABLE, retried until its window has passed', () => {
    const err = new MongoServerSelectionError('Server selection timed out after 10000 ms', {} as never);
    const early = toTemporalFailure(err, at(12, 14 * 60_000));
    expect(early).toMatchObject({ type: 'DATABASE_UNAVAILABLE', nonRetryable: false });
    expect(early.details).toEqual([{ kind: 'database', attempts: 12, elapsedMs: 14 * 60_000 }]);

    const late = toTemporalFailure(err, at(31, 15 * 60_000 + 1));
    expect(late).toMatchObject({ type: 'DATABASE_UNAVAILABLE', nonRetryable: true });
    expect(late.message).toBe('Server selection timed out after 10000 ms (gave up after 31 attempts in 900 s)');
    expect(late.details).toEqual([{ kind: 'database', attempts: 31, elapsedMs: 15 * 60_000 + 1 }]);
  });

  test('a transient catalogue code rides the same window; its own details come first', () => {
    const err = new AppError('PROVIDER_UNAVAILABLE', 'no answer', [{ code: 'timeout', message: 'after 10 s' }]);
    expect(toTemporalFailure(err, at(40, 60_000))).toMatchObject({ nonRetryable: false });
    const late = toTemporalFailure(err, at(40, 16 * 60_000));
    expect(late).toMatchObject({ type: 'PROVIDER_UNAVAILABLE', nonRetryable: true });
    expect(late.details).toEqual([
      [{ code: 'timeout', message: 'after 10 s' }],
      { kind: 'transient', attempts: 40, elapsedMs: 16 * 60_000 },
    ]);
  });

  test('an unclassified error gets a few attempts, whatever the time', () => {
    expect(toTemporalFailure(new TypeError('x is undefined'), at(4, 100))).toMatchObject({ type: 'INTERNAL', nonRetryable: false });
    expect(toTemporalFailure(new TypeError('x is undefined'), at(5, 100))).toMatchObject({ type: 'INTERNAL', nonRetryable: true });
  });

  test('a permanent error is never retried, and says it was attempt 1', () => {
    const failure = toTemporalFailure(new AppError('NOT_FOUND', 'lead 42 no longer exists'), at(1, 5));
    expect(failure).toMatchObject({ type: 'NOT_FOUND', nonRetryable: true, message: 'lead 42 no longer exists' });
    expect(failure.details).toEqual([{ kind: 'permanent', attempts: 1, elapsedMs: 5 }]);
  });

  test('records for ops are never given up by a window', () => {
    const err = new MongoNetworkError('connect ECONNREFUSED');
    expect(toTemporalFailure(err, { ...at(200, 60 * 60_000), bookkeeping: true })).toMatchObject({ nonRetryable: false });
    expect(toTemporalFailure(new AppError('VALIDATION_FAILED'), { ...at(1, 0), bookkeeping: true })).toMatchObject({
      nonRetryable: true,
    });
  });

  test('an ApplicationFailure thrown by an activity is judged by its type like any other', () => {
    const thrown = ApplicationFailure.create({ type: 'PROVIDER_UNAVAILABLE', message: 'busy', details: ['x'] });
    expect(toTemporalFailure(thrown, at(3, 20 * 60_000))).toMatchObject({ type: 'PROVIDER_UNAVAILABLE', nonRetryable: true });
    expect(toTemporalFailure(thrown, at(3, 20 * 60_000)).details?.[0]).toBe('x');
  });
});
