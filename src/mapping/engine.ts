/**
 * The JSONata mapping engine: provider payload in, canonical call fields out. Expressions are compiled
 * once and cached; JSONata's own guardrails bound time, depth and sequence size, so an admin's mapping
 * cannot hang or exhaust the webhook worker.
 */
import jsonata from 'jsonata';
import { type CallContext } from '../call/canonical';
import { AppError, type ErrorCode } from '../errors';
import { makeMappingFunctions, type MappingFunctions } from './functions';
import { compileLinear, LinearRegExp } from './linear-regex';

export interface MappingLimits {
  /** Wall-clock budget for one evaluation. */
  timeoutMs: number;
  /** Maximum nesting of evaluation (deep recursion in a mapping). */
  maxDepth: number;
  /** Maximum length of any sequence a mapping builds. */
  maxSequence: number;
  /** Largest body the webhook layer decodes for mapping (passed to decodePayload). */
  maxPayloadBytes: number;
  /** How many distinct compiled expressions are kept. */
  cacheSize: number;
}

export const DEFAULT_MAPPING_LIMITS: Readonly<MappingLimits> = Object.freeze({
  timeoutMs: 250,
  maxDepth: 200,
  maxSequence: 10_000,
  maxPayloadBytes: 256 * 1024,
  cacheSize: 500,
});

export type CompiledMapping = jsonata.Expression;

export interface MappingEngine {
  compile(expression: string): CompiledMapping;
  evaluate(expression: string, payload: unknown, ctx: CallContext): Promise<unknown>;
  readonly limits: MappingLimits;
}

/** A Map kept in recency order: a hit moves to the back, the front is evicted. */
function makeLru<V>(capacity: number) {
  const entries = new Map<string, V>();
  return {
    get(key: string): V | undefined {
      const value = entries.get(key);
      if (value !== undefined) {
        entries.delete(key);
        entries.set(key, value);
      }
      return value;
    },
    set(key: string, value: V): void {
      entries.set(key, value);
      if (entries.size > capacity) entries.delete(entries.keys().next().value as string);
    },
  };
}

/** D1011 stack, D1012 timeout, D2014 range too large, D2015 sequence too long. */
const LIMIT_CODES = new Set(['D1011', 'D1012', 'D2014', 'D2015']);

interface ThrownJsonata {
  code: string;
  message?: string;
  position?: number;
  token?: string;
}

function isThrownJsonata(err: unknown): err is ThrownJsonata {
  return typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'string';
}

function classify(code: string): ErrorCode {
  if (code.startsWith('S')) return 'MAPPING_SYNTAX';
  return LIMIT_CODES.has(code) ? 'MAPPING_LIMIT' : 'MAPPING_EVALUATION';
}

const PREFIX: Partial<Record<ErrorCode, string>> = {
  MAPPING_SYNTAX: 'Syntax error',
  MAPPING_LIMIT: 'Mapping stopped by a guardrail',
  MAPPING_EVALUATION: 'Mapping failed',
};

function mappingError(code: ErrorCode, detailCode: string, text: string, position?: number, token?: string, cause?: unknown): AppError {
  const where = typeof position === 'number' ? ` at position ${position}` : '';
  const message = `${PREFIX[code] ?? 'Mapping failed'}${where}: ${text}`;
  return new AppError(code, message, [{ code: detailCode, message: text, position, token }], { cause });
}

/** JSONata throws plain objects; turn whatever came out of it into one AppError the designer can show. */
export function toMappingError(err: unknown): AppError {
  if (err instanceof AppError) {
    // Raised by a helper such as $parseJson; JSONata has since stamped the call site on it.
    const { position, token } = err as AppError & ThrownJsonata;
    return mappingError(err.code, err.details[0]?.code ?? err.code, err.message, position, token, err);
  }
  if (err instanceof RangeError) {
    return mappingError('MAPPING_LIMIT', 'RangeError', `${err.message}; the mapping recursed too deeply.`, undefined, undefined, err);
  }
  if (isThrownJsonata(err)) {
    const text = err.message ?? `JSONata error ${err.code}`;
    return mappingError(classify(err.code), err.code, text, err.position, err.token, err);
  }
  const text = err instanceof Error ? err.message : String(err);
  return mappingError('MAPPING_EVALUATION', err instanceof Error ? err.name : 'Error', text, undefined, undefined, err);
}

/** Every regex literal must compile for RE2 (no backreferences, no lookaround): refused at save time, not on a call. */
function checkRegexes(ast: unknown): void {
  const seen = new Set<object>();
  const pending: unknown[] = [ast];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node !== 'object' || node === null || seen.has(node) || node instanceof RegExp) continue;
    seen.add(node);
    const { type, value, position } = node as { type?: unknown; value?: unknown; position?: number };
    if (type === 'regex' && value instanceof RegExp) {
      try {
        compileLinear(value);
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        throw mappingError(
          'MAPPING_SYNTAX',
          'regex',
          `the regular expression /${value.source}/ is not supported (${reason}); mappings match in linear time, without backreferences or lookaround`,
          position,
        );
      }
    }
    pending.push(...(Object.values(node) as unknown[]));
  }
}

export function makeMappingEngine(overrides: Partial<MappingLimits> = {}): MappingEngine {
  const limits: MappingLimits = Object.freeze({ ...DEFAULT_MAPPING_LIMITS, ...overrides });
  const options = {
    timeout: limits.timeoutMs,
    stack: limits.maxDepth,
    sequence: limits.maxSequence,
    RegexEngine: LinearRegExp as unknown as RegExpConstructor,
  };
  const compiled = makeLru<CompiledMapping>(limits.cacheSize);
  const helpers = makeLru<MappingFunctions>(64);

  const compile = (expression: string): CompiledMapping => {
    const cached = compiled.get(expression);
    if (cached) return cached;
    let fresh: CompiledMapping;
    try {
      fresh = jsonata(expression, options);
    } catch (err) {
      throw toMappingError(err);
    }
    checkRegexes(fresh.ast());
    compiled.set(expression, fresh);
    return fresh;
  };

  const functionsFor = (ctx: CallContext): MappingFunctions => {
    const key = `${ctx.defaultCountry}|${ctx.timeZone}`;
    let functions = helpers.get(key);
    if (!functions) {
      functions = makeMappingFunctions(ctx);
      helpers.set(key, functions);
    }
    return functions;
  };

  const evaluate = async (expression: string, payload: unknown, ctx: CallContext): Promise<unknown> => {
    const mapping = compile(expression);
    // A new bindings object per call: nothing one evaluation binds can be seen by the next.
    const bindings: Record<string, unknown> = { ...functionsFor(ctx) };
    try {
      return (await mapping.evaluate(payload, bindings)) as unknown;
    } catch (err) {
      throw toMappingError(err);
    }
  };

  return { compile, evaluate, limits };
}
