import type { Models } from '../../src/db/models';
import type { Logger } from '../../src/logger';
import { requestLogDroppedTotal } from '../../src/metrics';
import { capText, makeRequestLog, redactHeaders, REDACTED, type RequestLogEntry } from '../../src/services/request-log';

describe('redactHeaders', () => {
  it('blanks credentials and the connector secret header, whatever their case', () => {
    const headers = { Authorization: 'Bearer t', cookie: 's=1', 'X-Ozonetel-Token': 'abc', accept: ['a', 'b'], 'x-none': undefined };
    expect(redactHeaders(headers, ['x-ozonetel-token'])).toEqual({
      Authorization: REDACTED,
      cookie: REDACTED,
      'X-Ozonetel-Token': REDACTED,
      accept: 'a, b',
    });
  });
});

describe('capText', () => {
  it('leaves text within the cap alone', () => {
    expect(capText('héllo', 6)).toEqual({ text: 'héllo', truncated: false });
  });

  it.each([1, 2, 3, 4, 5, 6, 7])('never exceeds a %i-byte cap on multi-byte text, nor splits a character', (cap) => {
    const text = 'é₹😀é₹😀'; // 2, 3 and 4 bytes per character
    const { text: capped, truncated } = capText(text, cap);
    expect(truncated).toBe(true);
    expect(Buffer.byteLength(capped)).toBeLessThanOrEqual(cap);
    expect(text.startsWith(capped)).toBe(true);
  });
});

const entry = (over: Partial<RequestLogEntry> = {}): RequestLogEntry => ({
  connectorId: null,
  kind: 'webhook',
  method: 'POST',
  path: '/hooks/x',
  query: '',
  headers: {},
  contentType: 'application/json',
  body: '{}',
  bodyBytes: 2,
  status: 200,
  outcome: 'accepted',
  errorCode: null,
  response: '',
  durationMs: 3,
  workflowId: null,
  ...over,
});

function setup(options: { batchSize?: number; bodyCapBytes?: number } = {}) {
  const RequestLog = { insertMany: jest.fn().mockResolvedValue([]), deleteMany: jest.fn().mockResolvedValue({ deletedCount: 7 }) };
  const logger = { error: jest.fn(), warn: jest.fn() };
  const log = makeRequestLog({
    models: { RequestLog } as unknown as Models,
    logger: logger as unknown as Logger,
    bodyCapBytes: options.bodyCapBytes ?? 1024,
    flushMs: 200,
    batchSize: options.batchSize ?? 100,
  });
  return { log, insertMany: RequestLog.insertMany, deleteMany: RequestLog.deleteMany, logger };
}

const written = (insertMany: jest.Mock, call = 0) => insertMany.mock.calls[call][0] as Record<string, unknown>[];

describe('makeRequestLog', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2025-03-01T00:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  it('writes buffered entries in one batch once the timer fires', async () => {
    const { log, insertMany } = setup();
    log.record(entry({ path: '/a' }));
    log.record(entry({ path: '/b' }));
    await jest.advanceTimersByTimeAsync(199);
    expect(insertMany).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(insertMany).toHaveBeenCalledTimes(1);
    expect(written(insertMany).map((e) => e.path)).toEqual(['/a', '/b']);
    expect(insertMany.mock.calls[0][1]).toEqual({ ordered: false });
  });

  it('writes at once when the batch is full, and keeps the rest for the timer', async () => {
    const { log, insertMany } = setup({ batchSize: 2 });
    for (const path of ['/a', '/b', '/c']) log.record(entry({ path }));
    await jest.advanceTimersByTimeAsync(0);
    expect(insertMany).toHaveBeenCalledTimes(1);
    expect(written(insertMany).map((e) => e.path)).toEqual(['/a', '/b']);
    await jest.advanceTimersByTimeAsync(200);
    expect(written(insertMany, 1).map((e) => e.path)).toEqual(['/c']);
  });

  it('flush() writes what is buffered, and nothing when empty', async () => {
    const { log, insertMany } = setup();
    log.record(entry());
    await log.flush();
    expect(insertMany).toHaveBeenCalledTimes(1);
    await log.flush();
    await jest.advanceTimersByTimeAsync(1000);
    expect(insertMany).toHaveBeenCalledTimes(1);
  });

  it('logs a failed write instead of throwing', async () => {
    const { log, insertMany, logger } = setup();
    const err = new Error('db down');
    insertMany.mockRejectedValueOnce(err);
    log.record(entry());
    log.record(entry());
    await expect(log.flush()).resolves.toBeUndefined();
    expect(logger.error).toHaveBeenCalledWith({ err, entries: 2 }, 'request log write failed');
  });

  it('after a failed write sends again only what the database did not settle; what it refused for good is counted', async () => {
    const { log, insertMany, logger } = setup();
    const droppedBefore = (await requestLogDroppedTotal.get()).values[0]?.value ?? 0;
    for (const path of ['/stored-earlier', '/refused', '/unknown']) log.record(entry({ path }));
    // The database says the first is a duplicate of its own _id (written by an earlier attempt) and
    // refuses the second; about the third (a connection lost part way) it says nothing.
    insertMany.mockImplementationOnce((batch: Record<string, unknown>[]) =>
      Promise.reject(
        Object.assign(new Error('bulk write failed'), {
          writeErrors: [
            { code: 11000, getOperation: () => ({ _id: batch[0]!._id }) },
            { code: 2, getOperation: () => ({ _id: batch[1]!._id }) },
          ],
        }),
      ),
    );
    await log.flush();
    const [, , unknown] = written(insertMany);
    expect(log.pending()).toBe(1);
    expect((await requestLogDroppedTotal.get()).values[0]?.value).toBe(droppedBefore + 1);
    expect(logger.warn).toHaveBeenCalledWith(expect.objectContaining({ dropped: 1 }), expect.any(String));

    await log.flush();
    expect(written(insertMany, 1)).toEqual([unknown]);
    expect(log.pending()).toBe(0);
  });

  it('caps bodies and responses and marks a truncated body', async () => {
    const { log, insertMany } = setup({ bodyCapBytes: 4 });
    log.record(entry({ body: 'abcdefgh', response: '12345678', connectorId: '65e1f0a2b3c4d5e6f7a8b9c0' }));
    log.record(entry({ body: 'abc' }));
    await log.flush();
    const [long, short] = written(insertMany);
    expect(long).toMatchObject({ body: 'abcd', bodyTruncated: true, response: '1234', createdAt: new Date('2025-03-01T00:00:00Z') });
    expect(String(long!.connectorId)).toBe('65e1f0a2b3c4d5e6f7a8b9c0');
    expect(short).toMatchObject({ body: 'abc', bodyTruncated: false, connectorId: null });
  });

  it('prunes entries older than the retention period', async () => {
    const { log, deleteMany } = setup();
    await expect(log.prune(30)).resolves.toBe(7);
    expect(deleteMany).toHaveBeenCalledWith({ createdAt: { $lt: new Date('2025-01-30T00:00:00Z') } });
  });
});
