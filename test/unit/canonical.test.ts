import { CALL_DIRECTIONS, CALL_STATUSES, CANONICAL_FIELDS, type CallContext, validateCallEvent } from '../../src/call/canonical';

const ctx: CallContext = { defaultCountry: 'IN', timeZone: 'Asia/Kolkata' };

const valid = {
  sourceNumber: '+919611795983',
  destinationNumber: '9611795980',
  displayNumber: '%2b919020897874',
  startTime: '2015-08-20 18:26:38',
  endTime: '2015-08-20T18:26:50',
  durationSeconds: '12',
  status: 'answered',
  direction: 'INBOUND',
};

const problemsOf = (output: unknown) =>
  validateCallEvent(output, ctx)
    .problems.map((p) => `${p.field}:${p.code}`)
    .sort();

describe('canonical field list', () => {
  it('lists the seed fields in order with their seed names', () => {
    expect(CANONICAL_FIELDS.map((field) => field.seedName)).toEqual([
      'SourceNumber',
      'DestinationNumber',
      'DisplayNumber',
      'AgentNumber',
      'StartTime',
      'StartTimeUTC',
      'AnswerTime',
      'EndTime',
      'EndTimeUTC',
      'CallDuration',
      'RingDuration',
      'TotalDuration',
      'Status',
      'Direction',
      'ProviderStatus',
      'HangupCause',
      'CallNotes',
      'ResourceURL',
      'CallSessionId',
      'CallerName',
      'CallerCity',
      'CallerState',
      'CallerCountry',
      'CallerZipCode',
      'AgentId',
      'LeadId',
      'IVRPath',
      'Custom',
    ]);
    // The default complete set: the caller's number, a time, and how the call ended.
    expect(CANONICAL_FIELDS.filter((field) => field.complete).map((field) => field.name)).toEqual([
      'sourceNumber',
      'startTime',
      'endTime',
      'status',
    ]);
    expect(CANONICAL_FIELDS.find((field) => field.name === 'status')?.values).toBe(CALL_STATUSES);
    expect(CANONICAL_FIELDS.find((field) => field.name === 'direction')?.values).toBe(CALL_DIRECTIONS);
    expect(CANONICAL_FIELDS.every((field) => field.description.length > 0)).toBe(true);
  });
});

