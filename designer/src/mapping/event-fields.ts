/**
 * A preview split into its events: each event's own values and problems, and the fields of a
 * complete call in an admin's words (any start or end time counts once, as "a start or end time").
 */
import type { FieldProblem, Normalized, Preview, PreviewEvent } from '../api/types';
import { ANY_TIME } from './starter';

const TIMES = new Set(['startTime', 'startTimeUtc', 'endTime', 'endTimeUtc']);

/** Field names with the times folded into one entry, in their order. */
export function completeLabels(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const label = TIMES.has(name) ? ANY_TIME : name;
    if (!out.includes(label)) out.push(label);
  }
  return out;
}

export interface EventView {
  index: number;
  kind: string | null;
  values: Record<string, unknown>;
  /** This event's problems, with a list's `[i].` prefix taken off their field. */
  problems: FieldProblem[];
  provided: string[];
  /** Left to other events, as completeLabels words it. */
  missing: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The preview's events; a mapping that runs gives at least one (possibly empty) event, except the route input. */
export function eventViews(preview: Preview | null): EventView[] {
  if (!preview || preview.error) return [];
  const normalized: Normalized = preview.normalized;
  const list = Array.isArray(normalized);
  const items = list ? normalized : [normalized];
  const events: PreviewEvent[] = preview.events ?? [];
  return items.map((item, index) => {
    const prefix = list ? `[${index}].` : '';
    const values = isRecord(item) ? item : {};
    const problems = preview.problems
      .filter((p) => (list ? p.field.startsWith(prefix) : !p.field.startsWith('[')))
      .map((p) => ({ ...p, field: p.field.slice(prefix.length) }));
    const event = events[index];
    return {
      index,
      kind: event?.kind ?? (typeof values.kind === 'string' ? values.kind : null),
      values,
      problems,
      provided: event?.provided ?? [],
      missing: completeLabels(event?.missing ?? []),
    };
  });
}
