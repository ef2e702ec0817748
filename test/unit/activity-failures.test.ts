import { ApplicationFailure } from '@temporalio/activity';
import { toTemporalFailure, withFailures } from '../../activities/failures';
import { AppError, ERROR_CATALOGUE } from '../../src/errors';
import { OutboundError } from '../../src/outbound';

describe('toTemporalFailure: one vocabulary from activities to workflows', () => {
  test('a catalogue error keeps its code as the failure type, retried only when the catalogue says so', () => {
    const notFound = toTemporalFailure(new AppError('NOT_FOUND', 'lead 42 no longer exists'));
    expect(notFound).toBeInstanceOf(ApplicationFailure);
    expect(notFound).toMatchObject({ type: 'NOT_FOUND', message: 'lead 42 no longer exists', nonRetryable: true });

    const unavailable = toTemporalFailure(new AppError('PROVIDER_UNAVAILABLE'));
    expect(unavailable).toMatchObject({ type: 'PROVIDER_UNAVAILABLE', nonRetryable: false });
  });

  test("an outbound error is the catalogue's code, with the provider's status kept on the error", () => {
    const rejected = new OutboundError('PROVIDER_REJECTED', 'Provider answered 400: invalid phone', {
      status: 400,
      bodyExcerpt: 'invalid phone',
    });
    expect(rejected.code).toBe('PROVIDER_REJECTED');
    expect(rejected.status).toBe(ERROR_CATALOGUE.PROVIDER_REJECTED.status);
    expect(rejected.providerStatus).toBe(400);
    expect(toTemporalFailure(rejected)).toMatchObject({ type: 'PROVIDER_REJECTED', nonRetryable: true });
    expect(toTemporalFailure(new OutboundError('TEMPLATE_VALUE', 'Missing merge field(s): lead.name'))).toMatchObject({
      type: 'TEMPLATE_VALUE',
      nonRetryable: true,
    });
  });

  test('details travel with the failure; an error outside the catalogue is INTERNAL and retried', () => {
    const detailed = toTemporalFailure(
      new AppError('VALIDATION_FAILED', 'bad', [{ field: 'phone', code: 'missing', message: 'no phone' }]),
    );
    expect(detailed.details).toEqual([[{ field: 'phone', code: 'missing', message: 'no phone' }]]);

    const plain = toTemporalFailure(new TypeError('x is undefined'));
    expect(plain).toMatchObject({ type: 'INTERNAL', message: 'x is undefined', nonRetryable: false });
    expect(plain.cause).toBeInstanceOf(TypeError);

    const already = ApplicationFailure.nonRetryable('as is', 'CONFLICT');
    expect(toTemporalFailure(already)).toBe(already);
  });

  test('withFailures wraps every activity and leaves results alone', async () => {
    const activities = withFailures({
      ok: async (n: number) => n + 1,
      gone: async () => {
        throw new AppError('NOT_FOUND', 'connector c1 no longer exists');
      },
    });
    await expect(activities.ok(1)).resolves.toBe(2);
    await expect(activities.gone()).rejects.toMatchObject({ type: 'NOT_FOUND', nonRetryable: true });
  });
});
