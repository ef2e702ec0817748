/**
 * The designer's pure logic (no browser): sample paths, the starter mapping, where errors are
 * underlined, bulk-pasted numbers, the version diff and a preview's events. The starter is checked
 * against the real engine and validation, so "obviously matching" means the preview really turns green.
 */
import { validateCallEvent, CANONICAL_FIELDS } from '../../src/call/canonical';
import { validateMapped } from '../../src/call/mapped-events';
import { previewMapping } from '../../src/mapping/preview';
import { makeMappingEngine } from '../../src/mapping/engine';
import { decodePayload } from '../../src/webhooks/payload';
import { parseBulkNumbers } from '../../designer/src/connectors/bulk-numbers';
import { lineDiff } from '../../designer/src/lib/line-diff';
import { errorRange } from '../../designer/src/mapping/error-range';
import { completeLabels, eventViews } from '../../designer/src/mapping/event-fields';
import { fieldName, formView, samplePaths } from '../../designer/src/mapping/paths';
import { ROUTE_STARTER_FIELDS, starterExpression } from '../../designer/src/mapping/starter';
import { UNHURRIED } from '../helpers/mapping';

const ctx = { defaultCountry: 'IN' as const, timeZone: 'Asia/Kolkata' };

test('sample paths: backticks where needed, array indexes, and JSON text reached through $parseJson', () => {
  const paths = samplePaths({ 'Call-Id': 'x', and: 1, legs: [{ to: '1' }], agent: '{"code":"ag-7"}' }).map((p) => p.path);
  expect(paths).toEqual(['`Call-Id`', '`and`', 'legs', 'legs[0]', 'legs[0].to', 'agent', '$parseJson(agent).code']);
  expect(fieldName('plain_name')).toBe('plain_name');
});

test('the starter maps obvious names through the right helpers, and the engine accepts it', async () => {
  const payload = decodePayload({
    body: 'caller=09611232123&called=09876543210&did=1000001000&started=2024-03-05+10%3A15%3A00&ended=2024-03-05+10%3A17%3A05&duration=00%3A02%3A05&status=answered&direction=inbound&agent=%7B%22code%22%3A%22ag-7%22%7D',
    contentType: 'application/x-www-form-urlencoded',
    query: '',
    maxBytes: 65536,
  });
  const expression = starterExpression(payload, CANONICAL_FIELDS);
  expect(expression).toContain('"durationSeconds": $duration(duration) ?? duration');
  expect(expression).toContain('"agentId": $parseJson(agent).code');
  expect(expression).not.toContain('still to map');
  const { problems, normalized } = validateCallEvent(await makeMappingEngine(UNHURRIED).evaluate(expression, payload, ctx), ctx);
  expect(problems).toEqual([]);
  expect(normalized).toMatchObject({
    sourceNumber: '+919611232123',
    durationSeconds: 125,
    status: 'Answered',
    direction: 'Inbound',
    agentId: 'ag-7',
  });
});

test('the starter lists the fields of a complete call it could not match, a start or end time counting once, and still compiles', async () => {
  const expression = starterExpression({ foo: '1' }, CANONICAL_FIELDS);
  expect(expression).toContain('/* still to map here or in other events: sourceNumber, a start or end time, status */');
  await expect(makeMappingEngine(UNHURRIED).evaluate(expression, {}, ctx)).resolves.toEqual({});
  // Any one time is enough: an end time alone leaves only the others.
  expect(starterExpression({ ended: '2024-03-05 10:17:05' }, CANONICAL_FIELDS)).toContain(
    'still to map here or in other events: sourceNumber, status */',
  );
  expect(starterExpression({ StartTimeUTC: '2024-03-05T04:45:00Z' }, CANONICAL_FIELDS)).toContain(
    `"startTimeUtc": $localTime(StartTimeUTC, null, 'UTC') ?? StartTimeUTC`,
  );
});

