/**
 * Patchcord's collections. Models are built per connection (`makeModels(conn)`) so the API, the
 * worker and each test file can use their own database.
 *
 * FerretDB v1 (the embedded default) scans collections instead of using indexes, but real MongoDB
 * does not: the indexes below are the ones production queries need.
 */
import { Schema, type Connection, type InferSchemaType, type Model, Types } from 'mongoose';
import { makeLifecycleModels } from './lifecycle-models';
import { makeNotificationModel } from './notification-model';
import { makeRouteOutboxModel } from './route-outbox-model';
import { makeSignInThrottleModel } from './sign-in-throttle-model';
import { DUPLICATE_POLICIES, FOLLOW_UP_MODES, ROUTE_FALLBACKS, ROUTE_FORMATS, ROUTING_MODES } from '../domain/connector';
import { REQUEST_OUTCOMES } from '../domain/lifecycle';
import { ROLES } from '../domain/people';

const { ObjectId } = Schema.Types;

const teamSchema = new Schema({ name: { type: String, required: true, trim: true } }, { timestamps: true });
teamSchema.index({ name: 1 }, { unique: true });

const agentIdSchema = new Schema(
  {
    /** The provider's identifier for this user ("AgentId" in call logs). */
    agentId: { type: String, required: true },
    /** The connector the identifier belongs to; null means every connector. */
    connectorId: { type: ObjectId, default: null },
  },
  { _id: false },
);

const userSchema = new Schema(
  {
    email: { type: String, required: true, lowercase: true, trim: true },
    name: { type: String, required: true, trim: true },
    role: { type: String, enum: ROLES, required: true },
    passwordHash: { type: String, required: true, select: false },
    phones: { type: [String], default: [] },
    agentIds: { type: [agentIdSchema], default: [] },
    teamIds: { type: [ObjectId], default: [] },
    active: { type: Boolean, default: true },
  },
  { timestamps: true },
);
userSchema.index({ email: 1 }, { unique: true });
userSchema.index({ phones: 1 });
userSchema.index({ 'agentIds.agentId': 1 });

const leadSchema = new Schema(
  {
    firstName: { type: String, trim: true },
    lastName: { type: String, trim: true },
    email: { type: String, trim: true, lowercase: true },
    /** E.164 where the number could be normalised, digits otherwise. */
    phone: { type: String, required: true },
    secondaryPhones: { type: [String], default: [] },
    ownerId: { type: ObjectId, default: null },
    city: String,
    state: String,
    country: String,
    zipCode: String,
    source: { type: String, default: 'manual' },
    /** Custom lead fields, e.g. the disposition field a connector updates after a call. */
    fields: { type: Schema.Types.Mixed, default: {} },
    /** The call that created this lead, when an unknown caller did; absent on every other lead. */
    createdByCall: { type: String },
  },
  { timestamps: true },
);
leadSchema.index({ phone: 1 });
leadSchema.index({ secondaryPhones: 1 });
leadSchema.index({ ownerId: 1 });
// One lead per call, however many activity attempts race to create it. Sparse: leads without the
// field (all but those created by a call) stay out of it. (FerretDB v1 has no partial indexes, and
// accepts `sparse` without applying it; there a missing field is SQL NULL, which never collides.)
leadSchema.index({ createdByCall: 1 }, { unique: true, sparse: true });

const virtualNumberSchema = new Schema(
  {
    number: { type: String, required: true },
    tag: { type: String, default: '' },
    /** `sync` numbers came from the provider's DID list and leave it with them; `manual` ones stay. */
    source: { type: String, enum: ['manual', 'sync'], default: 'manual' },
  },
  { _id: false },
);

const mappingSchema = new Schema(
  {
    expression: { type: String, required: true },
    version: { type: Number, required: true, default: 1 },
    updatedBy: { type: ObjectId, default: null },
    updatedAt: { type: Date, default: () => new Date() },
  },
  { _id: false },
);

/** A route answer template, validated and compiled by the admin API before it is stored. */
const routeAnswerSchema = new Schema(
  {
    contentType: { type: String, required: true },
    body: { type: String, required: true },
    noAgent: {
      type: new Schema(
        { status: { type: Number, default: 200 }, contentType: { type: String, default: null }, body: { type: String, default: '' } },
        { _id: false },
      ),
      default: null,
    },
  },
  { _id: false },
);

