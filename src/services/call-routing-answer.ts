/**
 * The route webhook's answer: either one of the seed's formats (`lifecycle.routing.format`: a JSON
 * object, or one plain value), or a template in the provider's own dialect — an XML document that
 * dials the agent (TwiML, Plivo, Exotel style), a JSON list of actions (Vonage NCCO style), a JSON
 * object listing numbers to try. The template is the connector's (`lifecycle.routing.answer`), else
 * its preset's `routeAnswer`, else the format answers.
 *
 * Templates are rendered by the outbound engine's sandboxed Handlebars (src/outbound/template.ts),
 * with every value escaped for the content type: JSON string or value, XML character data, form
 * field, plain text. They are compiled and rendered on sample decisions when saved, so a template
 * that does not compile, reads an unknown field, or renders a document that does not parse is
 * refused then, naming the field, instead of reaching an IVR.
 */
import { z } from 'zod';
import type { RouteInput } from '../call/mapped-events';
import { OutboundError } from '../outbound/errors';
import { compile, renderString, type Context } from '../outbound/template';
import { PRESETS } from '../providers';
import type { RouteAnswerSpec } from '../providers/types';
import type { RoutingView } from './connectors';
import { ROUTE_REASONS, type AnswerNeeds, type RouteDecision } from './call-routing';

export type RouteAnswer = RouteAnswerSpec;
export type AnswerSource = 'connector' | 'preset' | 'format';

/** The merge fields of a route answer; every one is present, null where it does not apply. */
export const ROUTE_ANSWER_FIELDS = [
  { name: 'agentPhone', description: "The agent's phone number in E.164 (+919800000001)" },
  { name: 'agentPhoneDigits', description: "The agent's phone number as digits only, with the country code (919800000001)" },
  { name: 'agentId', description: "The provider's agent id for this connector (or for all connectors), else the user id" },
  { name: 'agentEmail', description: "The agent's email" },
  { name: 'agentName', description: "The agent's name" },
  { name: 'queue', description: 'The fallback queue, when the call goes to one' },
  { name: 'leadId', description: "The caller's lead" },
  { name: 'opportunityId', description: 'The opportunity that routed the call (opportunity mode)' },
  { name: 'reason', description: `Why: ${ROUTE_REASONS.join(', ')}` },
  { name: 'callerNumber', description: "The caller's number in E.164, or as sent when it is not a phone number" },
  { name: 'virtualNumber', description: 'The virtual number dialled, in E.164 when it is a phone number' },
  { name: 'sessionId', description: "The provider's call session id" },
] as const;
export type RouteAnswerValues = Record<(typeof ROUTE_ANSWER_FIELDS)[number]['name'], string | null>;

/** The JSON format's body (and the OpenAPI description of the route webhook's default answer). */
export const jsonFormatAnswer = z.object({
  Status: z.literal('Success'),
  AgentPhone: z.string().nullable(),
  AgentId: z.string().nullable(),
  AgentEmail: z.string().nullable(),
  Queue: z.string().nullable(),
  LeadId: z.string().nullable(),
  OpportunityId: z.string().nullable(),
  Reason: z.enum(ROUTE_REASONS),
});

/** One answer as sent: status, full content type and body; the decision's reason goes in headers. */
export interface RouteReply {
  status: number;
  contentType: string;
  body: string;
  decision: RouteDecision | null;
  code: string | null;
  /** Sent as Retry-After: a failure a retry may fix (the database or Temporal unreachable). */
  retryAfterSeconds?: number;
}

