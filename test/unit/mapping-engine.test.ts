import { type CallContext } from '../../src/call/canonical';
import { AppError } from '../../src/errors';
import { DEFAULT_MAPPING_LIMITS, makeMappingEngine, toMappingError } from '../../src/mapping/engine';
import { previewMapping } from '../../src/mapping/preview';

const ctx: CallContext = { defaultCountry: 'IN', timeZone: 'Asia/Kolkata' };

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected the mapping to fail');
}

describe('makeMappingEngine', () => {
  it('uses the documented defaults and accepts overrides', () => {
    expect(makeMappingEngine().limits).toEqual({
      timeoutMs: 250,
      maxDepth: 200,
      maxSequence: 10_000,
      maxPayloadBytes: 262_144,
      cacheSize: 500,
    });
    expect(makeMappingEngine({ timeoutMs: 50 }).limits).toEqual({ ...DEFAULT_MAPPING_LIMITS, timeoutMs: 50 });
  });

  it('compiles each distinct expression once', () => {
    const engine = makeMappingEngine();
    const first = engine.compile('a + 1');
    expect(engine.compile('a + 1')).toBe(first);
    expect(engine.compile('a + 2')).not.toBe(first);
  });

  it('evicts the least recently used expression beyond the cache size', () => {
    const engine = makeMappingEngine({ cacheSize: 2 });
    const a = engine.compile('a');
    const b = engine.compile('b');
    engine.compile('a'); // a is now the most recent
    engine.compile('c'); // evicts b
    expect(engine.compile('a')).toBe(a);
    expect(engine.compile('b')).not.toBe(b);
  });

  it('evaluates against the payload with the telephony helpers bound to the context', async () => {
    const engine = makeMappingEngine();
    await expect(
      engine.evaluate('{ "n": $e164(num), "t": $localTime(at) }', { num: '09611795983', at: '2015-08-20 18:26:38' }, ctx),
    ).resolves.toEqual({
      n: '+919611795983',
      t: '2015-08-20T12:56:38.000Z',
    });
    await expect(
      engine.evaluate('$localTime(at)', { at: '2015-08-20 18:26:38' }, { defaultCountry: 'GB', timeZone: 'Europe/London' }),
    ).resolves.toBe('2015-08-20T17:26:38.000Z');
  });

  it('returns undefined when the mapping yields nothing', async () => {
    await expect(makeMappingEngine().evaluate('missing.field', { a: 1 }, ctx)).resolves.toBeUndefined();
  });

  it('gives every evaluation fresh bindings', async () => {
    const engine = makeMappingEngine();
    const expression = '( $seen := $exists($leak); $leak := 1; $e164 := function() { "hijacked" }; $seen )';
    await expect(engine.evaluate(expression, {}, ctx)).resolves.toBe(false);
    await expect(engine.evaluate(expression, {}, ctx)).resolves.toBe(false);
    await expect(engine.evaluate('$e164("9611795983")', {}, ctx)).resolves.toBe('+919611795983');
  });

  it('reports a syntax error with its JSONata code, position and token', async () => {
    const error = await failure(makeMappingEngine().evaluate('{ "a": foo(,) }', {}, ctx));
    expect(error.code).toBe('MAPPING_SYNTAX');
    expect(error.message).toMatch(/^Syntax error at position 12: /);
    expect(error.details).toEqual([
      { code: 'S0211', message: 'The symbol "," cannot be used as a unary operator', position: 12, token: ',' },
    ]);
    expect(() => makeMappingEngine().compile('(')).toThrow(/^Syntax error at position 1: /);
  });

  it('stops endless recursion on the timeout and deep recursion on the depth limit', async () => {
    const engine = makeMappingEngine({ timeoutMs: 50 });
    const timeout = await failure(engine.evaluate('( $f := function($x){ $f($x) }; $f(1) )', {}, ctx));
    expect(timeout.code).toBe('MAPPING_LIMIT');
    expect(timeout.details[0]).toMatchObject({ code: 'D1012', token: 'f' });
    expect(typeof timeout.details[0]?.position).toBe('number');
    // A timeout far beyond the recursion's own time, so a loaded machine cannot reach it first.
    const patient = makeMappingEngine({ timeoutMs: 30_000 });
    const depth = await failure(patient.evaluate('( $f := function($x){ 1 + $f($x) }; $f(1) )', {}, ctx));
    expect(depth.code).toBe('MAPPING_LIMIT');
    expect(depth.details[0]).toMatchObject({ code: 'D1011', token: 'f' });
  });

  it('refuses sequences above the limit', async () => {
    const error = await failure(makeMappingEngine({ maxSequence: 100 }).evaluate('[1..101]', {}, ctx));
    expect(error.code).toBe('MAPPING_LIMIT');
    expect(error.details[0]?.code).toBe('D2015');
    await expect(makeMappingEngine({ maxSequence: 100 }).evaluate('$count([1..100])', {}, ctx)).resolves.toBe(100);
  });

  it('wraps runtime errors as evaluation errors', async () => {
    const error = await failure(makeMappingEngine().evaluate('$number("abc")', {}, ctx));
    expect(error.code).toBe('MAPPING_EVALUATION');
    expect(error.details[0]).toMatchObject({ code: 'D3030', position: 8 });
    const parse = await failure(makeMappingEngine().evaluate('$parseJson(data)', { data: '{oops' }, ctx));
    expect(parse.code).toBe('MAPPING_EVALUATION');
    expect(parse.message).toMatch(/\$parseJson could not read its argument as JSON/);
    expect(parse.details[0]).toMatchObject({ code: 'PARSE_JSON', position: 11, token: 'parseJson' });
  });

  it('classifies thrown values that are not JSONata errors', () => {
    expect(toMappingError(new RangeError('Maximum call stack size exceeded')).code).toBe('MAPPING_LIMIT');
    expect(toMappingError({ code: 'D2014', message: 'range', position: 3 }).code).toBe('MAPPING_LIMIT');
    expect(toMappingError(new TypeError('boom')).code).toBe('MAPPING_EVALUATION');
  });
});