/** What a connector does around a call: routing, missed calls, disposition and its follow-ups. */
const lifecycleSettingsSchema = new Schema(
  {
    routing: {
      mode: { type: String, enum: ROUTING_MODES, default: 'lead' },
      fallback: { type: String, enum: ROUTE_FALLBACKS, default: 'none' },
      fallbackAgentId: { type: ObjectId, default: null },
      fallbackQueue: { type: String, default: '' },
      format: { type: String, enum: ROUTE_FORMATS, default: 'json' },
      /** The answer in the provider's dialect (src/services/call-routing-answer.ts); null: the preset's, else `format`. */
      answer: { type: routeAnswerSchema, default: null },
    },
    missedCall: {
      createTask: { type: Boolean, default: true },
      dueInMinutes: { type: Number, default: 60 },
    },
    disposition: {
      requiredBeforeNextCall: { type: Boolean, default: false },
      /** Lead field that receives the disposition value; empty means none. */
      leadField: { type: String, default: '' },
      values: { type: [String], default: [] },
      task: { mode: { type: String, enum: FOLLOW_UP_MODES, default: 'off' }, dueInMinutes: { type: Number, default: 1440 } },
      customActivity: {
        mode: { type: String, enum: FOLLOW_UP_MODES, default: 'off' },
        type: { type: String, default: 'Call disposition' },
      },
      push: {
        enabled: { type: Boolean, default: false },
        method: { type: String, enum: ['GET', 'POST'], default: 'POST' },
        url: { type: String, default: '' },
        /** Data template for POST, with the seed's @parameters. */
        body: { type: String, default: '' },
        contentType: { type: String, default: 'application/json' },
      },
    },
    /** During a call the agent may read the calling lead even when another user owns it. */
    leadSharing: { type: Boolean, default: true },
    /** How a call is assembled from its partial events (workflows/call-fold.ts). */
    calls: {
      /** A call with no final event is finalised this long after its last event. */
      quietSeconds: { type: Number, default: 1800, min: 1, max: 86_400 },
      /** The fields a finished call must have to count as complete; empty: the default set. */
      completeFields: { type: [String], default: [] },
      /** Per field: `first` keeps the first value an event brought; otherwise the later one wins. */
      fieldPrecedence: { type: Schema.Types.Mixed, default: () => ({}) },
    },
  },
  { _id: false },
);

/**
 * Calling the provider (src/providers/types.ts): the auth scheme and operations are plain data
 * validated by the admin API; credentials are a map of key → sealed value, never selected by default.
 */
const providerApiSchema = new Schema(
  {
    /** null: the preset's scheme. */
    auth: { type: Schema.Types.Mixed, default: null },
    /** Operations the admin changed; the others are the preset's. */
    operations: { type: Schema.Types.Mixed, default: () => ({}) },
    credentials: { type: Schema.Types.Mixed, default: () => ({}), select: false },
    didSync: {
      enabled: { type: Boolean, default: false },
      intervalMinutes: { type: Number, default: 240 },
      /** Anchors the schedule: runs happen at this instant plus whole intervals. */
      firstRunAt: { type: Date, default: null },
    },
  },
  { _id: false, minimize: false },
);

