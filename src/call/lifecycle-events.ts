/**
 * The canonical shapes of the provider events around a call (besides the call log): the agent popup
 * (seed 000 section 7) and call progress (answered, hangup). A mapping produces these; validation
 * normalises numbers and times and names every problem, as for call logs.
 */
import { z } from 'zod';
import type { CallContext, FieldProblem } from './canonical';
import { parseDateTime } from './datetime';
import { normalizePhone } from './phone';

export interface PopupEvent {
  sessionId: string;
  callerNumber: string;
  agentNumber: string | null;
  virtualNumber: string | null;
  providerAgentId: string | null;
  leadId: string | null;
  ivr: string | null;
}

export interface ProgressEvent {
  sessionId: string;
  kind: 'answered' | 'hangup';
  at: string;
  answered: boolean | null;
}

const text = z.union([z.string(), z.number()]).transform((v) => String(v).trim()).pipe(z.string().min(1).max(2000));
const optionalText = text.optional().nullable().transform((v) => v ?? null);

function phone(ctx: CallContext) {
  return z.union([z.string(), z.number()]).transform((raw, issue) => {
    const normalized = normalizePhone(String(raw), ctx.defaultCountry);
    if (!normalized) {
      issue.addIssue({ code: 'custom', message: `"${String(raw)}" is not a phone number` });
      return z.NEVER;
    }
    return normalized;
  });
}

function optionalPhone(ctx: CallContext) {
  return phone(ctx).optional().nullable().transform((v) => v ?? null);
}

function problemsOf(error: z.ZodError): FieldProblem[] {
  return error.issues.map((i) => {
    const field = i.path.map(String).join('.') || '$';
    const missing = i.code === 'invalid_type' && /received undefined|received null/.test(i.message);
    return { field, code: missing ? 'missing' : i.code === 'invalid_value' ? 'not_allowed' : 'invalid', message: `${field}: ${missing ? 'is required' : i.message}` };
  });
}

type Validated<T> = { event: T; problems: [] } | { event: null; problems: FieldProblem[] };

function validate<T>(schema: z.ZodType<T>, output: unknown): Validated<T> {
  const parsed = schema.safeParse(output ?? {});
  return parsed.success ? { event: parsed.data, problems: [] } : { event: null, problems: problemsOf(parsed.error) };
}

export function validatePopup(output: unknown, ctx: CallContext): Validated<PopupEvent> {
  const schema = z.object({
    sessionId: text,
    callerNumber: phone(ctx),
    agentNumber: optionalPhone(ctx),
    virtualNumber: optionalPhone(ctx),
    agentId: optionalText,
    leadId: optionalText,
    ivr: optionalText,
  }).transform(({ agentId, ...rest }) => ({ ...rest, providerAgentId: agentId }));
  return validate(schema, output);
}

export function validateProgress(output: unknown, ctx: CallContext, now: Date): Validated<ProgressEvent> {
  const schema = z.object({
    sessionId: text,
    kind: z.enum(['answered', 'hangup']),
    at: z.union([z.string(), z.number()]).optional().nullable().transform((v, issue) => {
      if (v === undefined || v === null || v === '') return now.toISOString();
      const date = parseDateTime(v, ctx.timeZone);
      if (!date) {
        issue.addIssue({ code: 'custom', message: `"${String(v)}" is not a date-time` });
        return z.NEVER;
      }
      return date.toISOString();
    }),
    answered: z.boolean().optional().nullable().transform((v) => v ?? null),
  });
  return validate(schema, output);
}
