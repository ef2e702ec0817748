/**
 * Collections of the call lifecycle: opportunities (for routing and logging), follow-up tasks and
 * custom activities, each agent's live state, and failed workflow steps awaiting an ops decision.
 */
import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';
import { FAILED_STEP_STATUSES, OPPORTUNITY_STATUSES, TASK_TYPES } from '../domain/lifecycle';
import { AGENT_PRESENCES, AGENT_STATUSES } from '../domain/people';

const { ObjectId } = Schema.Types;

const opportunitySchema = new Schema(
  {
    leadId: { type: ObjectId, required: true },
    ownerId: { type: ObjectId, default: null },
    name: { type: String, required: true, trim: true },
    stage: { type: String, required: true, default: 'new' },
    status: { type: String, enum: OPPORTUNITY_STATUSES, default: 'open' },
  },
  { timestamps: true },
);
opportunitySchema.index({ leadId: 1, status: 1, updatedAt: -1 });

/** A follow-up for a user. Its _id derives from the call and purpose, so a retried write is a no-op. */
const taskSchema = new Schema(
  {
    _id: { type: String, required: true },
    type: { type: String, enum: TASK_TYPES, required: true },
    title: { type: String, required: true },
    leadId: { type: ObjectId, default: null },
    ownerId: { type: ObjectId, default: null },
    dueAt: { type: Date, required: true },
    status: { type: String, enum: ['open', 'done'], default: 'open' },
    /** What the owner can do from the task, e.g. call the lead back on this number. */
    action: { type: new Schema({ kind: String, phone: String, connectorId: String }, { _id: false }), default: null },
    workflowId: { type: String, required: true },
  },
  { timestamps: true },
);
taskSchema.index({ ownerId: 1, status: 1, dueAt: 1 });
taskSchema.index({ leadId: 1 });

const customActivitySchema = new Schema(
  {
    _id: { type: String, required: true },
    type: { type: String, required: true },
    leadId: { type: ObjectId, default: null },
    userId: { type: ObjectId, default: null },
    note: { type: String, default: '' },
    fields: { type: Schema.Types.Mixed, default: {} },
    workflowId: { type: String, required: true },
  },
  { timestamps: true },
);
customActivitySchema.index({ leadId: 1, createdAt: -1 });

/** One per agent: what the console shows after a reload, and whether the agent is free. */
const agentStateSchema = new Schema(
  {
    _id: { type: ObjectId, required: true },
    status: { type: String, enum: AGENT_STATUSES, default: 'free' },
    /** Set by the agent; the call workflows never write it. */
    presence: { type: String, enum: AGENT_PRESENCES, default: 'available' },
    currentCall: { type: Schema.Types.Mixed, default: null },
    /** Monotonic per agent: a late write for an older call never overwrites a newer one. */
    seq: { type: Number, default: 0 },
  },
  { timestamps: true },
);

const failedStepSchema = new Schema(
  {
    _id: { type: String, required: true },
    workflowId: { type: String, required: true },
    connectorId: { type: ObjectId, default: null },
    step: { type: String, required: true },
    error: { type: String, required: true },
    errorType: { type: String, default: null },
    attempts: { type: Number, required: true },
    input: { type: Schema.Types.Mixed, default: null },
    status: { type: String, enum: FAILED_STEP_STATUSES, default: 'failed' },
    decidedBy: { type: String, default: null },
    /** Whether the failure was counted and logged (once, by whichever attempt recorded it first). */
    reported: { type: Boolean, default: false },
  },
  { timestamps: true },
);
failedStepSchema.index({ status: 1, createdAt: -1 });
failedStepSchema.index({ connectorId: 1, createdAt: -1 });

export type OpportunityDoc = InferSchemaType<typeof opportunitySchema>;
export type TaskDoc = InferSchemaType<typeof taskSchema>;
export type AgentStateDoc = InferSchemaType<typeof agentStateSchema>;
export type FailedStepDoc = InferSchemaType<typeof failedStepSchema>;

export function makeLifecycleModels(conn: Connection) {
  return {
    Opportunity: conn.model('Opportunity', opportunitySchema) as Model<InferSchemaType<typeof opportunitySchema>>,
    Task: conn.model('Task', taskSchema) as Model<InferSchemaType<typeof taskSchema>>,
    CustomActivity: conn.model('CustomActivity', customActivitySchema) as Model<InferSchemaType<typeof customActivitySchema>>,
    AgentState: conn.model('AgentState', agentStateSchema) as Model<InferSchemaType<typeof agentStateSchema>>,
    FailedStep: conn.model('FailedStep', failedStepSchema) as Model<InferSchemaType<typeof failedStepSchema>>,
  };
}
