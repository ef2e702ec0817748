/**
 * Cross-process delivery of agent events through the database: a worker (or any process) inserts
 * into a small `notifications` collection; every API process polls it for the agents connected to
 * it. This works on FerretDB v1 (no change streams, tailable cursors that don't wait) and on a real
 * MongoDB replica set alike. Entries live for seconds, so the collection stays small even where every
 * query is a scan.
 */
import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';
import type { AgentEvent, Notifier } from './types';

const notificationSchema = new Schema({
  userId: { type: String, required: true },
  event: { type: Schema.Types.Mixed, required: true },
  createdAt: { type: Date, required: true },
});
notificationSchema.index({ createdAt: 1 });
notificationSchema.index({ userId: 1, createdAt: 1 });

export type NotificationModel = Model<InferSchemaType<typeof notificationSchema>>;

export function makeNotificationModel(conn: Connection): NotificationModel {
  return conn.model('Notification', notificationSchema) as NotificationModel;
}

export function makeOutboxNotifier(Notification: NotificationModel): Notifier {
  return {
    async publish(userId: string, event: AgentEvent) {
      await Notification.create({ userId, event, createdAt: new Date() });
    },
  };
}
