/**
 * The designer's live preview: run a mapping against a sample payload and report, rather than throw,
 * everything an admin needs to fix it: syntax, evaluation and guardrail errors, and field problems.
 */
import { type CallContext, type FieldProblem, validateCallEvent } from '../call/canonical';
import { type ErrorCode, type ErrorDetail, isAppError } from '../errors';
import { type MappingEngine } from './engine';

export interface PreviewRequest {
  expression: string;
  payload: unknown;
  ctx: CallContext;
}

export interface PreviewResult {
  output: unknown;
  normalized: Record<string, unknown>;
  problems: FieldProblem[];
  error: null | { code: ErrorCode; message: string; details: ErrorDetail[] };
}

const MAPPING_ERRORS: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['MAPPING_SYNTAX', 'MAPPING_EVALUATION', 'MAPPING_LIMIT']);

export async function previewMapping(engine: MappingEngine, { expression, payload, ctx }: PreviewRequest): Promise<PreviewResult> {
  let output: unknown;
  try {
    output = await engine.evaluate(expression, payload, ctx);
  } catch (err) {
    // Anything that is not the mapping's fault is a bug on our side and must surface as one.
    if (!isAppError(err) || !MAPPING_ERRORS.has(err.code)) throw err;
    return { output: undefined, normalized: {}, problems: [], error: { code: err.code, message: err.message, details: [...err.details] } };
  }
  const { normalized, problems } = validateCallEvent(output, ctx);
  return { output, normalized, problems, error: null };
}
