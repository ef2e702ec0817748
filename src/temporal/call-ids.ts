import crypto from 'node:crypto';

/** Provider session ids are free text; keep workflow ids readable but bounded and printable. */
const SAFE_ID = /^[A-Za-z0-9._:@+-]{1,200}$/;

export interface CallKeyInput {
  sessionId?: string | undefined;
  sourceNumber: string;
  destinationNumber: string;
  displayNumber: string;
  startTime: Date;
}

/**
 * The identity of one call within a connector: the provider's session id when it sends one, else a
 * hash of what identifies a call (numbers and start time), so a re-sent log maps to the same call.
 */
export function callKeyOf(event: CallKeyInput): string {
  if (event.sessionId) {
    return SAFE_ID.test(event.sessionId) ? `s:${event.sessionId}` : `sh:${digest(event.sessionId)}`;
  }
  const parts = [event.sourceNumber, event.destinationNumber, event.displayNumber, event.startTime.toISOString()];
  return `h:${digest(parts.join('|'))}`;
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
