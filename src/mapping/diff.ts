/** Path-by-path differences between two JSON values, worded for a failing fixture report. */

const show = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value));

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function diffValues(expected: unknown, actual: unknown, path = '$'): string[] {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const length = Math.max(expected.length, actual.length);
    return Array.from({ length }, (_, index) => diffValues(expected[index], actual[index], `${path}[${index}]`)).flat();
  }
  if (isObject(expected) && isObject(actual)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
    return keys.flatMap((key) => diffValues(expected[key], actual[key], `${path}.${key}`));
  }
  if (Object.is(expected, actual)) return [];
  if (actual === undefined) return [`${path}: expected ${show(expected)}, missing`];
  if (expected === undefined) return [`${path}: unexpected ${show(actual)}`];
  return [`${path}: expected ${show(expected)}, got ${show(actual)}`];
}
