/**
 * Response rules (seed 002 §5.3): an admin marks what a provider's answer means. Text answers match a
 * keyword (case-insensitive contains); JSON answers match key/value rules at dot paths, each marked
 * success, error or data; data rules copy a field out (a call id, a GUID). Error rules win over
 * success rules, so an answer matching both is never reported as a success.
 */
export type Outcome = 'success' | 'error' | 'unknown';
export type ResponseRule =
  /** Text answers: the body contains the keyword, or (`exact`) is exactly it once trimmed — uContact's `0`. */
  | { keyword: string; outcome: 'success' | 'error'; exact?: boolean; message?: string }
  | { key: string; value?: string; outcome: 'success' | 'error'; message?: string }
  /** `key: "$body"` takes the whole trimmed text answer (uContact's call GUID). */
  | { key: string; outcome: 'data'; as?: string };
export interface Verdict {
  outcome: Outcome;
  message: string;
  data: Record<string, unknown>;
}

const MESSAGE_KEYS = ['message', 'msg', 'error', 'errorMessage', 'description', 'reason', 'data', 'status'];

/** The value at a dot path of a parsed JSON answer (own properties only), or undefined. */
export function valueAt(doc: unknown, path: string): unknown {
  let cur = doc;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, part)) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

const same = (a: unknown, b: string): boolean => String(a).trim().toLowerCase() === b.trim().toLowerCase();

/** A JSON object or array answer, parsed; undefined for text and scalars. */
export function parseJsonAnswer(body: string): unknown {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === 'object' && v !== null ? v : undefined;
  } catch {
    return undefined;
  }
}

/** The provider's own words, so an agent sees "Customer number is in DND", not "error". */
function messageOf(doc: unknown, body: string): string {
  for (const k of MESSAGE_KEYS) {
    const v = valueAt(doc, k);
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return body.trim().slice(0, 500);
}

export function evaluateRules(body: string, rules: readonly ResponseRule[]): Verdict {
  const doc = parseJsonAnswer(body);
  const data: Record<string, unknown> = {};
  const hits = new Set<'success' | 'error'>();
  let errorMessage: string | undefined;
  const hit = (outcome: 'success' | 'error', message: string | undefined): void => {
    hits.add(outcome);
    if (outcome === 'error') errorMessage ??= message;
  };
  for (const rule of rules) {
    if ('keyword' in rule) {
      const text = body.trim().toLowerCase();
      const word = rule.keyword.trim().toLowerCase();
      if (word && (rule.exact ? text === word : text.includes(word))) hit(rule.outcome, rule.message);
      continue;
    }
    if (rule.key === '$body') {
      if (rule.outcome === 'data' && doc === undefined && body.trim()) data[rule.as ?? 'body'] = body.trim();
      continue;
    }
    if (doc === undefined) continue;
    const v = valueAt(doc, rule.key);
    if (rule.outcome === 'data') {
      if (v !== undefined) data[rule.as ?? rule.key] = v;
    } else if (v !== undefined && (rule.value === undefined || same(v, rule.value))) hit(rule.outcome, rule.message);
  }
  const outcome: Outcome = hits.has('error') ? 'error' : hits.has('success') ? 'success' : 'unknown';
  return { outcome, message: (outcome === 'error' && errorMessage) || messageOf(doc, body), data };
}