const connectorSchema = new Schema(
  {
    name: { type: String, required: true, trim: true },
    presetId: { type: String, required: true },
    defaultCountry: { type: String, required: true, default: 'IN' },
    timeZone: { type: String, required: true, default: 'Asia/Kolkata' },
    isDefault: { type: Boolean, default: false },
    teamIds: { type: [ObjectId], default: [] },
    virtualNumbers: { type: [virtualNumberSchema], default: [] },
    duplicatePolicy: { type: String, enum: DUPLICATE_POLICIES, default: 'ignore' },
    createUnknownLeads: { type: Boolean, default: true },
    /** Single sign-on through the `sso` webhook; off until an admin turns it on (absent: off). */
    sso: {
      type: new Schema({ enabled: { type: Boolean, default: false } }, { _id: false }),
      default: () => ({}),
    },
    mappings: {
      type: new Schema(
        {
          callLog: { type: mappingSchema, required: true },
          /** Agent popup payloads → caller, agent, DID, IVR path. */
          popup: { type: mappingSchema, default: null },
          /** Answered / hangup events → the event, its time and the session id. */
          callEvent: { type: mappingSchema, default: null },
          /** The one-URL events webhook: each delivery → one or more call events, each with its kind. */
          events: { type: mappingSchema, default: null },
          /** The route request → the caller's number, the virtual number and the session id. */
          route: { type: mappingSchema, default: null },
        },
        { _id: false },
      ),
      required: true,
    },
    lifecycle: { type: lifecycleSettingsSchema, default: () => ({}) },
    /** The agent panel: an iframe the console shows during this connector's calls (URL with mail-merge fields). */
    agentPanel: {
      type: new Schema(
        {
          enabled: { type: Boolean, default: false },
          url: { type: String, default: '' },
          title: { type: String, default: 'Agent panel' },
          width: { type: Number, default: 400 },
          height: { type: Number, default: 500 },
          /** What the iframe may use (its `allow` attribute): microphone, camera, geolocation… */
          permissions: { type: [String], default: [] },
          showOnTop: { type: Boolean, default: false },
          hideScaleButtons: { type: Boolean, default: false },
        },
        { _id: false },
      ),
      default: null,
    },
    providerApi: { type: providerApiSchema, default: () => ({}) },
    /** Sealed (encrypted) secret that forms part of the provider-facing webhook URLs. */
    webhookSecret: { type: String, required: true, select: false },
    /** Optional signature check of every webhook (src/webhooks/signature.ts); the signing secret is sealed. */
    webhookSignature: {
      type: new Schema({ scheme: { type: Schema.Types.Mixed, required: true }, secret: { type: String, required: true } }, { _id: false }),
      default: null,
      select: false,
    },
    /** Optional extra header pair; the value is sealed. */
    authHeader: {
      type: new Schema({ name: { type: String, required: true }, value: { type: String, required: true } }, { _id: false }),
      default: null,
      select: false,
    },
  },
  { timestamps: true },
);
connectorSchema.index({ name: 1 }, { unique: true });
connectorSchema.index({ isDefault: 1 });

const callerSchema = new Schema({ name: String, city: String, state: String, country: String, zipCode: String }, { _id: false });

/** A phone-call activity on a lead. Its _id derives from the call, so a retried write is a no-op. */
const callActivitySchema = new Schema(
  {
    _id: { type: String, required: true },
    connectorId: { type: ObjectId, required: true },
    callKey: { type: String, required: true },
    workflowId: { type: String, required: true },
    leadId: { type: ObjectId, default: null },
    /** In opportunity mode, the opportunity the call is logged against. */
    opportunityId: { type: ObjectId, default: null },
    agentId: { type: ObjectId, default: null },
    providerAgentId: { type: String, default: null },
    /** Unknown for a call whose events never said (see missingFields). */
    direction: { type: String, default: null },
    status: { type: String, default: null },
    sourceNumber: String,
    destinationNumber: String,
    displayNumber: String,
    agentNumber: String,
    /** The start and end as instants (the UTC fields when the provider sent them, else the local ones). */
    startTime: Date,
    answeredAt: Date,
    endTime: Date,
    /** Talk time; ring time and total time, when the provider says them. */
    durationSeconds: Number,
    ringSeconds: Number,
    totalSeconds: Number,
    providerStatus: String,
    hangupCause: String,
    notes: String,
    recordingUrl: String,
    ivr: String,
    sessionId: { type: String, default: null },
    /** Whether the call has every field of its connector's complete set; the ones it lacks. */
    complete: { type: Boolean, default: true },
    missingFields: { type: [String], default: undefined },
    /** `terminal-event`, or `quiet-period` when no final event came (noFinalEvent). */
    finalReason: { type: String, default: null },
    noFinalEvent: { type: Boolean, default: false },
    /** Phone fields whose numbers libphonenumber judges invalid (kept, in E.164 where possible). */
    unverifiedNumbers: { type: [String], default: undefined },
    /** Per field, the kind of event its value came from (log, status, popup, details, derived, ...). */
    fieldSources: { type: Schema.Types.Mixed, default: undefined },
    caller: { type: callerSchema, default: undefined },
    custom: { type: Schema.Types.Mixed, default: undefined },
    mappingVersion: { type: Number, required: true },
    updates: { type: Number, default: 0 },
    /** `provider` when a provider's call log wrote it; `lifecycle` for a missed call the workflow logged. */
    origin: { type: String, enum: ['provider', 'lifecycle'], default: 'provider' },
  },
  { timestamps: true, minimize: true },
);
callActivitySchema.index({ leadId: 1, startTime: -1 });
callActivitySchema.index({ connectorId: 1, createdAt: -1 });
callActivitySchema.index({ agentId: 1, startTime: -1 });
callActivitySchema.index({ connectorId: 1, complete: 1, createdAt: -1 });
// Call analytics: a range of start times, overall or for one connector (agents use agentId_1_startTime_-1).
callActivitySchema.index({ startTime: 1 });
callActivitySchema.index({ connectorId: 1, startTime: 1 });

