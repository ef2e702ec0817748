/**
 * Keeping a long call's workflow bounded. Every signal a run receives, duplicates included, stays in
 * its history, and every event adds to the timeline it keeps in memory; a provider that keeps sending
 * would grow both without end (Temporal refuses histories past 50,000 events or 50 MB). So:
 *
 * - the timeline keeps its first entries (how the call began) and its latest, with one entry between
 *   them counting those dropped;
 * - duplicate deliveries are recognised among the most recently seen event ids (least recently seen
 *   forgotten first). An id forgotten and then delivered again is handled as a new event: its values
 *   are already in the call, so it changes nothing and the activity is not written again; and every
 *   side effect is keyed by the call (the activity's id, the missed-call and disposition tasks'),
 *   so even a re-run step never makes a second record;
 * - a run whose history passes a threshold, or whose server suggests it, continues as new once its
 *   inbox is empty and no handler is running, handing everything it knows to the next run.
 *
 * Deterministic: imports only the workflow SDK and types.
 */
import { workflowInfo } from '@temporalio/workflow';
import type { CallState, HistoryLimits, TimelineEntry } from './call-defs';

/** The bounds of a call's run unless its input says otherwise. */
export const HISTORY_LIMITS: Readonly<HistoryLimits> = { historyEvents: 5000, timelineHead: 20, timelineTail: 180, seenIds: 500 };

/**
 * Below this many events a run never continues as new: a new run starts with a few events of its
 * own, so a limit lower than that would continue as new forever.
 */
export const MIN_HISTORY_EVENTS = 20;

/** Calls started before bounds existed: one run, every timeline entry, every event id. */
export const UNBOUNDED: Readonly<HistoryLimits> = {
  historyEvents: Infinity,
  timelineHead: Infinity,
  timelineTail: Infinity,
  seenIds: Infinity,
};

const atLeast = (min: number, value: number | undefined, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.max(min, Math.floor(value)) : fallback;

/** The input's limits over the defaults, each raised to a workable minimum. */
export function historyLimits(given: Partial<HistoryLimits> = {}): HistoryLimits {
  return {
    historyEvents: atLeast(MIN_HISTORY_EVENTS, given.historyEvents, HISTORY_LIMITS.historyEvents),
    timelineHead: atLeast(0, given.timelineHead, HISTORY_LIMITS.timelineHead),
    timelineTail: atLeast(1, given.timelineTail, HISTORY_LIMITS.timelineTail),
    seenIds: atLeast(1, given.seenIds, HISTORY_LIMITS.seenIds),
  };
}

/** Whether this run's history is long enough to continue as new. */
export function historyFull(limits: HistoryLimits): boolean {
  const info = workflowInfo();
  return info.historyLength >= limits.historyEvents || (info.continueAsNewSuggested && info.historyLength >= MIN_HISTORY_EVENTS);
}

/** The ids of the most recently seen events, at most `cap` of them; seeing an id again makes it recent. */
export function makeSeenIds(cap: number, initial: readonly string[] = []) {
  const ids = new Set<string>();
  const add = (id: string) => {
    ids.delete(id);
    ids.add(id);
    if (ids.size > cap) ids.delete(ids.values().next().value as string);
  };
  for (const id of initial) add(id);
  return {
    /** Whether `id` was seen (and is still remembered); remembers it either way. */
    seen(id: string): boolean {
      const known = ids.has(id);
      add(id);
      return known;
    },
    /** Least recently seen first, as `initial` takes them back. */
    list: (): string[] => [...ids],
  };
}

/**
 * Drops the oldest of the latest entries once the timeline is longer than its bounds; the entry after
 * the first ones counts what was dropped (and carries the time of the latest entry dropped, so the
 * timeline stays in order).
 */
export function capTimeline(state: Pick<CallState, 'timeline' | 'timelineDropped'>, limits: HistoryLimits): void {
  const head = limits.timelineHead;
  const dropped = state.timelineDropped ?? 0;
  if (state.timeline.length <= head + limits.timelineTail + (dropped > 0 ? 1 : 0)) return;
  const [gone] = state.timeline.splice(dropped > 0 ? head + 1 : head, 1);
  const count = dropped + 1;
  const marker: TimelineEntry = {
    at: gone?.at ?? '',
    kind: 'decision',
    what: `${count} timeline ${count === 1 ? 'entry' : 'entries'} dropped: the first ${head} and the latest ${limits.timelineTail} are kept`,
    detail: { dropped: count },
  };
  if (dropped > 0) state.timeline[head] = marker;
  else state.timeline.splice(head, 0, marker);
  state.timelineDropped = count;
}