describe('regular expressions in mappings', () => {
  const engine = makeMappingEngine();

  it('match on RE2: a pattern that backtracks exponentially on a backtracking engine finishes', async () => {
    // 40 "a" and a "!" would take a backtracking engine about 2^40 steps.
    await expect(engine.evaluate('$match(x, /(a+)+$/)', { x: `${'a'.repeat(40)}!` }, ctx)).resolves.toBeUndefined();
    await expect(engine.evaluate('$match(x, /(a+)+$/)', { x: 'baaa' }, ctx)).resolves.toEqual({ match: 'aaa', index: 1, groups: ['aaa'] });
  });

  it('keep what mappings use: flags, groups, every match, replace, split, contains', async () => {
    const input = { x: 'aB12 b3', y: 'a1b2', z: 'a, b,c', w: 'zz\nabc' };
    const out = await engine.evaluate(
      '{"all": $match(x, /b(\\d+)/i).groups[0], "replaced": $replace(y, /(\\d)/, "<$1>"), "parts": $split(z, /,\\s*/), "line": $contains(w, /^ab/m)}',
      input,
      ctx,
    );
    expect(JSON.parse(JSON.stringify(out))).toEqual({ all: ['12', '3'], replaced: 'a<1>b<2>', parts: ['a', 'b', 'c'], line: true });
  });

  it('refuse at compile time what RE2 cannot run, naming the pattern', () => {
    for (const expression of ['$match(x, /(a)\\1/)', '$match(x, /a(?=b)/)']) {
      let error: unknown;
      try {
        engine.compile(expression);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('MAPPING_SYNTAX');
      expect((error as AppError).message).toMatch(/regular expression .* is not supported/);
    }
  });
});

describe('previewMapping', () => {
  const engine = makeMappingEngine();

  it('returns output, normalized fields and problems', async () => {
    const result = await previewMapping(engine, {
      expression: '{ "sourceNumber": $e164(from), "status": "Busy" }',
      payload: { from: '9611795983' },
      ctx,
    });
    expect(result.error).toBeNull();
    expect(result.output).toEqual({ sourceNumber: '+919611795983', status: 'Busy' });
    expect((result.normalized as Record<string, unknown>).sourceNumber).toBe('+919611795983');
    // A malformed value is a problem; a field the event does not carry is not.
    expect(result.problems.map((p) => `${p.field}:${p.code}`)).toEqual(['status:not_allowed']);
  });

  it('says which fields a partial event brings and which it leaves to other events', async () => {
    const result = await previewMapping(engine, {
      expression: '{ "sessionId": id, "recordingUrl": url }',
      payload: { id: 'c-1', url: 'https://rec.example.net/1.mp3' },
      ctx,
    });
    expect(result.problems).toEqual([]);
    expect(result.events).toEqual([
      { kind: 'log', provided: ['recordingUrl', 'sessionId'], missing: ['sourceNumber', 'startTime', 'status'] },
    ]);
  });

  it('turns mapping errors into an error instead of throwing', async () => {
    const result = await previewMapping(engine, { expression: '{ "a": ', payload: {}, ctx });
    expect(result).toMatchObject({ output: undefined, normalized: {}, problems: [], error: { code: 'MAPPING_SYNTAX' } });
    expect(typeof result.error?.details[0]?.position).toBe('number');
  });
});
