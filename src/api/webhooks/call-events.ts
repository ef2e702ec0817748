/**
 * Provider-facing call-event webhooks (call-log, events, popup, call-event), one pipeline for all:
 * authenticate (the connector's URL secret, and header pair when enabled) → decode (JSON, a form
 * urlencoded or multipart, raw JSON as a form, XML, or a GET's query string) → request log → map (the connector's live mapping of that
 * kind) → validate (events are partial: only malformed values and an event that names no call are
 * refused) → hand each event to its call's workflow through the call client. A delivery is
 * acknowledged only once Temporal has it; nothing but the request log is written on error.
 */
import crypto from 'node:crypto';
import { z } from 'zod';
import { MAPPING_SEGMENTS, toDelivery, validateMapped, type MappingKind } from '../../call/mapped-events';
import { AppError, type ErrorDetail } from '../../errors';
import { callActivityId, callKeyOf } from '../../temporal/call-ids';
import { endpoint } from '../http/endpoint';
import { makeWebhookRunner, rawQuery, webhookParams, type Accept, type WebhookDeps } from './pipeline';

export const webhookSuccessSchema = z.object({
  Status: z.literal('Success'),
  Message: z.string(),
  /** The phone-call activity this event's call is (or will be) logged as. */
  ActivityId: z.string().optional(),
  CallSessionId: z.string().nullable(),
  /** Fields of the default complete set this delivery left to other events of the call. */
  Missing: z.array(z.string()).optional(),
  /** On the events URL: one entry per event the delivery carried. */
  Events: z
    .array(
      z.object({
        Kind: z.string(),
        ActivityId: z.string(),
        CallSessionId: z.string().nullable(),
        Fields: z.array(z.string()),
        Missing: z.array(z.string()),
      }),
    )
    .optional(),
});

function invalid(kind: string, problems: { field: string; code: string; message: string }[]): AppError {
  const details: ErrorDetail[] = problems.map((p) => ({ field: p.field, code: p.code, message: p.message }));
  return new AppError('CALL_EVENT_INVALID', `The ${kind} is invalid: ${problems.map((p) => p.message).join('; ')}`, details);
}

/** The same delivery sent twice has the same id, so the workflow can drop the second. */
function eventIdOf(segment: string, body: Buffer, query: string, index: number): string {
  const hash = crypto.createHash('sha256').update(segment).update('\0').update(body).update('\0').update(query);
  // A delivery that carries several events gives each its own id.
  if (index > 0) hash.update(`\0${index}`);
  return hash.digest('hex').slice(0, 32);
}

const ERRORS = {
  400: 'A mapped value is malformed (each problem named with its value), the event does not say which call it belongs to, or the body cannot be decoded',
  401: 'Wrong webhook secret or authentication header',
  413: 'Body over the size cap',
  415: 'Unsupported content type',
  422: 'The mapping failed (JSONata code and position)',
  503: 'Temporal did not take the event within 1 s (WORKFLOW_UNAVAILABLE), or the database is unreachable and the connector was not seen in the last hour (DATABASE_UNAVAILABLE); retry after the Retry-After header',
};

type EventMappingKind = Exclude<MappingKind, 'route'>;

const WHAT: Record<EventMappingKind, string> = { callLog: 'call log', events: 'event', popup: 'popup', callEvent: 'call event' };