const requestLogSchema = new Schema(
  {
    connectorId: { type: ObjectId, default: null },
    /** `inbound`: a provider called a webhook; `outbound`: Patchcord called the provider. */
    direction: { type: String, enum: ['inbound', 'outbound'], default: 'inbound' },
    kind: { type: String, required: true },
    method: { type: String, required: true },
    path: { type: String, required: true },
    query: String,
    headers: { type: Schema.Types.Mixed, default: {} },
    contentType: String,
    body: String,
    bodyBytes: Number,
    bodyTruncated: Boolean,
    status: { type: Number, required: true },
    outcome: { type: String, enum: REQUEST_OUTCOMES, required: true },
    errorCode: { type: String, default: null },
    response: String,
    durationMs: Number,
    workflowId: { type: String, default: null },
    /** The call events the request delivered, by the id each has on its call's timeline. */
    eventIds: { type: [String], default: undefined },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
requestLogSchema.index({ connectorId: 1, createdAt: -1 });
requestLogSchema.index({ workflowId: 1, createdAt: -1 });
requestLogSchema.index({ outcome: 1, createdAt: -1 });
requestLogSchema.index({ createdAt: 1 });

const authSessionSchema = new Schema({
  tokenHash: { type: String, required: true },
  userId: { type: ObjectId, required: true },
  expiresAt: { type: Date, required: true },
});
authSessionSchema.index({ tokenHash: 1 }, { unique: true });
// Lookups check expiresAt, and the API's hourly housekeeping deletes expired sessions. (A TTL index
// would do that on MongoDB, but FerretDB v1 rejects TTL indexes.)
authSessionSchema.index({ expiresAt: 1 });

export type TeamDoc = InferSchemaType<typeof teamSchema> & { _id: Types.ObjectId };
export type UserDoc = InferSchemaType<typeof userSchema> & { _id: Types.ObjectId };
export type LeadDoc = InferSchemaType<typeof leadSchema> & { _id: Types.ObjectId };
export type ConnectorDoc = InferSchemaType<typeof connectorSchema> & { _id: Types.ObjectId };
export type CallActivityDoc = InferSchemaType<typeof callActivitySchema>;
export type RequestLogDoc = InferSchemaType<typeof requestLogSchema> & { _id: Types.ObjectId; createdAt: Date };

export function makeModels(conn: Connection) {
  return {
    Team: conn.model('Team', teamSchema) as Model<InferSchemaType<typeof teamSchema>>,
    User: conn.model('User', userSchema) as Model<InferSchemaType<typeof userSchema>>,
    Lead: conn.model('Lead', leadSchema) as Model<InferSchemaType<typeof leadSchema>>,
    Connector: conn.model('Connector', connectorSchema) as Model<InferSchemaType<typeof connectorSchema>>,
    CallActivity: conn.model('CallActivity', callActivitySchema) as Model<InferSchemaType<typeof callActivitySchema>>,
    RequestLog: conn.model('RequestLog', requestLogSchema) as Model<InferSchemaType<typeof requestLogSchema>>,
    AuthSession: conn.model('AuthSession', authSessionSchema) as Model<InferSchemaType<typeof authSessionSchema>>,
    ...makeLifecycleModels(conn),
    Notification: makeNotificationModel(conn),
    SignInThrottle: makeSignInThrottleModel(conn),
    RouteOutbox: makeRouteOutboxModel(conn),
  };
}

export type Models = ReturnType<typeof makeModels>;

/** Builds every declared index (idempotent). Run once at boot by the API and the worker. */
export async function syncIndexes(models: Models): Promise<void> {
  await unsetNullCreatedByCall(models.Lead);
  for (const model of Object.values(models)) await model.createIndexes();
}

/**
 * Leads stored when `createdByCall` defaulted to null carry an explicit null, which the unique index
 * on it counts as a value (a sparse index skips only missing fields): they lose the field before
 * the index is first built.
 */
async function unsetNullCreatedByCall(Lead: Models['Lead']): Promise<void> {
  const indexed = await Lead.collection.indexExists('createdByCall_1').catch(() => false);
  if (!indexed) await Lead.updateMany({ createdByCall: { $type: 'null' } }, { $unset: { createdByCall: 1 } });
}

export { Types };
