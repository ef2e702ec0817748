/**
 * The designer's pure logic (no browser): sample paths, the starter mapping, where errors are
 * underlined, bulk-pasted numbers and the version diff. The starter is checked against the real
 * engine and validation, so "obviously matching" means the preview really turns green.
 */
import { validateCallEvent, CANONICAL_FIELDS } from '../../src/call/canonical';
import { makeMappingEngine } from '../../src/mapping/engine';
import { decodePayload } from '../../src/webhooks/payload';
import { parseBulkNumbers } from '../../designer/src/connectors/bulk-numbers';
import { lineDiff } from '../../designer/src/lib/line-diff';
import { errorRange } from '../../designer/src/mapping/error-range';
import { fieldName, samplePaths } from '../../designer/src/mapping/paths';
import { starterExpression } from '../../designer/src/mapping/starter';

const ctx = { defaultCountry: 'IN' as const, timeZone: 'Asia/Kolkata' };

test('sample paths: backticks where needed, array indexes, and JSON text reached through $parseJson', () => {
  const paths = samplePaths({ 'Call-Id': 'x', and: 1, legs: [{ to: '1' }], agent: '{"code":"ag-7"}' }).map((p) => p.path);
  expect(paths).toEqual(['`Call-Id`', '`and`', 'legs', 'legs[0]', 'legs[0].to', 'agent', '$parseJson(agent).code']);
  expect(fieldName('plain_name')).toBe('plain_name');
});

test('the starter maps obvious names through the right helpers, and the engine accepts it', async () => {
  const payload = decodePayload({
    body: 'caller=09611232123&called=09876543210&did=1000001000&started=2024-03-05+10%3A15%3A00&ended=2024-03-05+10%3A17%3A05&duration=00%3A02%3A05&status=answered&direction=inbound&agent=%7B%22code%22%3A%22ag-7%22%7D',
    contentType: 'application/x-www-form-urlencoded', query: '', maxBytes: 65536,
  });
  const expression = starterExpression(payload, CANONICAL_FIELDS);
  expect(expression).toContain('"durationSeconds": $duration(duration) ?? duration');
  expect(expression).toContain('"agentId": $parseJson(agent).code');
  expect(expression).not.toContain('still to map');
  const { problems, normalized } = validateCallEvent(await makeMappingEngine().evaluate(expression, payload, ctx), ctx);
  expect(problems).toEqual([]);
  expect(normalized).toMatchObject({ sourceNumber: '+919611232123', durationSeconds: 125, status: 'Answered', direction: 'Inbound', agentId: 'ag-7' });
});

test('the starter lists the mandatory fields it could not match, and still compiles', async () => {
  const expression = starterExpression({ foo: '1' }, CANONICAL_FIELDS);
  expect(expression).toMatch(/still to map \(mandatory\): sourceNumber, destinationNumber, displayNumber, startTime, endTime, durationSeconds, status, direction/);
  await expect(makeMappingEngine().evaluate(expression, {}, ctx)).resolves.toEqual({});
});

test('errors are underlined on the token before JSONata\'s position, clamped to the text', () => {
  expect(errorRange({ message: '', position: 5, token: ')' }, 10)).toEqual({ from: 4, to: 5 });
  expect(errorRange({ message: '', position: 7, token: 'abc' }, 10)).toEqual({ from: 4, to: 7 });
  expect(errorRange({ message: '' }, 3)).toEqual({ from: 2, to: 3 });
  expect(errorRange({ message: '', position: 99 }, 3)).toEqual({ from: 2, to: 3 });
  expect(errorRange({ message: '', position: 0 }, 0)).toEqual({ from: 0, to: 0 });
});

test('bulk paste reads "number, tag", tabs and bare numbers', () => {
  expect(parseBulkNumbers('+91 80 4000 1000, Sales\n\n+918040001001\tSupport, East\n+918040001002')).toEqual([
    { number: '+91 80 4000 1000', tag: 'Sales' }, { number: '+918040001001', tag: 'Support, East' }, { number: '+918040001002', tag: '' },
  ]);
});

test('the line diff pairs changed lines side by side', () => {
  expect(lineDiff('a\nb\nc', 'a\nB\nc\nd')).toEqual([
    { kind: 'same', left: 'a', right: 'a' },
    { kind: 'changed', left: 'b', right: 'B' },
    { kind: 'same', left: 'c', right: 'c' },
    { kind: 'added', left: null, right: 'd' },
  ]);
});
