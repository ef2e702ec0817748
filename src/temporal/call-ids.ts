/**
 * The call-key codec: how a call is named within a connector, in workflow ids and activity ids. The
 * only place that writes or reads the key's prefixes (`s:` a readable session id, `sh:` a hashed
 * one, `h:` numbers and start time); workflows are told the session id in their input instead.
 */
import crypto from 'node:crypto';
import { identifies } from '../call/mapped-events';

/** Provider session ids are free text; keep workflow ids readable but bounded and printable. */
const SAFE_ID = /^[A-Za-z0-9._:@+-]{1,200}$/;

export interface CallKeyInput {
  sessionId?: string | undefined;
  sourceNumber?: string | undefined;
  destinationNumber?: string | undefined;
  displayNumber?: string | undefined;
  startTime?: Date | undefined;
  startTimeUtc?: Date | undefined;
}

/**
 * The identity of one call within a connector: the provider's session id when the event carries one,
 * else a hash of its numbers and start time (so a re-sent log maps to the same call; events without
 * a session id join when they carry the same numbers and start). Null when the event carries
 * neither a session id nor a caller number with a start time.
 */
export function callKeyOf(event: CallKeyInput): string | null {
  if (!identifies(event)) return null;
  if (event.sessionId) return sessionCallKey(event.sessionId);
  const start = (event.startTime ?? event.startTimeUtc) as Date;
  const parts = [event.sourceNumber ?? '', event.destinationNumber ?? '', event.displayNumber ?? '', start.toISOString()];
  return `h:${digest(parts.join('|'))}`;
}

/** The key of a call the provider names by its session id (popup, route, click-to-call). */
export function sessionCallKey(sessionId: string): string {
  return SAFE_ID.test(sessionId) ? `s:${sessionId}` : `sh:${digest(sessionId)}`;
}

/** The provider's session id a readable key carries; null for hashed keys. */
export function sessionIdOfKey(callKey: string): string | null {
  return callKey.startsWith('s:') ? callKey.slice(2) : null;
}

export function callWorkflowId(connectorId: string, callKey: string): string {
  return `call:${connectorId}:${callKey}`;
}

/** The phone-call activity's _id: one activity per call per connector. */
export function callActivityId(connectorId: string, callKey: string): string {
  return `${connectorId}:${callKey}`;
}

function digest(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 32);
}
