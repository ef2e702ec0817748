/**
 * What every provider's dialect is written with: a call's answer and end times, JSON and form posts,
 * and the route question, which is the same for every provider. Each provider's own dialect (how it
 * writes the popup, call events and call log, quirks included) is in its module under `providers/`.
 */
import type { CallFacts, Outgoing } from './types';

export const answeredAt = (c: CallFacts): Date => new Date(c.startedAt.getTime() + c.ringSeconds * 1000);
export const endedAt = (c: CallFacts): Date => new Date(answeredAt(c).getTime() + c.talkSeconds * 1000);

export const jsonPost = (url: string, value: unknown, contentType = 'application/json'): Outgoing => ({
  method: 'POST',
  url,
  contentType,
  body: JSON.stringify(value),
});

export const formPost = (url: string, fields: Record<string, string>): Outgoing => ({
  method: 'POST',
  url,
  contentType: 'application/x-www-form-urlencoded',
  body: new URLSearchParams(fields).toString(),
});

/** `GET <route>?caller=%2B91…&did=%2B91…&sessionId=…`, the same for every provider. */
export function routeRequest(c: CallFacts, url: string): Outgoing {
  const q = new URLSearchParams({ caller: c.customer, did: c.did, sessionId: c.sessionId }).toString();
  return { method: 'GET', url: `${url}${url.includes('?') ? '&' : '?'}${q}` };
}
