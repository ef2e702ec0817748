/** The agent console's times and durations (designer/src/console/format.ts). */
import { formatDuration, formatWhen, secondsBetween } from '../../designer/src/console/format';

test('durations read as 1m 05s', () => {
  expect(formatDuration(65)).toBe('1m 05s');
  expect(formatDuration(9)).toBe('9s');
  expect(formatDuration(3725)).toBe('1h 02m 05s');
  expect(formatDuration(null)).toBe('');
  expect(formatDuration(-1)).toBe('');
});

test("a call from another day shows its date; today's only the time", () => {
  const now = new Date('2026-03-10T12:00:00');
  expect(formatWhen('2026-03-10T09:05:00', now)).not.toMatch(/Mar/);
  expect(formatWhen('2026-03-09T09:05:00', now)).toMatch(/9/);
  expect(formatWhen('2026-03-09T09:05:00', now)).toMatch(/Mar/);
  expect(formatWhen('2025-03-09T09:05:00', now)).toMatch(/2025/);
  expect(formatWhen(null, now)).toBe('');
});

test('seconds between two instants, or until now', () => {
  expect(secondsBetween('2026-03-10T09:00:00Z', '2026-03-10T09:01:05Z')).toBe(65);
  expect(secondsBetween('2026-03-10T09:00:00Z', null, new Date('2026-03-10T09:00:30Z'))).toBe(30);
  expect(secondsBetween(null, null)).toBeNull();
});
