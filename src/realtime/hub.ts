/**
 * One per API process: holds the agents' open Server-Sent-Event streams and delivers the outbox's
 * events to them, and to the ops board's watchers, which see every agent's events. It polls only
 * while someone is connected, asks only for the connected agents' events (every agent's while a
 * board watches), and reads with an overlap window so that events written with a slightly older timestamp
 * (another process, a slower insert) are not missed; ids already delivered are skipped. It counts
 * its open streams (`patchcord_sse_connections`) and, for each popup it writes, the time since the
 * popup webhook arrived (`patchcord_popup_delivery_seconds`).
 */
import type { Response } from 'express';
import type { Logger } from '../logger';
import type { NotificationModel } from '../db/notification-model';
import { popupDeliveryDuration, sseConnections } from '../metrics';
import type { AgentEvent } from './types';

/** A listener for every agent's events (the ops board), whoever they are for. */
export interface HubWatcher {
  event(userId: string, event: AgentEvent): void;
  /** The hub is closing: the watcher ends its stream. */
  end(): void;
}

export interface HubOptions {
  pollMs?: number;
  /** How far back each poll looks beyond the newest event seen (clock skew, slow inserts). */
  overlapMs?: number;
  /** How long events are kept in the outbox. */
  retentionMs?: number;
}

export function makeHub(Notification: NotificationModel, logger: Logger, opts: HubOptions = {}) {
  const pollMs = opts.pollMs ?? 50;
  const overlapMs = opts.overlapMs ?? 5_000;
  // Events are needed only until every process has polled past them (a process that connects an
  // agent later sends the agent's current state instead): keep the outbox tiny, since FerretDB scans
  // and sorts the whole collection on every poll.
  const retentionMs = opts.retentionMs ?? overlapMs * 3;
  const streams = new Map<string, Set<Response>>();
  const watchers = new Set<HubWatcher>();
  const delivered = new Map<string, number>();
  const idle = () => streams.size === 0 && watchers.size === 0;
  let since = new Date();
  let timer: NodeJS.Timeout | null = null;
  let polling = false;
  let lastPrune = 0;

  function send(res: Response, event: AgentEvent): void {
    res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
  }

  function observePopup(event: AgentEvent): void {
    if (event.type !== 'popup' || !event.receivedAt) return;
    const arrived = Date.parse(event.receivedAt);
    if (Number.isNaN(arrived)) return;
    popupDeliveryDuration.observe({ connector: event.call.connectorId }, Math.max(0, Date.now() - arrived) / 1000);
  }

  async function poll(): Promise<void> {
    if (polling || idle()) return;
    polling = true;
    try {
      const from = new Date(since.getTime() - overlapMs);
      // Sorted here rather than by the database: FerretDB v1 sorts slowly, and the window is small.
      // A watcher sees every agent's events; otherwise only the connected agents' are read.
      const who = watchers.size > 0 ? {} : { userId: { $in: [...streams.keys()] } };
      const rows = await Notification.find({ ...who, createdAt: { $gte: from } })
        .limit(5000)
        .lean();
      rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
      for (const row of rows) {
        const id = String(row._id);
        if (delivered.has(id)) continue;
        delivered.set(id, row.createdAt.getTime());
        if (row.createdAt > since) since = row.createdAt;
        const event = row.event as AgentEvent;
        const open = streams.get(row.userId) ?? new Set<Response>();
        for (const res of open) send(res, event);
        if (open.size > 0) observePopup(event);
        for (const watcher of watchers) watcher.event(row.userId, event);
      }
      const horizon = since.getTime() - overlapMs * 2;
      for (const [id, at] of delivered) if (at < horizon) delivered.delete(id);
      if (Date.now() - lastPrune > retentionMs / 3) {
        lastPrune = Date.now();
        await Notification.deleteMany({ createdAt: { $lt: new Date(Date.now() - retentionMs) } });
      }
    } catch (err) {
      logger.warn({ err }, 'realtime poll failed');
    } finally {
      polling = false;
    }
  }

  function ensureTimer(): void {
    if (timer || idle()) return;
    timer = setInterval(() => void poll(), pollMs);
    timer.unref();
  }

  /** Registers an open SSE response for an agent; returns the function that unregisters it. */
  function stopWhenIdle(): void {
    if (idle() && timer) {
      clearInterval(timer);
      timer = null;
    }
  }

  function attach(userId: string, res: Response): () => void {
    if (idle()) since = new Date();
    let set = streams.get(userId);
    if (!set) streams.set(userId, (set = new Set()));
    set.add(res);
    sseConnections.inc();
    ensureTimer();
    return () => {
      if (!set.delete(res)) return;
      sseConnections.dec();
      if (set.size === 0) streams.delete(userId);
      stopWhenIdle();
    };
  }

  /** Registers a listener for every agent's events; returns the function that unregisters it. */
  function watch(watcher: HubWatcher): () => void {
    if (idle()) since = new Date();
    watchers.add(watcher);
    ensureTimer();
    return () => {
      watchers.delete(watcher);
      stopWhenIdle();
    };
  }

  function close(): void {
    if (timer) clearInterval(timer);
    timer = null;
    for (const set of streams.values()) {
      for (const res of set) res.end();
      sseConnections.dec(set.size);
      set.clear();
    }
    streams.clear();
    for (const watcher of [...watchers]) watcher.end();
    watchers.clear();
  }

  return { attach, watch, send, close, connectedAgents: () => streams.size, watchers: () => watchers.size };
}

export type Hub = ReturnType<typeof makeHub>;
