/**
 * Mapping fixtures are data: a recorded request, a mapping of one kind and what must come out. One
 * runner pushes each through exactly the production path (decodePayload → engine.evaluate →
 * validateMapped), so a passing fixture means the webhook would behave the same way. Format:
 * src/mapping/README.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { type CallContext, type FieldProblem } from '../call/canonical';
import { MAPPING_KINDS, type MappingKind, validateMapped } from '../call/mapped-events';
import { toCountryCode } from '../call/phone';
import { AppError, ERROR_CATALOGUE, type ErrorCode, isAppError } from '../errors';
import { readPayload } from '../webhooks/payload';
import { type MappingEngine } from './engine';
import { diffValues } from './diff';

const PROBLEM = /^[^:]+:(missing|wrong_type|not_allowed|invalid|unknown_field)$/;
const errorCodes = Object.keys(ERROR_CATALOGUE) as [ErrorCode, ...ErrorCode[]];
/** A code of the error catalogue, as fixtures and previews name errors. */
export const errorCodeSchema = z.enum(errorCodes);

const countryCode = z.string().transform((code, ctx) => {
  const country = toCountryCode(code);
  if (!country) ctx.addIssue(`unknown country "${code}"`);
  return country ?? z.NEVER;
});

const outputRecord = z.record(z.string(), z.unknown());

export const fixtureSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  /** The mapping kind under test (default `callLog`): which webhook's mapping, validated by its rules. */
  kind: z.enum(MAPPING_KINDS).optional(),
  request: z.strictObject({
    contentType: z.string(),
    /** Exactly as on the wire. */
    body: z.string(),
    /** Raw query string without the "?". */
    query: z.string().optional(),
    /** When the request arrived (ISO 8601): the time of an answered or hangup event that carries none. */
    receivedAt: z.iso.datetime({ offset: true }).optional(),
  }),
  mapping: z.union([z.strictObject({ preset: z.string().min(1) }), z.strictObject({ expression: z.string().min(1) })]),
  context: z.strictObject({ defaultCountry: countryCode, timeZone: z.string().min(1) }).optional(),
  expect: z.union([
    /** The normalised output: one object, or a list for an `events` mapping that yields several. */
    z.strictObject({ output: z.union([outputRecord, z.array(outputRecord)]) }),
    z.strictObject({
      /** An error code from the catalogue, or the exact set of "field:problem" pairs. */
      error: z.union([errorCodeSchema, z.array(z.string().regex(PROBLEM, 'expected "field:code"')).min(1)]),
      /** For mapping errors: the JSONata position the designer would underline. */
      position: z.number().int().optional(),
    }),
  ]),
});

export type MappingFixture = z.infer<typeof fixtureSchema> & { file?: string };

export const DEFAULT_FIXTURE_CONTEXT: CallContext = { defaultCountry: 'IN', timeZone: 'Asia/Kolkata' };

/** What a fixture run produced, in the same vocabulary as `expect`. */
export interface FixtureOutcome {
  output: Record<string, unknown> | Record<string, unknown>[] | null;
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

export type ResolvePreset = (id: string) => { mappings: { callLog: string } & Partial<Record<MappingKind, string>> };

/**
 * A preset's mapping of a kind as production resolves it (src/services/connectors.ts `liveMapping`):
 * the route input falls back to the generic preset's, any other missing kind maps to nothing.
 */
export function presetMapping(resolvePreset: ResolvePreset, id: string, kind: MappingKind): string {
  const own = resolvePreset(id).mappings[kind];
  if (own !== undefined) return own;
  return (kind === 'route' ? resolvePreset('generic').mappings.route : undefined) ?? '{}';
}

/** The event kind an output may leave out of `expect.output` (the mapping kind's default). */
const DEFAULT_EVENT_KIND: Partial<Record<MappingKind, string>> = { callLog: 'log', events: 'status', popup: 'popup', callEvent: 'live' };

/** Every *.json fixture in `dir` (not recursive), sorted by file name; a malformed one fails loudly. */
export function loadFixtures(dir: string): MappingFixture[] {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort();
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
  const kind = fixture.kind ?? 'callLog';
  const expression = 'preset' in fixture.mapping ? presetMapping(resolvePreset, fixture.mapping.preset, kind) : fixture.mapping.expression;
  try {
    const payload = await readPayload({
      body: fixture.request.body,
      contentType: fixture.request.contentType,
      query: fixture.request.query ?? '',
      maxBytes: engine.limits.maxPayloadBytes,
    });
    const now = fixture.request.receivedAt ? new Date(fixture.request.receivedAt) : new Date();
    const { normalized, problems } = validateMapped(kind, await engine.evaluate(expression, payload, ctx), ctx, now);
    return { output: normalized as FixtureOutcome['output'], error: problems.length > 0 ? problems.map(problemKey).sort() : null };
  } catch (err) {
    if (!isAppError(err)) throw err;
    return { output: null, error: err.code, position: err.details[0]?.position, message: err.message };
  }
}

/**
 * Fixtures written before events had kinds leave `kind` out of the expected output; it is then
 * compared only when it is not the mapping kind's default.
 */
function withoutDefaultKind(expected: unknown, actual: unknown, kind: MappingKind): unknown {
  if (Array.isArray(expected) && Array.isArray(actual)) return actual.map((item, i) => withoutDefaultKind(expected[i], item, kind));
  const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isRecord(expected) || !isRecord(actual) || 'kind' in expected || actual.kind !== DEFAULT_EVENT_KIND[kind]) return actual;
  const { kind: _default, ...rest } = actual;
  return rest;
}

function compare(expected: MappingFixture['expect'], actual: FixtureOutcome, kind: MappingKind): string[] {
  if ('output' in expected) {
    if (typeof actual.error === 'string') return [`expected output, got error ${actual.error}: ${actual.message ?? ''}`];
    const problems = (actual.error ?? []).map((problem) => `unexpected problem ${problem}`);
    return [...problems, ...diffValues(expected.output, withoutDefaultKind(expected.output, actual.output ?? {}, kind), 'output')];
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
  const diff = compare(fixture.expect, actual, fixture.kind ?? 'callLog');
  return { name: fixture.name, pass: diff.length === 0, actual, expected: fixture.expect, diff };
}
