/**
 * Cross-process delivery of agent events through the database: a worker (or any process) inserts
 * into a small `notifications` collection; every API process polls it for the agents connected to
 * it. This works on FerretDB v1 (no change streams, tailable cursors that don't wait) and on a real
 * MongoDB replica set alike. Entries live for seconds, so the collection stays small even where every
 * query is a scan.
 */
import type { NotificationModel } from '../db/notification-model';
import type { AgentEvent, Notifier } from './types';

export function makeOutboxNotifier(Notification: NotificationModel): Notifier {
  return {
    async publish(userId: string, event: AgentEvent) {
      await Notification.create({ userId, event, createdAt: new Date() });
    },
  };
}
