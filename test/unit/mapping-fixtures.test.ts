import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAPPING_KINDS } from '../../src/call/mapped-events';
import { makeMappingEngine } from '../../src/mapping/engine';
import { loadFixtures, runFixture, type MappingFixture } from '../../src/mapping/fixtures';
import { getPreset } from '../../src/providers';
import { UNHURRIED } from '../helpers/mapping';

const root = join(__dirname, '..', '..');
const providersDir = join(root, 'src', 'providers');
const presetFixtureDirs = readdirSync(providersDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => join(providersDir, entry.name, 'fixtures'))
  .filter((dir) => existsSync(dir));
const fixtures: MappingFixture[] = [...presetFixtureDirs, join(root, 'test', 'fixtures', 'mappings')].flatMap(loadFixtures);

// The same engine and limits production uses.
const engine = makeMappingEngine(UNHURRIED);

describe('mapping fixtures', () => {
  it('finds the fixture set', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
    expect(fixtures.filter((fixture) => 'preset' in fixture.mapping).length).toBeGreaterThanOrEqual(10);
    // Every mapping kind of the generic preset is covered by its fixtures.
    const generic = fixtures.filter((fixture) => 'preset' in fixture.mapping && fixture.mapping.preset === 'generic');
    expect([...new Set(generic.map((fixture) => fixture.kind ?? 'callLog'))].sort()).toEqual([...MAPPING_KINDS].sort());
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', async (_name, fixture) => {
    const result = await runFixture(engine, fixture, getPreset);
    expect(result.diff).toEqual([]);
    expect(result.pass).toBe(true);
  });
});

describe('the fixture runner', () => {
  const base = {
    name: 'runner check',
    request: { contentType: 'application/json', body: '{"SourceNumber":"9611795983","Status":"Busy"}' },
    mapping: { preset: 'generic' },
  };

  it('reports each differing path when the output does not match', async () => {
    const fixture: MappingFixture = { ...base, expect: { output: { sourceNumber: '+910000000000' } } };
    const result = await runFixture(engine, fixture, getPreset);
    expect(result.pass).toBe(false);
    expect(result.diff).toContain('output.sourceNumber: expected "+910000000000", got "+919611795983"');
    expect(result.diff).toContain('unexpected problem status:not_allowed');
  });

  it('compares problem sets and error codes', async () => {
    const problems = await runFixture(engine, { ...base, expect: { error: ['status:not_allowed', 'endTime:invalid'] } }, getPreset);
    expect(problems.pass).toBe(false);
    expect(problems.diff).toEqual(['problem endTime:invalid: expected, not reported']);
    const code = await runFixture(engine, { ...base, expect: { error: 'MAPPING_SYNTAX' } }, getPreset);
    expect(code.pass).toBe(false);
    expect(code.actual.error).toEqual(['status:not_allowed']);
  });

  it('leaves missing fields to other events: a partial call log passes with only what it brings', async () => {
    const partial: MappingFixture = {
      name: 'partial',
      request: { contentType: 'application/json', body: '{"CallSessionId":"s-9","Status":"Missed"}' },
      mapping: { preset: 'generic' },
      expect: { output: { sessionId: 's-9', status: 'Missed' } },
    };
    const result = await runFixture(engine, partial, getPreset);
    expect(result.diff).toEqual([]);
    expect(result.actual.output).toEqual({ kind: 'log', sessionId: 's-9', status: 'Missed' });
  });

  it("compares kind only when the expected output names it or it is not the mapping kind's default", async () => {
    const request = { contentType: 'application/json', body: '{"CallSessionId":"s-9","Event":"hangup"}' };
    const named = await runFixture(
      engine,
      { name: 'k', kind: 'events', request, mapping: { preset: 'generic' }, expect: { output: { kind: 'status', sessionId: 's-9' } } },
      getPreset,
    );
    expect(named.diff).toEqual(['output.kind: expected "status", got "hangup"']);
    const omitted = await runFixture(
      engine,
      { name: 'k', kind: 'events', request, mapping: { preset: 'generic' }, expect: { output: { sessionId: 's-9' } } },
      getPreset,
    );
    expect(omitted.diff).toEqual(['output.kind: unexpected "hangup"']);
  });

  it("runs a preset's mapping of the fixture's kind; the route input falls back to the generic preset's", async () => {
    const popup = await runFixture(
      engine,
      {
        name: 'ozonetel popup',
        kind: 'popup',
        mapping: { preset: 'ozonetel' },
        request: { contentType: 'application/x-www-form-urlencoded', body: 'monitorUcid=u-1&callerID=09611232123' },
        expect: { output: { kind: 'popup', sessionId: 'u-1', sourceNumber: '+919611232123', direction: 'Inbound' } },
      },
      getPreset,
    );
    expect(popup.diff).toEqual([]);
    const route = await runFixture(
      engine,
      {
        name: 'ozonetel route',
        kind: 'route',
        mapping: { preset: 'ozonetel' },
        request: { contentType: '', body: '', query: 'From=09611232123' },
        expect: { output: { callerNumber: '+919611232123' } },
      },
      getPreset,
    );
    expect(route.diff).toEqual([]);
    // Ozonetel has no call-event mapping: production maps such a delivery to nothing, and so does the runner.
    const none = await runFixture(
      engine,
      {
        name: 'ozonetel call event',
        kind: 'callEvent',
        mapping: { preset: 'ozonetel' },
        request: { contentType: 'application/json', body: '{"ucid":"1"}' },
        expect: { error: ['sessionId:missing'] },
      },
      getPreset,
    );
    expect(none.diff).toEqual([]);
  });

  it('compares a list of events item by item, and uses receivedAt for an event time the mapping leaves out', async () => {
    const list = await runFixture(
      engine,
      {
        name: 'list',
        kind: 'events',
        mapping: { preset: 'generic' },
        request: {
          contentType: 'application/json',
          body: '[{"CallSessionId":"a","Event":"answered","AnswerTime":"2024-03-05 10:15:00"},{"CallSessionId":"a","Event":"hangup"}]',
        },
        expect: {
          output: [
            { kind: 'answered', sessionId: 'a', answeredAt: '2024-03-05T04:45:00.000Z' },
            { kind: 'hangup', sessionId: 'b' },
          ],
        },
      },
      getPreset,
    );
    expect(list.diff).toEqual(['output[1].sessionId: expected "b", got "a"']);
    const hangup = await runFixture(
      engine,
      {
        name: 'hangup',
        kind: 'callEvent',
        mapping: { preset: 'generic' },
        request: {
          contentType: 'application/json',
          body: '{"CallSessionId":"h","Event":"hangup","Status":"Answered"}',
          receivedAt: '2024-03-05T04:50:00Z',
        },
        expect: { output: { kind: 'hangup', sessionId: 'h', status: 'Answered', endTime: '2024-03-05T04:50:00.000Z' } },
      },
      getPreset,
    );
    expect(hangup.diff).toEqual([]);
  });

  it('refuses a malformed fixture file, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fixtures-'));
    try {
      writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...base, expect: { error: 'NOT_A_CODE' } }));
      expect(() => loadFixtures(dir)).toThrow(/bad\.json is malformed/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
