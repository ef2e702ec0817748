/** Call analytics' pure parts: the local calendar of a report, the outcomes, and the CSV. */
import { duration, filtersFromSearch, percent, searchOf } from '../../designer/src/analytics/format';
import { AppError } from '../../src/errors';
import { answerRate, outcomeOf, statusesOf } from '../../src/call/outcome';
import type { CallAnalytics } from '../../src/services/analytics';
import { analyticsCsv, analyticsCsvName, csvField } from '../../src/services/analytics-csv';
import { checkTimeZone, localSlot, MAX_RANGE_DAYS, reportWindow } from '../../src/services/analytics-time';

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

describe('the local calendar', () => {
  test('a call at 23:30 UTC lands on the next day in Asia/Kolkata, at 05:00', () => {
    expect(localSlot(new Date('2024-03-09T23:30:00Z'), 'Asia/Kolkata')).toEqual({ date: '2024-03-10', hour: 5 });
    expect(localSlot(new Date('2024-03-09T23:30:00Z'), 'UTC')).toEqual({ date: '2024-03-09', hour: 23 });
    expect(localSlot(new Date('2024-03-10T03:30:00Z'), 'America/Los_Angeles')).toEqual({ date: '2024-03-09', hour: 19 });
  });

  test('the window runs from local midnight of the first day to local midnight after the last', () => {
    const w = reportWindow('2024-03-01', '2024-03-03', 'Asia/Kolkata');
    expect(w.start.toISOString()).toBe('2024-02-29T18:30:00.000Z');
    expect(w.end.toISOString()).toBe('2024-03-03T18:30:00.000Z');
    expect(w.days).toEqual(['2024-03-01', '2024-03-02', '2024-03-03']);
    expect(w.timeZone).toBe('Asia/Kolkata');
  });

  test('a day with a DST change lasts 23 hours, and its hours map to their local hour', () => {
    const w = reportWindow('2024-03-10', '2024-03-10', 'America/New_York');
    expect(w.end.getTime() - w.start.getTime()).toBe(23 * 3600_000);
    // 07:30 UTC is 03:30 EDT: 02:00-03:00 did not happen that day.
    expect(localSlot(new Date('2024-03-10T07:30:00Z'), 'America/New_York')).toEqual({ date: '2024-03-10', hour: 3 });
    // The repeated hour in November counts twice under 01:00.
    expect(localSlot(new Date('2024-11-03T05:30:00Z'), 'America/New_York').hour).toBe(1);
    expect(localSlot(new Date('2024-11-03T06:30:00Z'), 'America/New_York').hour).toBe(1);
  });

  test('a range of a leap year is allowed, one day more is refused naming the limit', () => {
    expect(reportWindow('2024-01-01', '2024-12-31', 'UTC').days).toHaveLength(MAX_RANGE_DAYS);
    const err = refusal(() => reportWindow('2024-01-01', '2025-01-01', 'UTC'));
    expect(err.status).toBe(400);
    expect(err.message).toContain(`longer than ${MAX_RANGE_DAYS} days`);
  });

  test('bad dates, a reversed range and unknown zones are 400s that name the value', () => {
    expect(refusal(() => reportWindow('2024-02-30', '2024-03-01', 'UTC')).message).toContain('"2024-02-30"');
    expect(refusal(() => reportWindow('yesterday', '2024-03-01', 'UTC')).details[0]!.field).toBe('query.from');
    const reversed = refusal(() => reportWindow('2024-03-02', '2024-03-01', 'UTC'));
    expect(reversed.message).toContain('before it starts');
    expect(reversed.status).toBe(400);
    const zone = refusal(() => reportWindow('2024-03-01', '2024-03-01', 'Mars/Olympus_Mons'));
    expect(zone.message).toContain('"Mars/Olympus_Mons" is not an IANA time zone');
    expect(zone.details[0]!.field).toBe('query.timeZone');
    expect(checkTimeZone('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(() => checkTimeZone('+05:30')).toThrow(AppError);
  });
});

describe('outcomes', () => {
  test('stored statuses map to outcomes, anything else is unknown', () => {
    expect(['Answered', 'Missed', 'Voicemail', null, 'answered', 'Busy'].map(outcomeOf)).toEqual([
      'answered',
      'missed',
      'voicemail',
      'unknown',
      'unknown',
      'unknown',
    ]);
    expect(statusesOf('answered')).toEqual(['Answered']);
    expect(statusesOf('unknown')).toEqual([]);
  });

  test('the answer rate counts answered over answered, missed and voicemail', () => {
    expect(answerRate({ answered: 2, missed: 1, voicemail: 1, unknown: 5 })).toBe(0.5);
    expect(answerRate({ answered: 0, missed: 0, voicemail: 0, unknown: 3 })).toBeNull();
  });
});

describe('the CSV', () => {
  test('fields with commas, quotes and line breaks are quoted; formulas are defused', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Smith, Jo')).toBe('"Smith, Jo"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(0.5)).toBe('0.5');
    expect(csvField(null)).toBe('');
  });

  test('every section is a row with the same columns', () => {
    const f = { calls: 2, answered: 1, missed: 1, voicemail: 0, unknown: 0, answerRate: 0.5 };
    const report: CallAnalytics = {
      from: '2024-03-01',
      to: '2024-03-01',
      timeZone: 'Asia/Kolkata',
      timeZoneSource: 'query',
      start: new Date('2024-02-29T18:30:00Z'),
      end: new Date('2024-03-01T18:30:00Z'),
      totals: { ...f, avgRingSeconds: 4, avgTalkSeconds: 30 },
      byHour: Array.from({ length: 24 }, (_, hour) => ({
        hour,
        ...(hour === 9 ? f : { ...f, calls: 0, answered: 0, missed: 0, answerRate: null }),
      })),
      byDay: [{ date: '2024-03-01', ...f }],
      byAgent: [{ id: 'a1', name: 'Kumar, "KK"', ...f, avgRingSeconds: 4, avgTalkSeconds: 30 }],
      byTeam: [{ id: null, name: 'No team', ...f, avgRingSeconds: null, avgTalkSeconds: null }],
      byConnector: [{ id: 'c1', name: 'Desk', ...f, avgRingSeconds: 4, avgTalkSeconds: 30 }],
    };
    const lines = analyticsCsv(report).split('\r\n');
    expect(lines[0]).toBe('section,key,name,calls,answered,missed,voicemail,unknown,answer_rate,avg_ring_seconds,avg_talk_seconds');
    expect(lines[1]).toBe('total,2024-03-01..2024-03-01,Asia/Kolkata,2,1,1,0,0,0.5,4,30');
    expect(lines[2]).toBe('hour,00,00:00,0,0,0,0,0,,,');
    expect(lines[11]).toBe('hour,09,09:00,2,1,1,0,0,0.5,,');
    expect(lines[26]).toBe('day,2024-03-01,2024-03-01,2,1,1,0,0,0.5,,');
    expect(lines[27]).toBe('agent,a1,"Kumar, ""KK""",2,1,1,0,0,0.5,4,30');
    expect(lines[28]).toBe('team,,No team,2,1,1,0,0,0.5,,');
    expect(lines[29]).toBe('connector,c1,Desk,2,1,1,0,0,0.5,4,30');
    expect(lines[30]).toBe('');
    expect(analyticsCsvName(report)).toBe('patchcord-calls-2024-03-01-to-2024-03-01-Asia_Kolkata.csv');
  });
});

describe("the screen's filters and figures", () => {
  test('filters round-trip through the query string, with the last seven days by default', () => {
    const today = new Date(2024, 2, 10);
    expect(filtersFromSearch('', today)).toEqual({ from: '2024-03-04', to: '2024-03-10' });
    const f = filtersFromSearch('?from=2024-01-01&to=2024-01-31&timeZone=UTC&agentId=&other=x', today);
    expect(f).toEqual({ from: '2024-01-01', to: '2024-01-31', timeZone: 'UTC' });
    expect(searchOf(f)).toBe('?from=2024-01-01&to=2024-01-31&timeZone=UTC');
    expect(searchOf({ ...f, timeZone: 'Asia/Kolkata' })).toBe('?from=2024-01-01&to=2024-01-31&timeZone=Asia%2FKolkata');
  });

  test('rates and durations read as text', () => {
    expect([percent(0.4), percent(1 / 3), percent(null)]).toEqual(['40.0%', '33.3%', '–']);
    expect([duration(16.5), duration(15), duration(210), duration(59.6), duration(null)]).toEqual([
      '16.5s',
      '15s',
      '3m 30s',
      '1m 00s',
      '–',
    ]);
  });
});