export function makeCallEventEndpoints(deps: WebhookDeps) {
  const { engine } = deps;
  const runner = makeWebhookRunner(deps);
  const { calls } = deps;

  /**
   * The one pipeline for every event webhook: map with the connector's live mapping of this kind,
   * validate (partial events pass; malformed values do not), and hand each event to its call.
   */
  const acceptMapped =
    (kind: EventMappingKind): Accept =>
    async ({ view, payload, ctx, body, req, arrivedAt }) => {
      const segment = MAPPING_SEGMENTS[kind];
      const mapping = view.mappings[kind];
      const now = arrivedAt;
      const output = await engine.evaluate(mapping.expression, payload, ctx);
      const { events, problems } = validateMapped(kind, output, ctx, now);
      if (!events) throw invalid(WHAT[kind], problems);
      const query = rawQuery(req);
      const accepted = [];
      const eventIds: string[] = [];
      let workflowId: string | null = null;
      for (const [index, event] of events.entries()) {
        const callKey = callKeyOf(event.fields);
        // validateMapped refuses an event that identifies no call, so this only guards the types.
        if (!callKey)
          throw invalid(WHAT[kind], [{ field: 'sessionId', code: 'missing', message: 'The event does not say which call it belongs to.' }]);
        const delivery = toDelivery(event, {
          eventId: eventIdOf(segment, body, query, index),
          receivedAt: now.toISOString(),
          source: segment,
          mappingVersion: mapping.version,
        });
        workflowId = await calls.deliver(view.id, callKey, delivery);
        eventIds.push(delivery.eventId);
        accepted.push({
          Kind: event.kind,
          ActivityId: callActivityId(view.id, callKey),
          CallSessionId: event.fields.sessionId ?? null,
          Fields: event.provided,
          Missing: event.missing,
        });
      }
      if (accepted.length === 0) {
        return {
          status: 200,
          workflowId: null,
          body: {
            Status: 'Success',
            Message: 'No event in this delivery: the events mapping passed over it',
            CallSessionId: null,
            Missing: [],
            Events: [],
          },
        };
      }
      const first = accepted[0];
      const message =
        kind === 'events'
          ? `${accepted.length} event(s) accepted`
          : kind === 'callEvent'
            ? `Call ${first?.Kind ?? 'event'} accepted`
            : `${WHAT[kind][0]?.toUpperCase()}${WHAT[kind].slice(1)} accepted`;
      return {
        status: 200,
        workflowId,
        eventIds,
        body: {
          Status: 'Success',
          Message: message,
          ActivityId: first?.ActivityId,
          CallSessionId: first?.CallSessionId ?? null,
          Missing: first?.Missing ?? [],
          ...(kind === 'events' ? { Events: accepted } : {}),
        },
      };
    };

  const webhook = (method: 'post' | 'get', kind: EventMappingKind, summary: string) => {
    const segment = MAPPING_SEGMENTS[kind];
    return endpoint({
      method,
      path: `/webhooks/:connectorId/:secret/${segment}`,
      summary,
      tag: 'Provider webhooks',
      access: 'provider',
      params: webhookParams,
      rawBody: true,
      ...(method === 'post'
        ? {
            body: z.record(z.string(), z.unknown()).describe(`The provider payload, mapped by the connector's ${segment} mapping.`),
            bodyContentTypes: [
              'application/json',
              'application/x-www-form-urlencoded',
              'multipart/form-data',
              'application/xml',
              'text/plain',
            ],
          }
        : {}),
      response: webhookSuccessSchema,
      errors: ERRORS,
      handler: async ({ req, res, params }) => {
        await runner.run(segment, req, res, params, acceptMapped(kind));
        return undefined;
      },
    });
  };

  const SUMMARIES: Record<EventMappingKind, string> = {
    callLog: 'Provider sends a call log (complete or partial)',
    events: "Provider sends any of a call's events to one URL; the connector's events mapping names each one's kind",
    popup: 'Provider asks for an agent popup (incoming call)',
    callEvent: 'Provider reports call progress (answered, hangup, or another event kind)',
  };
  const kinds: EventMappingKind[] = ['callLog', 'events', 'popup', 'callEvent'];
  // Every event webhook takes a JSON or form POST, or a GET with the fields in the query string.
  return kinds.flatMap((kind) => [
    webhook('post', kind, `${SUMMARIES[kind]} (POST: JSON, form fields urlencoded or multipart, raw JSON as a form, or XML)`),
    webhook('get', kind, `${SUMMARIES[kind]} (GET: the fields in the query string)`),
  ]);
}
