import { isValidObjectId, type Types } from 'mongoose';
import type { Models } from '../db/models';
import type { LeadSummary } from '../realtime/types';
import { phoneLookupKeys, toCountryCode } from '../call/phone';
import { AppError } from '../errors';
import { required } from './required';

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
    secondaryPhones: l.secondaryPhones ?? [],
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

/** A lead as the admin API writes it: the summary's own fields. */
export type LeadInput = Omit<LeadSummary, 'id' | 'fields'>;

/** A lead as the admin API shows it: the summary without custom fields, and where it came from. */
export type PublicLead = Omit<LeadSummary, 'fields'> & { source?: string };

function toPublicLead(l: LeadLike & { source?: string | null }): PublicLead {
  const { fields: _fields, ...summary } = toLeadSummary(l);
  return { ...summary, ...(l.source ? { source: l.source } : {}) };
}

/** Leads: the admin's CRUD, and the lookups by phone number of the agent's console and mobile app. */
export function makeLeadService({ models, defaultCountry }: { models: Models; defaultCountry: string }) {
  const { Lead, User } = models;
  const country = toCountryCode(defaultCountry) ?? 'IN';

  async function ownerExists(ownerId: string | null | undefined) {
    if (ownerId && !(await User.exists({ _id: ownerId }))) {
      throw new AppError('VALIDATION_FAILED', `Owner ${ownerId} is not a user.`, [
        { field: 'body.ownerId', code: 'not_found', message: 'unknown user' },
      ]);
    }
  }

  const byPhone = (keys: string[]) => ({ $or: [{ phone: { $in: keys } }, { secondaryPhones: { $in: keys } }] });

  async function list(query: { phone?: string; skip: number; limit: number }): Promise<PublicLead[]> {
    const keys = query.phone ? phoneLookupKeys(query.phone, country) : [];
    const filter = query.phone ? byPhone(keys) : {};
    const docs = await Lead.find(filter).sort({ createdAt: 1 }).skip(query.skip).limit(query.limit).lean();
    return docs.map(toPublicLead);
  }

  async function create(body: LeadInput): Promise<PublicLead> {
    await ownerExists(body.ownerId);
    const doc = await Lead.create(body);
    return toPublicLead(doc.toObject());
  }

  async function get(id: string): Promise<PublicLead> {
    return toPublicLead(required(await Lead.findById(id).lean(), 'Lead', id));
  }

  async function update(id: string, body: Partial<LeadInput>): Promise<PublicLead> {
    await ownerExists(body.ownerId);
    return toPublicLead(required(await Lead.findByIdAndUpdate(id, { $set: body }, { returnDocument: 'after' }).lean(), 'Lead', id));
  }

  /** A lead an agent creates from the popup's form: the agent owns it. */
  async function createForAgent(
    body: Omit<LeadInput, 'secondaryPhones' | 'ownerId'>,
    ownerId: string | undefined,
  ): Promise<LeadSummary | null> {
    const lead = await Lead.create({ ...body, ownerId, source: 'agent console' });
    return findLeadSummary(models, String(lead._id));
  }

  /** The ids of the first leads with a phone number among these lookup keys, oldest first. */
  async function idsWithPhone(keys: string[], limit: number): Promise<string[]> {
    const docs = await Lead.find(byPhone(keys), { _id: 1 }).sort({ createdAt: 1 }).limit(limit).lean();
    return docs.map((d) => String(d._id));
  }

  /** A lead with a phone number among these lookup keys, as the console shows it. */
  async function summaryWithPhone(keys: string[]): Promise<LeadSummary | null> {
    const found = await Lead.findOne(byPhone(keys)).lean();
    return found ? toLeadSummary(found) : null;
  }

  /** A lead's phone number, or null when the lead does not exist. */
  async function phoneOf(id: string): Promise<{ id: string; phone: string } | null> {
    const lead = await Lead.findById(id, { phone: 1 }).lean();
    return lead ? { id: String(lead._id), phone: lead.phone } : null;
  }

  return {
    list,
    create,
    get,
    update,
    createForAgent,
    summary: (id: string) => findLeadSummary(models, id),
    idsWithPhone,
    summaryWithPhone,
    phoneOf,
  };
}

export type LeadService = ReturnType<typeof makeLeadService>;
