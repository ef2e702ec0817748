/**
 * Call routing: who should take this caller? The owner of the caller's lead, or
 * in opportunity mode the owner of the lead's most recent open opportunity; the connector's fallback
 * (an agent, a queue, or nothing) when there is no lead, no owner, or an owner who may not take calls
 * on this connector. An agent who set the console to away is never picked. Read-only, and at most
 * five small queries: the provider waits on it in its IVR.
 */
import type { Types } from 'mongoose';
import type { Models } from '../db/models';
import type { WebhookView } from './connectors';

export const ROUTE_REASONS = ['lead-owner', 'opportunity-owner', 'fallback-agent', 'fallback-queue', 'no-match'] as const;
export type RouteReason = (typeof ROUTE_REASONS)[number];

export interface RoutedAgent {
  userId: string;
  /** The agent's first phone number (E.164), or null when none is stored. */
  phone: string | null;
  /** The provider's agent id for this connector (or for all connectors), else the user id. */
  agentId: string;
  email: string;
  name: string;
}

export interface RouteDecision {
  agent: RoutedAgent | null;
  queue: string | null;
  leadId: string | null;
  opportunityId: string | null;
  reason: RouteReason;
  /** Why the fallback applied, for the request log and the call's timeline. */
  fallbackCause: 'no-lead' | 'no-owner' | 'owner-ineligible' | null;
}

interface UserLike {
  _id: Types.ObjectId;
  email: string;
  name: string;
  role: string;
  active: boolean;
  phones: string[];
  teamIds: Types.ObjectId[];
  agentIds: { agentId: string; connectorId?: Types.ObjectId | null }[];
}

const USER_FIELDS = { email: 1, name: 1, role: 1, active: 1, phones: 1, teamIds: 1, agentIds: 1 } as const;

/** What the answer needs of an agent: a phone number when it dials one. */
export interface AnswerNeeds {
  phone: boolean;
}

/**
 * An active agent who can be reached by the answer (one that dials needs the agent's phone number),
 * and (when `teamIds` is not empty) a member of one of those teams.
 */
function eligible(user: UserLike | null, needs: AnswerNeeds, teamIds: readonly string[]): user is UserLike {
  if (!user || !user.active || user.role !== 'agent') return false;
  if (needs.phone && user.phones.length === 0) return false;
  return teamIds.length === 0 || user.teamIds.some((t) => teamIds.includes(String(t)));
}

function toRouted(user: UserLike, connectorId: string): RoutedAgent {
  const own = user.agentIds.find((a) => a.connectorId != null && String(a.connectorId) === connectorId);
  const shared = user.agentIds.find((a) => a.connectorId == null);
  return {
    userId: String(user._id),
    phone: user.phones[0] ?? null,
    agentId: (own ?? shared)?.agentId ?? String(user._id),
    email: user.email,
    name: user.name,
  };
}

export function makeCallRouter(models: Models) {
  const { AgentState, Lead, Opportunity, User } = models;

  /** The user, unless the user is an agent who is away (then as ineligible as an unknown user). */
  async function findUser(id: Types.ObjectId | string): Promise<UserLike | null> {
    const [user, away] = await Promise.all([User.findById(id, USER_FIELDS).lean(), AgentState.exists({ _id: id, presence: 'away' })]);
    return away ? null : user;
  }

  /**
   * The lead the call will be logged against (as the call log's resolveLead finds it): the oldest
   * with this primary number, else the oldest with it as a secondary number. Plain equality, which
   * FerretDB pushes down to its storage instead of decoding every lead.
   */
  async function findLead(phone: string | null) {
    if (!phone) return null;
    const fields = { _id: 1, ownerId: 1 } as const;
    return (
      (await Lead.findOne({ phone }, fields).sort({ createdAt: 1, _id: 1 }).lean()) ??
      (await Lead.findOne({ secondaryPhones: phone }, fields).sort({ createdAt: 1, _id: 1 }).lean())
    );
  }

  /** The lead's open opportunity touched last; closed ones never route. */
  async function findOpportunity(leadId: Types.ObjectId) {
    return Opportunity.findOne({ leadId, status: 'open' }, { _id: 1, ownerId: 1 }).sort({ updatedAt: -1, _id: -1 }).lean();
  }

  async function fallback(
    view: WebhookView,
    needs: AnswerNeeds,
    base: Omit<RouteDecision, 'agent' | 'queue' | 'reason'>,
  ): Promise<RouteDecision> {
    const { routing } = view;
    if (routing.fallback === 'queue' && routing.fallbackQueue)
      return { ...base, agent: null, queue: routing.fallbackQueue, reason: 'fallback-queue' };
    if (routing.fallback === 'agent' && routing.fallbackAgentId) {
      // The admin picked this agent for this connector, so teams do not restrict it; being active does.
      const user = await findUser(routing.fallbackAgentId);
      if (eligible(user, needs, [])) return { ...base, agent: toRouted(user, view.id), queue: null, reason: 'fallback-agent' };
    }
    return { ...base, agent: null, queue: null, reason: 'no-match' };
  }

  /**
   * `caller` is the caller's number as leads store it (`normalizePhone`), or null when it is none.
   * `needs` defaults to what the connector's `format` needs (`agent-phone`: a phone number).
   */
  async function decide(
    view: WebhookView,
    caller: string | null,
    needs: AnswerNeeds = { phone: view.routing.format === 'agent-phone' },
  ): Promise<RouteDecision> {
    const lead = await findLead(caller);
    if (!lead) return fallback(view, needs, { leadId: null, opportunityId: null, fallbackCause: 'no-lead' });
    const leadId = String(lead._id);
    let ownerId = lead.ownerId ?? null;
    let opportunityId: string | null = null;
    if (view.routing.mode === 'opportunity') {
      const opportunity = await findOpportunity(lead._id);
      // An opportunity without an owner routes like a lead without one: to the lead's owner.
      if (opportunity?.ownerId) {
        ownerId = opportunity.ownerId;
        opportunityId = String(opportunity._id);
      }
    }
    if (!ownerId) return fallback(view, needs, { leadId, opportunityId, fallbackCause: 'no-owner' });
    const owner = await findUser(ownerId);
    if (!eligible(owner, needs, view.teamIds)) return fallback(view, needs, { leadId, opportunityId, fallbackCause: 'owner-ineligible' });
    return {
      agent: toRouted(owner, view.id),
      queue: null,
      leadId,
      opportunityId,
      reason: opportunityId ? 'opportunity-owner' : 'lead-owner',
      fallbackCause: null,
    };
  }

  return { decide };
}

export type CallRouter = ReturnType<typeof makeCallRouter>;
