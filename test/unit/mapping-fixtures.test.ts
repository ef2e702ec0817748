import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeMappingEngine } from '../../src/mapping/engine';
import { loadFixtures, runFixture, type MappingFixture } from '../../src/mapping/fixtures';
import { getPreset } from '../../src/providers';

const root = join(__dirname, '..', '..');
const providersDir = join(root, 'src', 'providers');
const presetFixtureDirs = readdirSync(providersDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => join(providersDir, entry.name, 'fixtures'))
  .filter((dir) => existsSync(dir));
const fixtures: MappingFixture[] = [...presetFixtureDirs, join(root, 'test', 'fixtures', 'mappings')].flatMap(loadFixtures);

// The same engine and limits production uses.
const engine = makeMappingEngine();

describe('mapping fixtures', () => {
  it('finds the fixture set', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
    expect(fixtures.filter((fixture) => 'preset' in fixture.mapping).length).toBeGreaterThanOrEqual(10);
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
    const problems = await runFixture(engine, { ...base, expect: { error: ['status:not_allowed'] } }, getPreset);
    expect(problems.pass).toBe(false);
    expect(problems.diff).toContain('problem endTime:missing: reported, not expected');
    const code = await runFixture(engine, { ...base, expect: { error: 'MAPPING_SYNTAX' } }, getPreset);
    expect(code.pass).toBe(false);
    expect(code.actual.error).toEqual(expect.arrayContaining(['status:not_allowed', 'endTime:missing']) as unknown);
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
