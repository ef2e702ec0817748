/**
 * What the server pushes to an agent's console, and the port activities publish through. Delivery
 * works across processes: a worker publishes, whichever API process holds the agent's connection
 * delivers.
 */
import type { MappingKind } from '../call/mapped-events';
import { AGENT_STATUSES, type AgentStatus } from '../domain/people';

export interface CallSummary {
  workflowId: string;
  connectorId: string;
  callKey: string;
  sessionId: string | null;
  direction: 'Inbound' | 'Outbound';
  /** The lead's side of the call. */
  customerNumber: string;
  virtualNumber: string | null;
  leadId: string | null;
  ivr: string | null;
  startedAt: string;
  answeredAt: string | null;
  endedAt: string | null;
  /** Whether this connector requires a disposition before the agent is free again. */
  dispositionRequired: boolean;
  disposed: boolean;
}

export interface LeadSummary {
  id: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  phone: string;
  secondaryPhones: string[];
  ownerId: string | null;
  fields: Record<string, unknown>;
}

export type AgentEvent =
  /**
   * `status` is the agent's new state, absent when the agent is busy on another call; `receivedAt`
   * is when the popup webhook arrived (ISO).
   */
  | { type: 'popup'; call: CallSummary; lead: LeadSummary | null; status?: AgentStatus; receivedAt?: string }
  | { type: 'call-state'; status: AgentStatus; call: CallSummary | null };

export interface Notifier {
  /** Queues an event for one agent; resolves once it is durably recorded for delivery. */
  publish(userId: string, event: AgentEvent): Promise<void>;
}

/**
 * The console's events field by field, for the API docs and the mapping designer. The mapped types
 * make the compiler refuse a list that misses or invents a field of CallSummary or LeadSummary.
 */
const CALL_SUMMARY_DOC: { readonly [K in keyof CallSummary]-?: string } = {
  workflowId: "The call's workflow id (its key in Patchcord).",
  connectorId: 'The connector the call came through.',
  callKey: "The call's key within the connector (from the provider's session id).",
  sessionId: "The provider's call id (sessionId), when known.",
  direction: 'Inbound or Outbound.',
  customerNumber: "The lead's side of the call (E.164).",
  virtualNumber: 'The virtual number (displayNumber), when known.',
  leadId: 'The matched lead, or null for an unknown caller.',
  ivr: 'The IVR choice (ivr), when mapped.',
  startedAt: 'When the call started (ISO).',
  answeredAt: 'When it was answered (ISO), or null.',
  endedAt: 'When it ended (ISO), or null.',
  dispositionRequired: 'Whether the connector requires a disposition before the agent is free again.',
  disposed: 'Whether the call has its disposition.',
};

const LEAD_SUMMARY_DOC: { readonly [K in keyof LeadSummary]-?: string } = {
  id: "The lead's id.",
  firstName: 'First name, when known.',
  lastName: 'Last name, when known.',
  email: 'Email, when known.',
  phone: 'Primary number (E.164).',
  secondaryPhones: 'Other numbers (E.164).',
  ownerId: 'The owning user, or null.',
  fields: "The lead's custom fields.",
};

export interface AgentEventDoc {
  type: AgentEvent['type'];
  description: string;
  /** Mapping kinds whose deliveries can raise it. */
  raisedBy: readonly MappingKind[];
  fields: readonly { name: string; description: string }[];
}

const nested = (prefix: string, doc: Record<string, string>) =>
  Object.entries(doc).map(([name, description]) => ({ name: `${prefix}.${name}`, description }));

export const AGENT_EVENT_DOCS: readonly AgentEventDoc[] = [
  {
    type: 'popup',
    description: 'Sent on the agent\'s event stream (GET /api/agent/events, "event: popup") when a delivery of kind popup rings the agent.',
    raisedBy: ['popup', 'events'],
    fields: [
      { name: 'type', description: '"popup".' },
      ...nested('call', CALL_SUMMARY_DOC),
      { name: 'lead', description: 'The calling lead, or null for an unknown caller:' },
      ...nested('lead', LEAD_SUMMARY_DOC),
      {
        name: 'status',
        description: `The agent's new state (${AGENT_STATUSES.join(', ')}); absent when the agent is busy on another call.`,
      },
      { name: 'receivedAt', description: 'When the popup webhook arrived (ISO).' },
    ],
  },
  {
    type: 'call-state',
    description:
      'Sent on the agent\'s event stream ("event: call-state") when the agent\'s state changes: answered (on-call), hung up (wrap-up or free).',
    raisedBy: ['callEvent', 'events', 'callLog'],
    fields: [
      { name: 'type', description: '"call-state".' },
      { name: 'status', description: `The agent's state: ${AGENT_STATUSES.join(', ')}.` },
      { name: 'call', description: 'The current call, or null when the agent is free:' },
      ...nested('call', CALL_SUMMARY_DOC),
    ],
  },
];
