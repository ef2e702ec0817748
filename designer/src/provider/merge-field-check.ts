/**
 * Unknown merge fields in a request template as the admin types it: a `{{path}}` that is no field
 * Patchcord fills, with the nearest known name (the server answers a save with the same warning).
 */
import type { Answer, ErrorDetail } from '../api/types';
import type { OperationDraft } from './drafts';
import { templateFields } from './template-fields';

export type MergeField = Answer<'/api/admin/merge-fields', 'get'>['items'][number];

/** Names a template can insert as they are (not `Lead.<field>`-style patterns). */
export const insertable = (fields: readonly MergeField[]) => fields.filter((f) => !f.path.includes('<'));

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** The known name nearest to `path` when close enough to be a typo of it; case counts only between equally near names. */
export function nearestField(path: string, known: readonly string[]): string | null {
  let best: { name: string; d: number; exact: number } | null = null;
  for (const name of known) {
    const d = distance(path.toLowerCase(), name.toLowerCase());
    const exact = distance(path, name);
    if (!best || d < best.d || (d === best.d && exact < best.exact)) best = { name, d, exact };
  }
  return best && best.d <= Math.max(2, Math.floor(path.length / 4)) ? best.name : null;
}

const OPEN_ROOTS = ['Lead', 'credentials'];
const ROOTS = ['User', 'Lead', 'credentials', 'webhooks'];

/** The draft's unknown merge fields, by form field (`request.url`, `request.headers.0`, `request.body.template`). */
export function unknownFields(draft: OperationDraft, fields: readonly MergeField[]): { key: string; path: string; message: string }[] {
  if (!fields.length) return [];
  const known = insertable(fields).map((f) => f.path);
  const isKnown = (p: string) => {
    if (known.includes(p) || ROOTS.includes(p)) return true;
    const dot = p.indexOf('.');
    return dot > 0 && OPEN_ROOTS.includes(p.slice(0, dot)) && !p.slice(dot + 1).includes('.');
  };
  const parts: [string, string][] = [
    ['request.url', draft.url],
    ...draft.headers.map((h, i): [string, string] => [`request.headers.${i}`, h.value]),
    ...(draft.bodyKind ? [['request.body.template', draft.bodyTemplate] as [string, string]] : []),
  ];
  return parts.flatMap(([key, text]) =>
    templateFields(text)
      .filter((p) => !isKnown(p))
      .map((path) => {
        const near = nearestField(path, known);
        return { key, path, message: `{{${path}}} is not a merge field Patchcord fills${near ? `; did you mean {{${near}}}?` : ''}` };
      }),
  );
}

/** The server's warnings for one operation (`operations.<op>.request.url`…) by form field. */
export function serverWarnings(warnings: readonly ErrorDetail[], op: string): { key: string; message: string }[] {
  const prefix = `operations.${op}.`;
  return warnings
    .filter((w) => w.field?.startsWith(prefix))
    .map((w) => ({ key: (w.field ?? '').slice(prefix.length).replace(/^(request\.headers\.\d+)\.value$/, '$1'), message: w.message }));
}
