/**
 * The sandbox's deadline counts an evaluation's running time: evaluations queued behind a mapping
 * that overruns wait for its thread to be stopped and then run, instead of running out of time in
 * the queue.
 */
import { AppError } from '../../src/errors';
import { makeMappingSandbox } from '../../src/mapping/sandbox';

const ctx = { defaultCountry: 'IN' as const, timeZone: 'Asia/Kolkata' };

test('a mapping that overruns is stopped; the ones queued behind it on the same thread still run', async () => {
  const sandbox = makeMappingSandbox({ threads: 1, hardTimeoutMs: 500 });
  try {
    await sandbox.evaluate('{ "a": x }', { x: 0 }, ctx);
    const hostile = sandbox.evaluate('$length($pad("", 50000000, "ab"))', {}, ctx).catch((err: unknown) => err);
    const queued = [1, 2, 3].map((x) => sandbox.evaluate('{ "a": x }', { x }, ctx));
    const stopped = await hostile;
    expect(stopped).toBeInstanceOf(AppError);
    expect((stopped as AppError).code).toBe('MAPPING_LIMIT');
    expect((stopped as AppError).details[0]?.code).toBe('hard_timeout');
    await expect(Promise.all(queued)).resolves.toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
  } finally {
    await sandbox.close();
  }
});
