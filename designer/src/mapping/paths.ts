/**
 * The sample payload as a list of JSONata paths, for the sample tree, autocomplete and the starter
 * mapping. A text field holding JSON (common in form posts) gets its inner paths too, reached
 * through `$parseJson(field)`.
 *
 * Form fields with bracket keys reach a mapping twice: under the key exactly as sent
 * (`` `Legs[0][Status]` ``) and expanded under the base name (`Legs[0].Status`). Top-level paths say
 * which of the two views they belong to.
 */

export interface SamplePath {
  /** The JSONata expression that reads this value. */
  path: string;
  key: string;
  depth: number;
  kind: 'object' | 'array' | 'value' | 'json-text';
  value: unknown;
  /** The keys from the root, for matching names ("agent" + "code"). */
  keys: string[];
  /** For a top-level form field with bracket keys: the key exactly as sent, or the expanded view of such keys. */
  view?: 'exact' | 'expanded';
}

/** Which view of a bracket-keyed form field a top-level key is, given its siblings. */
export function formView(key: string, siblings: readonly string[]): SamplePath['view'] {
  const bracket = key.indexOf('[');
  if (bracket > 0 && siblings.includes(key.slice(0, bracket))) return 'exact';
  if (bracket < 0 && siblings.some((s) => s.startsWith(`${key}[`))) return 'expanded';
  return undefined;
}

const RESERVED = new Set(['and', 'or', 'in', 'true', 'false', 'null', 'function']);

/** A field name as JSONata needs it: bare when it is a plain name, else in backticks. */
export function fieldName(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) && !RESERVED.has(key) ? key : '`' + key.replace(/`/g, '') + '`';
}

function parseJsonText(value: string): unknown {
  const text = value.trim();
  if (!(text.startsWith('{') || text.startsWith('['))) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

const MAX_ITEMS = 20;
const MAX_PATHS = 2000;

export function samplePaths(payload: unknown, maxDepth = 6): SamplePath[] {
  const out: SamplePath[] = [];
  const walk = (value: unknown, path: string, keys: string[], depth: number) => {
    if (out.length >= MAX_PATHS || depth > maxDepth) return;
    if (Array.isArray(value)) {
      value.slice(0, MAX_ITEMS).forEach((item, i) => {
        const p = `${path}[${i}]`;
        out.push({ path: p, key: `[${i}]`, depth, kind: kindOf(item), value: item, keys });
        walk(item, p, keys, depth + 1);
      });
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const siblings = depth === 0 ? Object.keys(value) : [];
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const p = path ? `${path}.${fieldName(key)}` : fieldName(key);
      const inner = typeof child === 'string' ? parseJsonText(child) : undefined;
      const view = depth === 0 ? formView(key, siblings) : undefined;
      out.push({
        path: p,
        key,
        depth,
        kind: inner !== undefined ? 'json-text' : kindOf(child),
        value: child,
        keys: [...keys, key],
        ...(view ? { view } : {}),
      });
      if (inner !== undefined) walk(inner, `$parseJson(${p})`, [...keys, key], depth + 1);
      else walk(child, p, [...keys, key], depth + 1);
    }
  };
  walk(payload, '', [], 0);
  return out;
}

function kindOf(value: unknown): SamplePath['kind'] {
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' && value !== null ? 'object' : 'value';
}
