/**
 * What the agent's calling needs from the database: the connectors an agent may call through (those
 * assigned to the agent's teams, else the default connector), the agent's phones, a connector's
 * country and time zone, and the merge values of a provider request.
 */
import type { Models } from '../db/models';
import type { ProviderOperation } from '../providers/types';
import { buildMergeValues, type MergeInput } from './merge-values';
import { effectiveApi, type StoredProviderApi } from './provider-api';

/** A connector an agent may call through with an operation. */
export interface EligibleConnector {
  id: string;
  name: string;
  defaultCountry: string;
  timeZone: string;
  virtualNumbers: { number: string; tag: string }[];
}

export function makeCallingService({ models }: { models: Models }) {
  const { Connector, User } = models;

  /** The connectors the user may call through with this operation enabled, in a stable order. */
  async function eligible(userId: string, op: ProviderOperation): Promise<EligibleConnector[]> {
    const user = await User.findById(userId, { teamIds: 1 }).lean();
    const teamIds = user?.teamIds ?? [];
    const fields = { name: 1, presetId: 1, providerApi: 1, defaultCountry: 1, timeZone: 1, virtualNumbers: 1, isDefault: 1 };
    let docs = teamIds.length
      ? await Connector.find({ teamIds: { $in: teamIds } }, fields)
          .sort({ createdAt: 1 })
          .lean()
      : [];
    if (!docs.length) docs = await Connector.find({ isDefault: true }, fields).lean();
    return docs
      .filter((c) => effectiveApi(c.presetId, c.providerApi as StoredProviderApi).operations[op]?.enabled)
      .map((c) => ({
        id: String(c._id),
        name: c.name,
        defaultCountry: c.defaultCountry,
        timeZone: c.timeZone,
        virtualNumbers: c.virtualNumbers.map((v) => ({ number: v.number, tag: v.tag })),
      }));
  }

  /** A connector's country and time zone, or null when it does not exist. */
  async function placeOf(connectorId: string): Promise<{ defaultCountry: string; timeZone: string } | null> {
    const connector = await Connector.findById(connectorId, { defaultCountry: 1, timeZone: 1 }).lean();
    return connector ? { defaultCountry: connector.defaultCountry, timeZone: connector.timeZone } : null;
  }

  /** The user's phone numbers (none for an unknown user). */
  async function phonesOf(userId: string): Promise<string[] | undefined> {
    const me = await User.findById(userId, { phones: 1 }).lean();
    return me?.phones;
  }

  return { eligible, placeOf, phonesOf, mergeValues: (input: MergeInput) => buildMergeValues(models, input) };
}

export type CallingService = ReturnType<typeof makeCallingService>;
