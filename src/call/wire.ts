import type { CallEvent } from './canonical';

/** A call event as it travels through Temporal (JSON): dates as ISO strings. */
export type CallEventWire = Omit<CallEvent, 'startTime' | 'endTime' | 'startTimeUtc'> & {
  startTime: string;
  endTime: string;
  startTimeUtc?: string;
};

export function toWire(event: CallEvent): CallEventWire {
  const { startTime, endTime, startTimeUtc, ...rest } = event;
  return {
    ...rest,
    startTime: startTime.toISOString(),
    endTime: endTime.toISOString(),
    ...(startTimeUtc ? { startTimeUtc: startTimeUtc.toISOString() } : {}),
  };
}