describe('validateCallEvent', () => {
  it('normalises a valid output into a typed event and a JSON preview', () => {
    const { event, normalized, problems } = validateCallEvent(valid, ctx);
    expect(problems).toEqual([]);
    expect(event).toEqual({
      sourceNumber: '+919611795983',
      destinationNumber: '+919611795980',
      displayNumber: '+919020897874',
      startTime: new Date('2015-08-20T12:56:38Z'),
      endTime: new Date('2015-08-20T12:56:50Z'),
      durationSeconds: 12,
      status: 'Answered',
      direction: 'Inbound',
      custom: {},
    });
    expect(normalized).toEqual({
      sourceNumber: '+919611795983',
      destinationNumber: '+919611795980',
      displayNumber: '+919020897874',
      startTime: '2015-08-20T12:56:38.000Z',
      endTime: '2015-08-20T12:56:50.000Z',
      durationSeconds: 12,
      status: 'Answered',
      direction: 'Inbound',
    });
  });

  it('accepts seed names, and the clear name wins when both are present', () => {
    const seed = {
      SourceNumber: '9611795983',
      DestinationNumber: '9611795980',
      DisplayNumber: '9020897874',
      StartTime: '2015-08-20 18:26:38',
      EndTime: '2015-08-20 18:26:50',
      CallDuration: 12,
      Status: 'Missed',
      Direction: 'Outbound',
      CallNotes: 'hi',
    };
    const { event } = validateCallEvent({ ...seed, notes: 'clear wins' }, ctx);
    expect(event?.sourceNumber).toBe('+919611795983');
    expect(event?.status).toBe('Missed');
    expect(event?.notes).toBe('clear wins');
  });

  it('requires an object', () => {
    expect(problemsOf(undefined)).toEqual(['$:missing']);
    expect(problemsOf([valid])).toEqual(['$:wrong_type']);
    expect(problemsOf('text')).toEqual(['$:wrong_type']);
  });

  it('treats null and empty text as absent, and absence as no problem (events are partial)', () => {
    const { event, problems } = validateCallEvent({ ...valid, sourceNumber: null, status: '  ', notes: '' }, ctx);
    expect(problems).toEqual([]);
    expect(event).not.toHaveProperty('sourceNumber');
    expect(event).not.toHaveProperty('status');
    expect(validateCallEvent({ sessionId: 'only-this' }, ctx).event).toEqual({ sessionId: 'only-this', custom: {} });
  });

  it('reads StartTimeUTC and EndTimeUTC as UTC, and checks the end against whichever start is given', () => {
    const { event } = validateCallEvent({ StartTimeUTC: '2026-11-23 10:00:00', EndTimeUTC: '2026-11-23 10:05:00' }, ctx);
    expect(event?.startTimeUtc?.toISOString()).toBe('2026-11-23T10:00:00.000Z');
    expect(event?.endTimeUtc?.toISOString()).toBe('2026-11-23T10:05:00.000Z');
    expect(problemsOf({ StartTimeUTC: '2026-11-23 10:00:00', EndTimeUTC: '2026-11-23 09:59:00' })).toEqual(['endTimeUtc:invalid']);
  });

  it('still refuses a value that is present but wrong, naming the value', () => {
    const { problems } = validateCallEvent(
      { status: 'Ringing', startTime: 'yesterday-ish', sourceNumber: 'anonymous', ringSeconds: '1:30' },
      ctx,
    );
    expect(problems.map((p) => `${p.field}:${p.code}`).sort()).toEqual([
      'ringSeconds:wrong_type',
      'sourceNumber:invalid',
      'startTime:invalid',
      'status:not_allowed',
    ]);
    expect(problems.find((p) => p.field === 'status')?.message).toContain('"Ringing"');
  });

  it('keeps a number libphonenumber judges invalid in E.164 and lists it as unverified', () => {
    const { event } = validateCallEvent({ sourceNumber: '1000001000', agentNumber: '+919611795983' }, ctx);
    expect(event).toMatchObject({ sourceNumber: '+911000001000', agentNumber: '+919611795983', unverifiedNumbers: ['sourceNumber'] });
  });

  it('reports unknown fields and suggests custom', () => {
    const { problems, normalized, event } = validateCallEvent({ ...valid, campaign: 'x' }, ctx);
    expect(event).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'campaign', code: 'unknown_field' });
    expect(problems[0]?.message).toContain('custom');
    expect(normalized.campaign).toBe('x');
  });

  it('refuses a clock-style duration with a message naming both names', () => {
    const { problems, normalized } = validateCallEvent({ ...valid, durationSeconds: '00:01:05' }, ctx);
    expect(problems).toEqual([
      {
        field: 'durationSeconds',
        code: 'wrong_type',
        message:
          'durationSeconds (CallDuration) must be a whole number of seconds; got "00:01:05" (convert it in the mapping with $duration)',
      },
    ]);
    expect(normalized.durationSeconds).toBe('00:01:05');
    expect(problemsOf({ ...valid, durationSeconds: -1 })).toEqual(['durationSeconds:invalid']);
    expect(problemsOf({ ...valid, durationSeconds: '-3' })).toEqual(['durationSeconds:wrong_type']);
  });

  it("reads a year-first date with slashes as the connector's wall-clock time", () => {
    expect(validateCallEvent({ startTime: '2026/11/23 10:00:49' }, ctx).event?.startTime?.toISOString()).toBe('2026-11-23T04:30:49.000Z');
  });

  it('rounds durations given in fractions of a second', () => {
    expect(validateCallEvent({ ...valid, durationSeconds: 12.48, ringSeconds: '7.5', totalSeconds: '20.0' }, ctx).event).toMatchObject({
      durationSeconds: 12,
      ringSeconds: 8,
      totalSeconds: 20,
    });
  });

  it('checks enums, phones, urls and text types', () => {
    expect(problemsOf({ ...valid, status: 'Busy', direction: 3 })).toEqual(['direction:wrong_type', 'status:not_allowed']);
    expect(problemsOf({ ...valid, sourceNumber: 'withheld', destinationNumber: { n: 1 } })).toEqual([
      'destinationNumber:wrong_type',
      'sourceNumber:invalid',
    ]);
    expect(problemsOf({ ...valid, recordingUrl: 'x'.repeat(2049) })).toEqual(['recordingUrl:invalid']);
    expect(problemsOf({ ...valid, recordingUrl: 'server/filename.extension', callerName: ['a'] })).toEqual(['callerName:wrong_type']);
    expect(validateCallEvent({ ...valid, sessionId: 42 }, ctx).event?.sessionId).toBe('42');
  });

  it.each([
    ['2015-08-20T12:56:38Z', '2015-08-20T12:56:38.000Z'],
    ['2015-08-20T18:26:38+05:30', '2015-08-20T12:56:38.000Z'],
    ['2015-08-20 18:26:38', '2015-08-20T12:56:38.000Z'],
    ['Thu, 20 Aug 2015 12:56:38 GMT', '2015-08-20T12:56:38.000Z'],
    [1440075398, '2015-08-20T12:56:38.000Z'],
    [1440075398000, '2015-08-20T12:56:38.000Z'],
  ])('reads start time %p', (startTime, expected) => {
    const { normalized, problems } = validateCallEvent({ ...valid, startTime, endTime: '2015-08-20T13:00:00Z' }, ctx);
    expect(problems).toEqual([]);
    expect(normalized.startTime).toBe(expected);
  });

  it('reads StartTimeUTC without an offset as UTC, not local time', () => {
    expect(validateCallEvent({ ...valid, StartTimeUTC: '2015-08-20 12:56:38' }, ctx).normalized.startTimeUtc).toBe(
      '2015-08-20T12:56:38.000Z',
    );
  });

  it('refuses unreadable times and an end before the start', () => {
    expect(problemsOf({ ...valid, startTime: 'yesterday', endTime: true })).toEqual(['endTime:wrong_type', 'startTime:invalid']);
    expect(problemsOf({ ...valid, endTime: '2015-08-20 18:00:00' })).toEqual(['endTime:invalid']);
  });

  it("keeps custom values under the provider's own names, nested ones as JSON text, and names each bad key", () => {
    const { event } = validateCallEvent(
      { ...valid, custom: { campaign: 'Diwali', tries: 2, vip: false, note: null, 'Call-Type': 'ivr', legs: [{ to: '1001' }] } },
      ctx,
    );
    expect(event?.custom).toEqual({ campaign: 'Diwali', tries: 2, vip: false, note: null, 'Call-Type': 'ivr', legs: '[{"to":"1001"}]' });
    expect(
      problemsOf({ ...valid, custom: { 'a.b': 1, $where: 1, constructor: 1, ['x'.repeat(65)]: 1, long: 'y'.repeat(10_001) } }),
    ).toEqual([
      'custom.$where:invalid',
      'custom.a.b:invalid',
      'custom.constructor:invalid',
      'custom.long:invalid',
      `custom.${'x'.repeat(65)}:invalid`,
    ]);
    const many = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, i]));
    expect(problemsOf({ ...valid, custom: many })).toEqual(['custom:invalid']);
    expect(problemsOf({ ...valid, custom: 'text' })).toEqual(['custom:wrong_type']);
  });
});
