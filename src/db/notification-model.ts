/**
 * The `notifications` collection: agent events on their way across processes (src/realtime/outbox.ts
 * writes them, every API process's hub polls them). Entries live for seconds, so the collection stays
 * small even where every query is a scan.
 */
import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';

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
