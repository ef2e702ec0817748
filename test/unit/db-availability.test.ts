/** Which database errors mean "unreachable now, retry later", with the driver's and Mongoose's own error classes. */
import mongoose from 'mongoose';
import { databaseUnavailable, isDatabaseUnavailable, withinDeadline } from '../../src/db/availability';
import { AppError } from '../../src/errors';

// The driver Mongoose itself uses (mongodb is not a direct dependency).
const {
  MongoBulkWriteError,
  MongoNetworkError,
  MongoNetworkTimeoutError,
  MongoNotConnectedError,
  MongoServerError,
  MongoServerSelectionError,
  MongoTopologyClosedError,
} = mongoose.mongo;

function serverError(code: number, labels: string[] = []): InstanceType<typeof MongoServerError> {
  return new MongoServerError({ ok: 0, code, errmsg: `server error ${code}`, errorLabels: labels });
}

describe('isDatabaseUnavailable', () => {
  test.each([
    ['server selection', new MongoServerSelectionError('connect ECONNREFUSED 127.0.0.1:27017', { servers: new Map() } as never)],
    ['network', new MongoNetworkError('connection reset')],
    ['network timeout', new MongoNetworkTimeoutError('connection timed out')],
    ['client not connected', new MongoNotConnectedError('Client must be connected before running operations')],
    ['client closed', new MongoTopologyClosedError()],
    ['not primary', serverError(10107)],
    ['not primary, no secondaryOk', serverError(13435)],
    ['primary stepped down', serverError(189)],
    ['shutting down', serverError(91)],
    ['interrupted by a replica set state change', serverError(11602)],
    ['host unreachable', serverError(6)],
    ['a retryable write label', serverError(64, ['RetryableWriteError'])],
    ['an overloaded server', serverError(462, ['SystemOverloadedError', 'RetryableError'])],
    ['a pool reset label', serverError(9999, ['ResetPool'])],
    ['buffering timed out', new mongoose.Error('Operation `leads.findOne()` buffering timed out after 10000ms')],
    [
      'not connected yet without buffering',
      new mongoose.Error(
        'Cannot call `leads.find()` before initial connection is complete if `bufferCommands = false`. Make sure you `await mongoose.connect()` if you have `bufferCommands = false`.',
      ),
    ],
    ['a force-closed connection', new mongoose.Error('Connection was force closed')],
    ['the catalogue code', databaseUnavailable(null)],
    ['a wrapped cause', new Error('saving the call failed', { cause: new MongoNetworkError('socket hang up') })],
  ])('%s: unavailable', (_what, err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  test('Mongoose server selection error, as thrown when the first connection fails', async () => {
    const conn = mongoose.createConnection('mongodb://127.0.0.1:1', { serverSelectionTimeoutMS: 50 });
    const err: unknown = await conn.asPromise().then(
      () => null,
      (e: unknown) => e,
    );
    await conn.close();
    expect((err as Error).name).toBe('MongooseServerSelectionError');
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  test('a bulk write that failed for a network reason: the driver error it wraps', () => {
    const err = new MongoBulkWriteError(new MongoNetworkError('connect ECONNREFUSED'), {} as never);
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  test.each([
    ['duplicate key', serverError(11000)],
    ['write conflict', serverError(112)],
    ['authentication', serverError(18)],
    ['the query ran over its maxTimeMS', serverError(50)],
    ['a bulk write with a duplicate key', new MongoBulkWriteError({ message: 'E11000', code: 11000, writeErrors: [] }, {} as never)],
    ['validation', new mongoose.Error.ValidationError()],
    ['a cast', new mongoose.Error.CastError('ObjectId', 'x', '_id')],
    ['other Mongoose errors', new mongoose.Error('Operation was not buffered')],
    ['another AppError', new AppError('NOT_FOUND')],
    ['an AppError whose cause was a network error', new AppError('INTERNAL', undefined, [], { cause: new MongoNetworkError('x') })],
    ['a code outside the driver', Object.assign(new Error('ENOTFOUND'), { code: 6 })],
    ['a plain error', new Error('ECONNREFUSED')],
    ['not an error', 'MongoNetworkError'],
    ['nothing', undefined],
  ])('%s: not unavailable', (_what, err) => {
    expect(isDatabaseUnavailable(err)).toBe(false);
  });

  test('a cycle of causes ends', () => {
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    (a as { cause?: unknown }).cause = b;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});

describe('withinDeadline', () => {
  test('passes the result through', async () => {
    await expect(withinDeadline(1000, async () => 42)).resolves.toBe(42);
  });

  test('work that does not finish in time is given up with DATABASE_UNAVAILABLE and its Retry-After', async () => {
    const err: unknown = await withinDeadline(20, () => new Promise(() => undefined)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'DATABASE_UNAVAILABLE', status: 503, retryable: true, retryAfterSeconds: 5 });
  });

  test("the driver's unavailability becomes DATABASE_UNAVAILABLE, with the driver's error as its cause", async () => {
    const cause = new MongoNetworkError('connection reset');
    const err: unknown = await withinDeadline(1000, () => Promise.reject(cause)).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'DATABASE_UNAVAILABLE', cause });
  });

  test('other errors pass unchanged', async () => {
    const dup = serverError(11000);
    await expect(withinDeadline(1000, () => Promise.reject(dup))).rejects.toBe(dup);
  });
});
