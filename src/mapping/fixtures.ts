/**
 * Mapping fixtures are data: a recorded request, a mapping and what must come out. One runner pushes
 * each through exactly the production path (decodePayload → engine.evaluate → validateCallEvent), so a
 * passing fixture means the webhook would behave the same way. Format: src/mapping/README.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { type CallContext, type FieldProblem, validateCallEvent } from '../call/canonical';
import { toCountryCode } from '../call/phone';
import { AppError, ERROR_CATALOGUE, type ErrorCode, isAppError } from '../errors';
import { decodePayload } from '../webhooks/payload';
import { type MappingEngine } from './engine';
import { diffValues } from './diff';

const PROBLEM = /^[^:]+:(missing|wrong_type|not_allowed|invalid|unknown_field)$/;
const errorCodes = Object.keys(ERROR_CATALOGUE) as [ErrorCode, ...ErrorCode[]];

const countryCode = z.string().transform((code, ctx) => {
  const country = toCountryCode(code);
  if (!country) ctx.addIssue(`unknown country "${code}"`);
  return country ?? z.NEVER;
});

export const fixtureSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  request: z.strictObject({
    contentType: z.string(),
    /** Exactly as on the wire. */
    body: z.string(),
    /** Raw query string without the "?". */
    query: z.string().optional(),
  }),
  mapping: z.union([z.strictObject({ preset: z.string().min(1) }), z.strictObject({ expression: z.string().min(1) })]),
  context: z.strictObject({ defaultCountry: countryCode, timeZone: z.string().min(1) }).optional(),
  expect: z.union([
    z.strictObject({ output: z.record(z.string(), z.unknown()) }),
    z.strictObject({
      /** An error code from the catalogue, or the exact set of "field:problem" pairs. */
      error: z.union([z.enum(errorCodes), z.array(z.string().regex(PROBLEM, 'expected "field:code"')).min(1)]),
      /** For mapping errors: the JSONata position the designer would underline. */
      position: z.number().int().optional(),
    }),
  ]),
});

export type MappingFixture = z.infer<typeof fixtureSchema> & { file?: string };

export const DEFAULT_FIXTURE_CONTEXT: CallContext = { defaultCountry: 'IN', timeZone: 'Asia/Kolkata' };

/** What a fixture run produced, in the same vocabulary as `expect`. */
export interface FixtureOutcome {
  output: Record<string, unknown> | null;
  error: ErrorCode | string[] | null;
  position?: number;
  message?: string;
}

export interface FixtureResult {
  name: string;
  pass: boolean;
  actual: FixtureOutcome;
  expected: MappingFixture['expect'];
  diff: string[];
}

export type ResolvePreset = (id: string) => { mappings: { callLog: string } };

/** Every *.json fixture in `dir` (not recursive), sorted by file name; a malformed one fails loudly. */
export function loadFixtures(dir: string): MappingFixture[] {
  const files = readdirSync(dir).filter((file) => file.endsWith('.json')).sort();
  return files.map((file) => {
    const path = join(dir, file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      throw new AppError('VALIDATION_FAILED', `Fixture ${path} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
    const parsed = fixtureSchema.safeParse(raw);
    if (!parsed.success) {
      throw new AppError('VALIDATION_FAILED', `Fixture ${path} is malformed:\n${z.prettifyError(parsed.error)}`);
    }
    return { ...parsed.data, file: path };
  });
}

const problemKey = (problem: FieldProblem): string => `${problem.field}:${problem.code}`;

async function execute(engine: MappingEngine, fixture: MappingFixture, resolvePreset: ResolvePreset): Promise<FixtureOutcome> {
  const ctx = fixture.context ?? DEFAULT_FIXTURE_CONTEXT;
  const expression = 'preset' in fixture.mapping ? resolvePreset(fixture.mapping.preset).mappings.callLog : fixture.mapping.expression;
  try {
    const payload = decodePayload({
      body: fixture.request.body,
      contentType: fixture.request.contentType,
      query: fixture.request.query ?? '',
      maxBytes: engine.limits.maxPayloadBytes,
    });
    const { normalized, problems } = validateCallEvent(await engine.evaluate(expression, payload, ctx), ctx);
    return { output: normalized, error: problems.length > 0 ? problems.map(problemKey).sort() : null };
  } catch (err) {
    if (!isAppError(err)) throw err;
    return { output: null, error: err.code, position: err.details[0]?.position, message: err.message };
  }
}

function compare(expected: MappingFixture['expect'], actual: FixtureOutcome): string[] {
  if ('output' in expected) {
    if (typeof actual.error === 'string') return [`expected output, got error ${actual.error}: ${actual.message ?? ''}`];
    const problems = (actual.error ?? []).map((problem) => `unexpected problem ${problem}`);
    return [...problems, ...diffValues(expected.output, actual.output ?? {}, 'output')];
  }
  if (typeof expected.error === 'string') {
    if (actual.error !== expected.error) return [`error: expected ${expected.error}, got ${JSON.stringify(actual.error)}`];
    const positionOk = expected.position === undefined || expected.position === actual.position;
    return positionOk ? [] : [`position: expected ${expected.position}, got ${actual.position}`];
  }
  if (!Array.isArray(actual.error)) return [`error: expected problems ${expected.error.join(', ')}, got ${JSON.stringify(actual.error)}`];
  const want = new Set(expected.error);
  const got = new Set(actual.error);
  return [
    ...[...want].filter((key) => !got.has(key)).map((key) => `problem ${key}: expected, not reported`),
    ...[...got].filter((key) => !want.has(key)).map((key) => `problem ${key}: reported, not expected`),
  ];
}

export async function runFixture(engine: MappingEngine, fixture: MappingFixture, resolvePreset: ResolvePreset): Promise<FixtureResult> {
  const actual = await execute(engine, fixture, resolvePreset);
  const diff = compare(fixture.expect, actual);
  return { name: fixture.name, pass: diff.length === 0, actual, expected: fixture.expect, diff };
}
