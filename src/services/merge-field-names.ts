/**
 * Whether a request template's `{{path}}` names a value Patchcord fills when it calls a provider
 * (the merge values, the credentials, the webhook URLs, a token scheme's session token), and the
 * nearest known name when it does not: `{{CustomerNumbr}}` renders as a missing field at send time,
 * so the admin is told on save.
 */
import type { ErrorDetail } from '../errors';
import { MERGE_FIELDS } from './merge-values';

/** The webhook URLs a request can hand to the provider (services/provider-api.ts builds them). */
const WEBHOOK_KINDS = ['callLog', 'popup', 'callEvent', 'route'];

const EXACT: readonly string[] = [
  ...MERGE_FIELDS.map((f) => f.path).filter((p) => !p.includes('<')),
  ...WEBHOOK_KINDS.map((k) => `webhooks.${k}`),
  'token',
];
/** Roots whose every key is filled: the lead's custom fields and the connector's credentials. */
const OPEN_ROOTS = ['Lead', 'credentials'];
const ROOTS = ['User', 'Lead', 'credentials', 'webhooks'];

export function isKnownMergePath(path: string): boolean {
  if (EXACT.includes(path) || ROOTS.includes(path)) return true;
  const dot = path.indexOf('.');
  return dot > 0 && OPEN_ROOTS.includes(path.slice(0, dot)) && !path.slice(dot + 1).includes('.');
}

/** Edit distance; `caseless` compares letters regardless of case. */
function distance(x: string, y: string, caseless: boolean): number {
  if (caseless) return distance(x.toLowerCase(), y.toLowerCase(), false);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++)
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length] ?? 0;
}

/**
 * The known name nearest to `path`, when it is close enough to be a typo of it (else null). Case
 * counts only between equally near names: `CustomerNumbr` → `CustomerNumber`, not `customerNumber`.
 */
export function nearestMergePath(path: string): string | null {
  let best: { name: string; d: number; exact: number } | null = null;
  for (const name of EXACT) {
    const d = distance(path, name, true);
    const exact = distance(path, name, false);
    if (!best || d < best.d || (d === best.d && exact < best.exact)) best = { name, d, exact };
  }
  return best && best.d <= Math.max(2, Math.floor(path.length / 4)) ? best.name : null;
}

/** One warning per unknown path, naming the template field it sits in and the nearest known name. */
export function unknownMergeFieldWarnings(field: string, paths: readonly string[]): ErrorDetail[] {
  return paths
    .filter((p) => !isKnownMergePath(p))
    .map((p) => {
      const near = nearestMergePath(p);
      return {
        field,
        code: 'unknown_merge_field',
        token: p,
        message: `{{${p}}} is not a merge field Patchcord fills${near ? `; did you mean {{${near}}}?` : ''}`,
      };
    });
}
