import { isValidObjectId } from 'mongoose';
import type { Models } from '../db/models';
import type { LeadSummary } from '../realtime/types';

/** A lead as the agent's console shows it, or null when it does not exist. */
export async function findLeadSummary(models: Models, leadId: string): Promise<LeadSummary | null> {
  if (!isValidObjectId(leadId)) return null;
  const l = await models.Lead.findById(leadId).lean();
  if (!l) return null;
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
