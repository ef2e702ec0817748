/** Opportunities: the minimal model that routing and logging against an opportunity need. */
import { type Models, Types } from '../db/models';
import type { OPPORTUNITY_STATUSES } from '../domain/lifecycle';
import { invalidField, required } from './required';

type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

export interface OpportunityInput {
  leadId: string;
  name: string;
  stage: string;
  status: OpportunityStatus;
  ownerId: string | null;
}

export interface PublicOpportunity {
  id: string;
  leadId: string;
  ownerId: string | null;
  name: string;
  stage: string;
  status: OpportunityStatus;
  createdAt: Date;
  updatedAt: Date;
}

interface OpportunityLike {
  _id: Types.ObjectId;
  leadId: Types.ObjectId;
  ownerId?: Types.ObjectId | null;
  name: string;
  stage: string;
  status?: OpportunityStatus | null;
  createdAt: Date;
  updatedAt: Date;
}

function toPublicOpportunity(o: OpportunityLike): PublicOpportunity {
  return {
    id: String(o._id),
    leadId: String(o.leadId),
    ownerId: o.ownerId ? String(o.ownerId) : null,
    name: o.name,
    stage: o.stage,
    status: o.status ?? 'open',
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
}

export function makeOpportunityService({ models }: { models: Models }) {
  const { Opportunity, Lead, User } = models;

  async function checkRefs(body: { leadId?: string; ownerId?: string | null }): Promise<void> {
    if (body.leadId && !(await Lead.exists({ _id: body.leadId }))) throw invalidField('body.leadId', `lead ${body.leadId} does not exist`);
    if (body.ownerId && !(await User.exists({ _id: body.ownerId })))
      throw invalidField('body.ownerId', `user ${body.ownerId} does not exist`);
  }

  async function create(body: OpportunityInput): Promise<PublicOpportunity> {
    await checkRefs(body);
    return toPublicOpportunity((await Opportunity.create(body)).toObject());
  }

  async function list(query: {
    skip: number;
    limit: number;
    leadId?: string;
    ownerId?: string;
    status?: OpportunityStatus;
  }): Promise<PublicOpportunity[]> {
    const filter: Record<string, unknown> = {};
    if (query.leadId) filter.leadId = new Types.ObjectId(query.leadId);
    if (query.ownerId) filter.ownerId = new Types.ObjectId(query.ownerId);
    if (query.status) filter.status = query.status;
    const docs = await Opportunity.find(filter).sort({ updatedAt: -1, _id: -1 }).skip(query.skip).limit(query.limit).lean();
    return docs.map(toPublicOpportunity);
  }

  async function get(id: string): Promise<PublicOpportunity> {
    return toPublicOpportunity(required(await Opportunity.findById(id).lean(), 'Opportunity', id));
  }

  async function update(id: string, body: Partial<Omit<OpportunityInput, 'leadId'>>): Promise<PublicOpportunity> {
    await checkRefs(body);
    return toPublicOpportunity(
      required(await Opportunity.findByIdAndUpdate(id, { $set: body }, { returnDocument: 'after' }).lean(), 'Opportunity', id),
    );
  }

  return { create, list, get, update };
}

export type OpportunityService = ReturnType<typeof makeOpportunityService>;