const CONTENT_TYPE = /^([a-z0-9!#$&^_.+-]+)\/([a-z0-9!#$&^_.+-]+)\s*(;\s*[a-z0-9_-]+=("[^"\r\n]*"|[a-z0-9_.-]+)\s*)*$/i;
export const ANSWER_CONTENT_TYPES =
  'application/json, text/json or */*+json; application/xml, text/xml or */*+xml; text/plain; application/x-www-form-urlencoded';

/** Where values land for a content type, or null for one a route answer cannot be written in. */
export function contextOf(contentType: string): Context | null {
  const m = CONTENT_TYPE.exec(contentType.trim());
  if (!m) return null;
  const type = `${m[1]}/${m[2]}`.toLowerCase();
  if (type === 'application/json' || type === 'text/json' || type.endsWith('+json')) return 'json';
  if (type === 'application/xml' || type === 'text/xml' || type.endsWith('+xml')) return 'xml';
  if (type === 'text/plain') return 'text';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  return null;
}

export function answerValues(d: RouteDecision, input: RouteInput): RouteAnswerValues {
  const phone = d.agent?.phone ?? null;
  return {
    agentPhone: phone,
    agentPhoneDigits: phone ? phone.replace(/\D/g, '') : null,
    agentId: d.agent?.agentId ?? null,
    agentEmail: d.agent?.email ?? null,
    agentName: d.agent?.name ?? null,
    queue: d.queue,
    leadId: d.leadId,
    opportunityId: d.opportunityId,
    reason: d.reason,
    callerNumber: input.callerNumber ?? input.callerRaw,
    virtualNumber: input.virtualNumber,
    sessionId: input.sessionId,
  };
}

/** A template that reads the agent's phone dials it, so only agents with a phone number can take the call. */
export function answerNeeds(routing: RoutingView, answer: RouteAnswer | null): AnswerNeeds {
  if (!answer) return { phone: routing.format === 'agent-phone' };
  const ctx = contextOf(answer.contentType) ?? 'text';
  return { phone: compile(answer.body, ctx).paths.some((p) => p === 'agentPhone' || p === 'agentPhoneDigits') };
}

/** The connector's own template, else its preset's, else none (the format answers). */
export function effectiveAnswer(presetId: string, own: RouteAnswer | null): { answer: RouteAnswer | null; source: AnswerSource } {
  if (own) return { answer: own, source: 'connector' };
  const preset = PRESETS.find((p) => p.id === presetId)?.routeAnswer;
  return preset ? { answer: preset, source: 'preset' } : { answer: null, source: 'format' };
}

function formatReply(routing: RoutingView, d: RouteDecision): RouteReply {
  const a = d.agent;
  if (routing.format === 'json') {
    const body: z.infer<typeof jsonFormatAnswer> = {
      Status: 'Success',
      AgentPhone: a?.phone ?? null,
      AgentId: a?.agentId ?? null,
      AgentEmail: a?.email ?? null,
      Queue: d.queue,
      LeadId: d.leadId,
      OpportunityId: d.opportunityId,
      Reason: d.reason,
    };
    return { status: 200, contentType: 'application/json', body: JSON.stringify(body), decision: d, code: null };
  }
  // Plain formats: the value, else the queue name, else an empty 200 ("use your own routing").
  const value = { 'agent-phone': a?.phone, 'agent-id': a?.agentId, 'agent-email': a?.email }[routing.format];
  return { status: 200, contentType: 'text/plain', body: value ?? d.queue ?? '', decision: d, code: null };
}

/** The answer to send for a decision: the template's (its no-agent part when nobody takes the call), else the format's. */
export function renderAnswer(routing: RoutingView, answer: RouteAnswer | null, d: RouteDecision, input: RouteInput): RouteReply {
  if (!answer) return formatReply(routing, d);
  const values = answerValues(d, input);
  const part =
    !d.agent && !d.queue && answer.noAgent
      ? { status: answer.noAgent.status, contentType: answer.noAgent.contentType ?? answer.contentType, body: answer.noAgent.body }
      : { status: 200, contentType: answer.contentType, body: answer.body };
  const body = part.body === '' ? '' : renderString(part.body, contextOf(part.contentType) ?? 'text', values);
  return { status: part.status, contentType: part.contentType, body, decision: d, code: null };
}

// ---- Checks on save -------------------------------------------------------------------------------

const base: RouteAnswerValues = {
  agentPhone: null,
  agentPhoneDigits: null,
  agentId: null,
  agentEmail: null,
  agentName: null,
  queue: null,
  leadId: null,
  opportunityId: null,
  reason: 'no-match',
  callerNumber: '+919611000001',
  virtualNumber: '+919020897874',
  sessionId: 'sample-session',
};
const SAMPLES = {
  agent: {
    ...base,
    agentPhone: '+919800000001',
    agentPhoneDigits: '919800000001',
    agentId: 'agent-1',
    agentEmail: 'agent@example.com',
    agentName: 'Asha',
    leadId: '6650c0ffee0000000000000a',
    reason: 'lead-owner',
  },
  queue: { ...base, queue: 'sales', reason: 'fallback-queue' },
  none: base,
} satisfies Record<string, RouteAnswerValues>;

/** Why an XML document is not well-formed, or null: one root element, balanced tags, quoted attributes, known entities. */
export function xmlProblem(doc: string): string | null {
  const token =
    /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<|&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g;
  const open: string[] = [];
  let roots = 0;
  let at = 0;
  const outsideRoot = (text: string) => open.length === 0 && text.trim() !== '';
  for (const m of doc.replace(/^\uFEFF/, '').matchAll(token)) {
    if (outsideRoot(doc.slice(at, m.index))) return 'text outside the root element';
    at = m.index + m[0].length;
    const [whole, closing, name, , selfClosing] = m;
    if (whole === '<') return `a "<" that opens no tag at offset ${m.index}`;
    if (whole.startsWith('&')) return `an "&" that starts no entity at offset ${m.index}`;
    if (!name) {
      if (whole.startsWith('<![CDATA[') && open.length === 0) return 'CDATA outside the root element';
      continue;
    }
    if (closing) {
      if (open.pop() !== name) return `</${name}> closes no open <${name}>`;
    } else {
      if (open.length === 0 && ++roots > 1) return 'more than one root element';
      if (!selfClosing) open.push(name);
    }
  }
  if (outsideRoot(doc.slice(at))) return 'text outside the root element';
  if (open.length) return `<${open[open.length - 1]}> is not closed`;
  return roots === 1 ? null : 'no root element';
}

function parses(ctx: Context, text: string): string | null {
  if (ctx === 'json') {
    try {
      JSON.parse(text);
      return null;
    } catch (err) {
      return `renders JSON that does not parse (${(err as Error).message})`;
    }
  }
  return ctx === 'xml' ? (xmlProblem(text) ? `renders XML that is not well-formed: ${xmlProblem(text)}` : null) : null;
}

export interface AnswerProblem {
  path: (string | number)[];
  message: string;
}

/** Compiles one part and renders it on each sample decision; the first problem, if any. */
function checkPart(
  body: string,
  contentType: string,
  samples: RouteAnswerValues[],
): { on: 'contentType' | 'body'; message: string } | null {
  const ctx = contextOf(contentType);
  if (!ctx)
    return {
      on: 'contentType',
      message: `"${contentType}" is not a content type a route answer can be written in; use ${ANSWER_CONTENT_TYPES}`,
    };
  if (body === '') return null;
  try {
    for (const values of samples) {
      const problem = parses(ctx, renderString(body, ctx, values));
      if (problem) return { on: 'body', message: `${problem}, for a decision like ${values.reason}` };
    }
    return null;
  } catch (err) {
    if (!(err instanceof OutboundError)) throw err;
    const unknown = err.missingFields?.length
      ? `Unknown field(s): ${err.missingFields.join(', ')}; the fields are ${ROUTE_ANSWER_FIELDS.map((f) => f.name).join(', ')}`
      : err.message;
    return { on: 'body', message: unknown };
  }
}

export function checkAnswer(a: RouteAnswer): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const main = checkPart(a.body, a.contentType, a.noAgent ? [SAMPLES.agent, SAMPLES.queue] : [SAMPLES.agent, SAMPLES.queue, SAMPLES.none]);
  if (main) problems.push({ path: [main.on], message: main.message });
  if (a.noAgent) {
    const own = a.noAgent.contentType !== null;
    const none = checkPart(a.noAgent.body, a.noAgent.contentType ?? a.contentType, [SAMPLES.none]);
    // A problem with the inherited content type is already reported on the main one.
    if (none && (none.on === 'body' || own)) problems.push({ path: ['noAgent', none.on], message: none.message });
  }
  return problems;
}

const contentType = z.string().trim().min(1).max(200);
const body = z.string().max(20_000);

/** A route answer as the admin API takes it; `superRefine` compiles and renders it (400 naming the field). */
export const routeAnswerSchema = z
  .strictObject({
    contentType: contentType.describe(`The answer's content type; values are escaped for it (${ANSWER_CONTENT_TYPES})`),
    body: body.min(1).describe('Handlebars over the decision (see ROUTE_ANSWER_FIELDS: agentPhone, agentPhoneDigits, agentId, …)'),
    noAgent: z
      .strictObject({
        status: z.number().int().min(200).max(599).default(200),
        contentType: contentType.nullable().default(null).describe("Null: the answer's content type"),
        body: body.default('').describe('May be empty'),
      })
      .nullable()
      .default(null)
      .describe('The answer when there is neither an agent nor a queue; null: the main template renders, with the agent fields null'),
  })
  .superRefine((a, ctx) => {
    for (const p of checkAnswer(a)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
  });
