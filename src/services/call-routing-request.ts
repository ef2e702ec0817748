/**
 * One route request from decoding to the answer, shared by the call-routing webhook and the designer's
 * preview so that a preview shows exactly what the provider would get: the request is decoded (JSON
 * body, form body or query string), mapped by the connector's route mapping to `{ callerNumber,
 * virtualNumber, sessionId }`, routed from the database alone, and answered in the connector's
 * dialect (src/services/call-routing-answer.ts). Recording the decision on the call is the caller's part.
 */
import type { CallContext, FieldProblem } from '../call/canonical';
import { validateMapped, type RouteInput } from '../call/mapped-events';
import { toCountryCode } from '../call/phone';
import { withinDeadline } from '../db/availability';
import type { Models } from '../db/models';
import { AppError, isAppError } from '../errors';
import type { MappingEngine } from '../mapping/engine';
import { readPayload } from '../webhooks/payload';
import type { WebhookView } from './connectors';
import { answerNeeds, effectiveAnswer, renderAnswer, type AnswerSource, type RouteAnswer, type RouteReply } from './call-routing-answer';
import { makeRouteAnswerStore } from './call-routing-answer-store';
import { makeCallRouter, type RouteDecision } from './call-routing';

export interface RouteRequest {
  method: string;
  contentType: string | undefined;
  body: Buffer | string;
  /** The raw query string. */
  query: string;
}

export interface RouteEvaluation {
  /** What the mapping saw; null when the request could not be decoded. */
  decoded: Record<string, unknown> | null;
  /** What the mapping produced and its problems; null when it did not run. */
  mapped: { output: unknown; normalized: unknown; problems: FieldProblem[] } | null;
  input: RouteInput | null;
  decision: RouteDecision | null;
  source: AnswerSource;
  reply: RouteReply;
  error: AppError | null;
}

const INPUT_KEYS = ['callerNumber', 'virtualNumber', 'sessionId'] as const;

/**
 * Before validation, two habits of IVRs are absorbed as before mappings existed: a repeated parameter
 * counts once (the first), and a "+" sent unencoded, which arrives as a leading space, is that plus.
 */
function tidy(output: unknown): unknown {
  if (typeof output !== 'object' || output === null || Array.isArray(output)) return output;
  const out: Record<string, unknown> = { ...(output as Record<string, unknown>) };
  for (const key of INPUT_KEYS) {
    let value = out[key];
    if (Array.isArray(value)) value = value.find((v) => typeof v === 'string' && v.trim() !== '') ?? value[0];
    if (typeof value === 'string') value = value.replace(/^\s+(?=\d)/, '+');
    if (key in out) out[key] = value;
  }
  return out;
}

function refused(problems: FieldProblem[]): AppError {
  const missing = problems.find((p) => p.field === 'callerNumber' && p.code === 'missing');
  const message = missing
    ? "The caller's number is missing: send it under a name the connector's route mapping reads (by default SourceNumber, callerNumber, caller, phone, CallFrom, From or from)."
    : `The route request is invalid: ${problems.map((p) => p.message).join('; ')}`;
  return new AppError(
    'VALIDATION_FAILED',
    message,
    problems.map((p) => ({ field: p.field, code: p.code, message: p.message })),
  );
}

export function failureReply(err: AppError): RouteReply {
  const body = { Status: 'Failure', Message: err.message, Code: err.code, Details: err.details };
  const reply: RouteReply = {
    status: err.status,
    contentType: 'application/json',
    body: JSON.stringify(body),
    decision: null,
    code: err.code,
  };
  if (err.retryAfterSeconds !== undefined) reply.retryAfterSeconds = err.retryAfterSeconds;
  return reply;
}

export function makeCallRoutingRequests({ models, engine, maxBodyBytes }: { models: Models; engine: MappingEngine; maxBodyBytes: number }) {
  const router = makeCallRouter(models);
  const answers = makeRouteAnswerStore(models);

  /**
   * Answers one request for a connector. `override` stands in for the connector's stored template
   * (the preview's unsaved one; null for none). Request errors (undecodable, no caller, a failing
   * mapping) become the failure answer, with what was computed up to there. `limits.databaseMs`
   * bounds the time spent waiting on the database (the webhook's; the preview waits as long as it takes).
   */
  async function evaluate(
    view: WebhookView,
    request: RouteRequest,
    override?: { answer: RouteAnswer | null },
    limits: { databaseMs?: number } = {},
  ): Promise<RouteEvaluation> {
    // The webhook's database reads share one time bound (DATABASE_UNAVAILABLE past it); the preview's have none.
    const deadline = limits.databaseMs === undefined ? null : Date.now() + limits.databaseMs;
    const bounded = <T>(work: () => Promise<T>): Promise<T> =>
      deadline === null ? work() : withinDeadline(Math.max(1, deadline - Date.now()), work);
    const own = override ? override.answer : await bounded(() => answers.own(view.id));
    const { answer, source } = effectiveAnswer(view.presetId, own);
    const result: Omit<RouteEvaluation, 'reply' | 'error'> = { decoded: null, mapped: null, input: null, decision: null, source };
    try {
      const ctx: CallContext = { defaultCountry: toCountryCode(view.defaultCountry) ?? 'IN', timeZone: view.timeZone };
      result.decoded = await readPayload({
        body: request.body,
        contentType: request.contentType,
        query: request.query,
        maxBytes: maxBodyBytes,
      });
      const output = tidy(await engine.evaluate(view.mappings.route.expression, result.decoded, ctx));
      const checked = validateMapped('route', output, ctx);
      result.mapped = { output, normalized: checked.normalized, problems: checked.problems };
      if (!checked.route) throw refused(checked.problems);
      const input = checked.route;
      result.input = input;
      result.decision = await bounded(() => router.decide(view, input.callerNumber, answerNeeds(view.routing, answer)));
      return { ...result, reply: renderAnswer(view.routing, answer, result.decision, input), error: null };
    } catch (err) {
      if (!isAppError(err)) throw err;
      return { ...result, reply: failureReply(err), error: err };
    }
  }

  return { evaluate, answers };
}

export type CallRoutingRequests = ReturnType<typeof makeCallRoutingRequests>;
