/** The route answer as the admin API speaks it (`…/route-answer`), and the form's draft of it. */
import { ApiError, type ErrorDetail } from '../lib/api';

export interface RouteAnswer {
  contentType: string;
  body: string;
  noAgent: { status: number; contentType: string | null; body: string } | null;
}
export type AnswerSource = 'connector' | 'preset' | 'format';
export interface RouteAnswerView {
  answer: RouteAnswer | null;
  presetAnswer: RouteAnswer | null;
  source: AnswerSource;
  format: 'json' | 'agent-phone' | 'agent-id' | 'agent-email';
  fields: { name: string; description: string }[];
}
export interface RoutePreview {
  decoded: Record<string, unknown> | null;
  mapped: { output: unknown; normalized: unknown; problems: { field: string; code: string; message: string }[] } | null;
  input: { callerNumber: string | null; callerRaw: string; virtualNumber: string | null; sessionId: string | null } | null;
  decision: {
    agent: { userId: string; phone: string | null; agentId: string; email: string; name: string } | null;
    queue: string | null; leadId: string | null; opportunityId: string | null; reason: string; fallbackCause: string | null;
  } | null;
  source: AnswerSource;
  answer: { status: number; contentType: string; headers: Record<string, string>; body: string };
  error: { code: string; message: string; details: ErrorDetail[] } | null;
}
export interface SampleRequest { method: 'GET' | 'POST'; contentType: string; body: string; query: string }

export const routeAnswerBase = (connectorId: string) => `/api/admin/connectors/${connectorId}/route-answer`;

/** Everything as the form edits it: text inputs, and the no-agent part switched on or off. */
export interface Draft {
  contentType: string;
  body: string;
  noAgent: boolean;
  noAgentStatus: string;
  noAgentContentType: string;
  noAgentBody: string;
}

export function toDraft(a: RouteAnswer | null): Draft {
  return {
    contentType: a?.contentType ?? 'application/xml',
    body: a?.body ?? '',
    noAgent: Boolean(a?.noAgent),
    noAgentStatus: String(a?.noAgent?.status ?? 200),
    noAgentContentType: a?.noAgent?.contentType ?? '',
    noAgentBody: a?.noAgent?.body ?? '',
  };
}

export function fromDraft(d: Draft): RouteAnswer {
  return {
    contentType: d.contentType.trim(),
    body: d.body,
    noAgent: d.noAgent ? { status: Number(d.noAgentStatus) || 0, contentType: d.noAgentContentType.trim() || null, body: d.noAgentBody } : null,
  };
}

/** Server problems by draft field (`body.answer.noAgent.body` → `noAgentBody`). */
export function placeProblems(err: unknown): Partial<Record<keyof Draft, string[]>> {
  if (!(err instanceof ApiError)) return {};
  const placed: Partial<Record<keyof Draft, string[]>> = {};
  const key: Record<string, keyof Draft> = {
    contentType: 'contentType', body: 'body', 'noAgent.status': 'noAgentStatus', 'noAgent.contentType': 'noAgentContentType', 'noAgent.body': 'noAgentBody', noAgent: 'noAgentBody',
  };
  for (const d of err.details) {
    const path = d.field?.replace(/^body\.answer\.?/, '');
    const at = path === undefined ? undefined : key[path];
    if (at) (placed[at] ??= []).push(d.message);
  }
  return placed;
}

/** Starting points in common dialects; every value is escaped for the content type when rendered. */
export const STARTERS: { label: string; answer: RouteAnswer }[] = [
  {
    label: 'XML that dials (TwiML, Plivo, Exotel style)',
    answer: {
      contentType: 'application/xml',
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n  <Dial callerId="{{virtualNumber}}">\n    <Number>{{agentPhone}}</Number>\n  </Dial>\n</Response>',
      noAgent: { status: 200, contentType: null, body: '<Response>\n  <Say>All our agents are busy.</Say>\n  <Hangup/>\n</Response>' },
    },
  },
  {
    label: 'JSON action list (Vonage NCCO style)',
    answer: {
      contentType: 'application/json',
      body: '[\n  {"action": "connect", "from": "{{phone virtualNumber "digits"}}", "endpoint": [{"type": "phone", "number": "{{agentPhoneDigits}}"}]}\n]',
      noAgent: { status: 200, contentType: null, body: '[{"action": "talk", "text": "All our agents are busy."}]' },
    },
  },
  {
    label: 'JSON object with numbers to dial',
    answer: { contentType: 'application/json', body: '{\n  "destination": {"numbers": [{{agentPhone}}]},\n  "outgoing_phone_number": {{virtualNumber}}\n}', noAgent: null },
  },
];