test('the starter for the route input reads the caller, the number dialled and the call id', async () => {
  const payload = decodePayload({
    body: '',
    contentType: undefined,
    query: 'ani=09611232123&dnis=08040001000&CallUUID=r-1',
    maxBytes: 65536,
  });
  const expression = starterExpression(payload, ROUTE_STARTER_FIELDS);
  expect(expression).not.toContain('still to map');
  const checked = validateMapped('route', await makeMappingEngine(UNHURRIED).evaluate(expression, payload, ctx), ctx);
  expect(checked).toMatchObject({
    problems: [],
    normalized: { callerNumber: '+919611232123', virtualNumber: '+918040001000', sessionId: 'r-1' },
  });
  expect(starterExpression({}, ROUTE_STARTER_FIELDS)).toContain('still to map here or in other events: callerNumber */');
});

test('form fields with bracket keys show which view a path reads: the exact key or the expanded one', () => {
  const payload = decodePayload({
    body: 'Legs[0][Status]=ringing&Legs[1][Status]=answered&From=1',
    contentType: 'application/x-www-form-urlencoded',
    query: '',
    maxBytes: 65536,
  });
  const views = samplePaths(payload)
    .filter((p) => p.depth === 0)
    .map((p) => [p.path, p.view ?? null]);
  expect(views).toEqual(
    expect.arrayContaining([
      ['`Legs[0][Status]`', 'exact'],
      ['`Legs[1][Status]`', 'exact'],
      ['Legs', 'expanded'],
      ['From', null],
    ]),
  );
  expect(samplePaths(payload).map((p) => p.path)).toContain('Legs[1].Status');
  // A JSON key with brackets and no expanded sibling is just a key.
  expect(formView('a[0]', ['a[0]', 'b'])).toBeUndefined();
});

test("a preview's events: what each brings, what it leaves to other events, and its own problems", async () => {
  expect(completeLabels(['sourceNumber', 'startTime', 'endTime', 'status'])).toEqual(['sourceNumber', 'a start or end time', 'status']);
  const engine = makeMappingEngine(UNHURRIED);
  const payload = {
    items: [
      { id: 'a', from: '9611232123', at: '2024-03-05 10:15:00' },
      { id: 'a', outcome: 'done' },
    ],
  };
  const expression =
    "items.{ 'sessionId': id, 'kind': outcome ? 'hangup' : 'live', 'sourceNumber': from, 'startTime': at, 'status': outcome }";
  const preview = await previewMapping(engine, { expression, payload, ctx, kind: 'events' });
  const [first, second] = eventViews(preview);
  expect(first).toMatchObject({
    index: 0,
    kind: 'live',
    problems: [],
    provided: ['sourceNumber', 'startTime', 'sessionId'],
    missing: ['status'],
  });
  expect(second).toMatchObject({
    index: 1,
    kind: 'hangup',
    values: { status: 'done' },
    provided: ['sessionId'],
    missing: ['sourceNumber', 'a start or end time', 'status'],
  });
  expect(second?.problems.map((p) => `${p.field}:${p.code}`)).toEqual(['status:not_allowed']);
  const broken = await previewMapping(engine, { expression: '{', payload, ctx });
  expect(eventViews(broken)).toEqual([]);
});

test("errors are underlined on the token before JSONata's position, clamped to the text", () => {
  expect(errorRange({ message: '', position: 5, token: ')' }, 10)).toEqual({ from: 4, to: 5 });
  expect(errorRange({ message: '', position: 7, token: 'abc' }, 10)).toEqual({ from: 4, to: 7 });
  expect(errorRange({ message: '' }, 3)).toEqual({ from: 2, to: 3 });
  expect(errorRange({ message: '', position: 99 }, 3)).toEqual({ from: 2, to: 3 });
  expect(errorRange({ message: '', position: 0 }, 0)).toEqual({ from: 0, to: 0 });
});

test('bulk paste reads "number, tag", tabs and bare numbers', () => {
  expect(parseBulkNumbers('+91 80 4000 1000, Sales\n\n+918040001001\tSupport, East\n+918040001002')).toEqual([
    { number: '+91 80 4000 1000', tag: 'Sales' },
    { number: '+918040001001', tag: 'Support, East' },
    { number: '+918040001002', tag: '' },
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
