/** Where the server's validation details for the lifecycle settings belong on screen. */
import type { ErrorDetail } from '../api/types';

/** Error messages by field path without `body.` (`disposition.values.1`), and the rest. */
export interface LifecycleErrors {
  fields: Record<string, string[]>;
  general: string[];
}

export function placeLifecycleErrors(details: readonly ErrorDetail[], message: string): LifecycleErrors {
  const placed: LifecycleErrors = { fields: {}, general: [] };
  for (const d of details) {
    if (d.field?.startsWith('body.')) (placed.fields[d.field.slice(5)] ??= []).push(d.message);
    else placed.general.push(d.field ? `${d.field}: ${d.message}` : d.message);
  }
  if (!details.length) placed.general.push(message);
  return placed;
}
