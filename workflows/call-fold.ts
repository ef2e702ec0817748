/**
 * Folding one event's fields into the call (pure, deterministic). The precedence, per field:
 *
 * 1. an empty value never replaces a known one (events leave out what they don't know);
 * 2. a value from a call log or a pulled call record (rank 2) is replaced only by another of rank 2;
 *    live events (rank 1) outrank the route decision (rank 0);
 * 3. between equal ranks the later event wins, unless the connector's precedence for that field is
 *    `first` (then the first value stays), or both are call logs and the connector's duplicate policy
 *    is `ignore` (a later call log only fills gaps).
 *
 * Custom values fold key by key under the same rules (`custom.<key>`).
 */
import type { CallEventWire } from '../src/call/wire';
import type { FieldSource } from './call-defs';

export type Precedence = 'first' | 'latest';

export interface FoldPolicy {
  /** Per field (or `custom.<key>`); absent fields use `latest`. */
  precedence: Record<string, Precedence>;
  /** Duplicate policy `ignore`: a later call log (or pulled record) never replaces an earlier one's values. */
  firstLogWins: boolean;
}

export interface FoldResult {
  /** Fields this event set or changed. */
  changed: string[];
  /** Fields whose value this event brought but the call kept (an outranking or first value). */
  kept: string[];
}

const isBlank = (value: unknown): boolean => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Event kinds whose values outrank live events: a call log and a pulled call record. */
export function rankOf(kind: string): number {
  if (kind === 'route') return 0;
  return kind === 'log' || kind === 'details' ? 2 : 1;
}

/** Whether an event of this kind with these fields ends the call (as src/call/mapped-events.ts isTerminal). */
export function isTerminal(kind: string, fields: CallEventWire): boolean {
  if (kind === 'log' || kind === 'hangup' || kind === 'details') return true;
  return kind === 'status' && (!isBlank(fields.status) || !isBlank(fields.endTime) || !isBlank(fields.endTimeUtc));
}

function decide(
  name: string,
  current: unknown,
  value: unknown,
  source: FieldSource | undefined,
  rank: number,
  policy: FoldPolicy,
): 'set' | 'same' | 'keep' {
  if (isBlank(value)) return 'same';
  if (isBlank(current)) return 'set';
  if (current === value) return 'same';
  if (source && source.rank > rank) return 'keep';
  if (source && source.rank === 2 && rank === 2 && policy.firstLogWins) return 'keep';
  return policy.precedence[name] === 'first' ? 'keep' : 'set';
}

export function foldFields(
  call: CallEventWire,
  sources: Record<string, FieldSource>,
  event: { eventId: string; kind: string; fields: Partial<CallEventWire> },
  policy: FoldPolicy,
): FoldResult {
  const rank = rankOf(event.kind);
  const result: FoldResult = { changed: [], kept: [] };
  const target = call as unknown as Record<string, unknown>;
  const unverified = new Set(call.unverifiedNumbers ?? []);
  const flagged = new Set(event.fields.unverifiedNumbers ?? []);
  const take = (name: string, apply: () => void) => {
    apply();
    sources[name] = { eventId: event.eventId, kind: event.kind, rank };
    result.changed.push(name);
  };
  for (const [name, value] of Object.entries(event.fields)) {
    if (name === 'unverifiedNumbers') continue;
    if (name === 'custom') {
      for (const [key, v] of Object.entries((value ?? {}) as Record<string, unknown>)) {
        const path = `custom.${key}`;
        const custom = (call.custom ??= {});
        const verdict = decide(path, custom[key], v, sources[path], rank, policy);
        if (verdict === 'set') take(path, () => (custom[key] = v as never));
        else if (verdict === 'keep') result.kept.push(path);
      }
      continue;
    }
    const verdict = decide(name, target[name], value, sources[name], rank, policy);
    if (verdict === 'set') {
      take(name, () => {
        target[name] = value;
        // A number's validity travels with the number that holds the field.
        if (flagged.has(name)) unverified.add(name);
        else unverified.delete(name);
      });
    } else if (verdict === 'keep') result.kept.push(name);
  }
  if (unverified.size > 0) call.unverifiedNumbers = [...unverified].sort();
  else delete call.unverifiedNumbers;
  return result;
}

/** How the call ended when no event said so: answered if anything says it was, else missed once it ended. */
export function derivedStatus(call: CallEventWire, ended: boolean): CallEventWire['status'] {
  if (call.status) return call.status;
  if (call.answeredAt || (call.durationSeconds ?? 0) > 0) return 'Answered';
  return ended ? 'Missed' : undefined;
}
