import type { AgentPresence } from '../domain/people';
import { type Models, Types } from '../db/models';
import { makeOutboxNotifier } from '../realtime/outbox';
import type { CallSummary } from '../realtime/types';

/**
 * The user a provider's AgentId maps to on a connector (a mapping with no connector applies to
 * all). Filtered in code rather than with $elemMatch, which FerretDB v1 does not support; the
 * indexed `agentIds.agentId` match keeps the candidates to a handful.
 */
export async function findUserByAgentId(
  models: Models,
  agentId: string,
  connectorId: string | null,
  opts: { activeOnly?: boolean; exceptUserId?: string } = {},
): Promise<Types.ObjectId | null> {
  const candidates = await models.User.find(
    { 'agentIds.agentId': agentId, ...(opts.activeOnly ? { active: true } : {}) },
    { _id: 1, agentIds: 1 },
  ).lean();
  const match = candidates.find(
    (u) =>
      String(u._id) !== opts.exceptUserId &&
      u.agentIds.some(
        (a) => a.agentId === agentId && (a.connectorId == null || connectorId == null || String(a.connectorId) === connectorId),
      ),
  );
  return match ? match._id : null;
}

/** A user's provider agent id on a connector: the connector's own mapping wins over a global one. */
export function findAgentIdFor(
  agentIds: readonly { agentId: string; connectorId?: { toString(): string } | null }[],
  connectorId: string,
): string | null {
  const own = agentIds.find((a) => a.connectorId != null && String(a.connectorId) === connectorId);
  return (own ?? agentIds.find((a) => a.connectorId == null))?.agentId ?? null;
}

/** Who a single sign-on request names: an email, one of the agent's phone numbers, or a provider agent id. */
export type SsoAgentRef = { email: string } | { phoneKeys: string[] } | { agentId: string };

/** The agent's side: state and current call, lead sharing during a call, single sign-on lookups. */
export function makeAgentService({ models }: { models: Models }) {
  const { AgentState, Connector, User } = models;
  const notifier = makeOutboxNotifier(models.Notification);

  async function stateOf(userId: string): Promise<{ status: string; presence: AgentPresence; call: CallSummary | null }> {
    const s = await AgentState.findById(userId).lean();
    return {
      status: s?.status ?? 'free',
      presence: s?.presence === 'away' ? 'away' : 'available',
      call: (s?.currentCall as CallSummary | null | undefined) ?? null,
    };
  }

  /** The agent's own choice of taking calls or not; the call's state is left as it is. */
  async function setPresence(userId: string, presence: AgentPresence): Promise<void> {
    await AgentState.updateOne({ _id: new Types.ObjectId(userId) }, { $set: { presence } }, { upsert: true });
  }

  /**
   * A call the agent placed is the agent's current call from the moment the provider accepted it, so
   * the console shows it in progress before the provider's first event. Applied only while the agent
   * is free: the call's workflow then updates the same call (matched by its workflow id).
   */
  async function markPlacedCall(userId: string, call: CallSummary): Promise<void> {
    const _id = new Types.ObjectId(userId);
    const res = await AgentState.updateOne(
      { _id, $or: [{ status: 'free' }, { currentCall: null }] },
      { $set: { status: 'on-call', currentCall: call }, $inc: { seq: 1 } },
    );
    if (res.matchedCount === 0) {
      if (await AgentState.exists({ _id })) return;
      await AgentState.updateOne({ _id }, { $setOnInsert: { status: 'on-call', currentCall: call, seq: 1 } }, { upsert: true });
    }
    await notifier.publish(userId, { type: 'call-state', status: 'on-call', call });
  }

  /** Whether the connector lets an agent on a call read the calling lead (the default when it is gone or unset). */
  async function sharesLeads(connectorId: string): Promise<boolean> {
    const connector = await Connector.findById(connectorId, { lifecycle: 1 }).lean();
    return connector?.lifecycle?.leadSharing ?? true;
  }

  /**
   * The active agent a single sign-on request through a connector names, if the agent belongs to
   * that connector: in one of its teams, or with a provider agent id mapped to it. A provider agent
   * id must be the connector's own, or one without a connector held by an agent in its teams. Anyone
   * else is null, exactly like an unknown agent.
   */
  async function ssoAgent(ref: SsoAgentRef, connector: { id: string; teamIds: readonly string[] }): Promise<Types.ObjectId | null> {
    const filter =
      'email' in ref ? { email: ref.email } : 'phoneKeys' in ref ? { phones: { $in: ref.phoneKeys } } : { 'agentIds.agentId': ref.agentId };
    const candidates = await User.find({ ...filter, active: true, role: 'agent' }, { _id: 1, agentIds: 1, teamIds: 1 }).lean();
    const teams = new Set(connector.teamIds);
    const mappedHere = (a: { connectorId?: Types.ObjectId | null }) => a.connectorId != null && String(a.connectorId) === connector.id;
    const agent = candidates.find((u) => {
      const inTeam = u.teamIds.some((t) => teams.has(String(t)));
      if ('agentId' in ref)
        return u.agentIds.some((a) => a.agentId === ref.agentId && (mappedHere(a) || (a.connectorId == null && inTeam)));
      return inTeam || u.agentIds.some(mappedHere);
    });
    return agent ? agent._id : null;
  }

  return { stateOf, setPresence, markPlacedCall, sharesLeads, ssoAgent };
}

export type AgentService = ReturnType<typeof makeAgentService>;
