import type { CallEvent } from './canonical';

const DATE_FIELDS = ['startTime', 'startTimeUtc', 'answeredAt', 'endTime', 'endTimeUtc'] as const;
type DateField = (typeof DATE_FIELDS)[number];

/** A call's fields as they travel through Temporal (JSON): dates as ISO strings. */
export type CallEventWire = Omit<CallEvent, DateField> & { [K in DateField]?: string };

export function toWire(event: CallEvent): CallEventWire {
  const out: Record<string, unknown> = { ...event };
  for (const field of DATE_FIELDS) {
    const value = event[field];
    if (value instanceof Date) out[field] = value.toISOString();
  }
  return out as CallEventWire;
}

/** A call log with every field that was mandatory before events became partial (calls started then). */
export type CompleteCallLogWire = CallEventWire &
  Required<
    Pick<
      CallEventWire,
      'sourceNumber' | 'destinationNumber' | 'displayNumber' | 'startTime' | 'endTime' | 'durationSeconds' | 'status' | 'direction'
    >
  >;
