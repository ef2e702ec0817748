/** The form's draft of the route answer (`…/route-answer`), and the answer it makes. */
import { ApiError } from '../api/client';
import type { RouteAnswer } from '../api/types';

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
    noAgent: d.noAgent
      ? { status: Number(d.noAgentStatus) || 0, contentType: d.noAgentContentType.trim() || null, body: d.noAgentBody }
      : null,
  };
}

/** Server problems by draft field (`body.answer.noAgent.body` → `noAgentBody`). */
export function placeProblems(err: unknown): Partial<Record<keyof Draft, string[]>> {
  if (!(err instanceof ApiError)) return {};
  const placed: Partial<Record<keyof Draft, string[]>> = {};
  const key: Record<string, keyof Draft> = {
    contentType: 'contentType',
    body: 'body',
    'noAgent.status': 'noAgentStatus',
    'noAgent.contentType': 'noAgentContentType',
    'noAgent.body': 'noAgentBody',
    noAgent: 'noAgentBody',
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
    answer: {
      contentType: 'application/json',
      body: '{\n  "destination": {"numbers": [{{agentPhone}}]},\n  "outgoing_phone_number": {{virtualNumber}}\n}',
      noAgent: null,
    },
  },
];
