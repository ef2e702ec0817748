import { isValidObjectId, type Types } from 'mongoose';
import type { Models } from '../db/models';
import type { LeadSummary } from '../realtime/types';

export interface LeadLike {
  _id: unknown;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone: string;
  secondaryPhones: string[];
  ownerId?: Types.ObjectId | null;
  fields?: unknown;
}

/** A lead document as the API and the console show it: empty names left out, ids as strings. */
export function toLeadSummary(l: LeadLike): LeadSummary {
  return {
    id: String(l._id),
    ...(l.firstName ? { firstName: l.firstName } : {}),
    ...(l.lastName ? { lastName: l.lastName } : {}),
    ...(l.email ? { email: l.email } : {}),
    phone: l.phone,
    secondaryPhones: l.secondaryPhones,
    ownerId: l.ownerId ? String(l.ownerId) : null,
    fields: (l.fields as Record<string, unknown> | undefined) ?? {},
  };
}

/** A lead as the agent's console shows it, or null when it does not exist. */
export async function findLeadSummary(models: Models, leadId: string): Promise<LeadSummary | null> {
  if (!isValidObjectId(leadId)) return null;
  const l = await models.Lead.findById(leadId).lean();
  return l ? toLeadSummary(l) : null;
}
