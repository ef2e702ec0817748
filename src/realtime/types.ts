/**
 * What the server pushes to an agent's console, and the port activities publish through. Delivery
 * works across processes: a worker publishes, whichever API process holds the agent's connection
 * delivers.
 */
import type { AgentStatus } from '../domain/people';

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
  /** `status` is the agent's new state, absent when the agent is busy on another call. */
  | { type: 'popup'; call: CallSummary; lead: LeadSummary | null; status?: AgentStatus }
  | { type: 'call-state'; status: AgentStatus; call: CallSummary | null };

export interface Notifier {
  /** Queues an event for one agent; resolves once it is durably recorded for delivery. */
  publish(userId: string, event: AgentEvent): Promise<void>;
}
