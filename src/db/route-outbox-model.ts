/**
 * The `routeoutbox` collection: route decisions on their way to their calls' workflows
 * (src/services/call-routing-outbox.ts). The route webhook writes one per answered request and
 * signals the workflow at once; an entry whose signal failed waits here, with a backoff, until an API
 * process's delivery loop claims it and Temporal takes it. Delivered entries are pruned after an hour,
 * so the collection stays small even where every query is a scan.
 */
import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';

const routeOutboxSchema = new Schema(
  {
    /** `<workflowId>/<eventId>`: the same route request answered twice is one entry. */
    _id: { type: String, required: true },
    connectorId: { type: String, required: true },
    callKey: { type: String, required: true },
    workflowId: { type: String, required: true },
    /** The routeDecision signal's argument, as sent. */
    signal: { type: Schema.Types.Mixed, required: true },
    createdAt: { type: Date, required: true },
    /** Failed deliveries so far; the backoff grows with them. */
    attempts: { type: Number, default: 0 },
    /** No delivery is tried before this. */
    nextAttemptAt: { type: Date, required: true },
    /** While in the future, the process named by `claimedBy` is delivering the entry and others leave it. */
    claimedUntil: { type: Date, default: null },
    claimedBy: { type: String, default: null },
    /** Set once Temporal took the signal; null while pending. */
    deliveredAt: { type: Date, default: null },
    lastError: { type: String, default: null },
  },
  { versionKey: false, collection: 'routeoutbox' },
);
// The delivery loop's query (pending and due, oldest first) and the pruning of delivered entries.
routeOutboxSchema.index({ deliveredAt: 1, nextAttemptAt: 1 });
// Pending entries too old to deliver are given up by age.
routeOutboxSchema.index({ createdAt: 1 });

export type RouteOutboxEntry = InferSchemaType<typeof routeOutboxSchema>;
export type RouteOutboxModel = Model<RouteOutboxEntry>;

export function makeRouteOutboxModel(conn: Connection): RouteOutboxModel {
  return conn.model('RouteOutbox', routeOutboxSchema) as RouteOutboxModel;
}
