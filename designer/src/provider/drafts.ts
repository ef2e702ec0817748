/**
 * The provider panel's editing state, kept apart from the API's shapes so the forms stay simple:
 * operation drafts (rules as uniform rows), which credentials changed, where the server's error
 * details belong, and the datetime-local ↔ ISO conversion of the DID sync's first run.
 */
import type { BodyKind, CredentialField, ErrorDetail, OperationConfig, ResponseRule } from '../api/types';

export type RuleType = 'keyword' | 'key' | 'data';
/** One rule as a table row: `text` is the keyword or key, `value` the value or (data rules) `as`. */
export interface RuleRow {
  type: RuleType;
  text: string;
  value: string;
  outcome: 'success' | 'error';
  exact: boolean;
  message: string;
}
export interface OperationDraft {
  enabled: boolean;
  method: 'GET' | 'POST';
  url: string;
  headers: { name: string; value: string }[];
  bodyKind: BodyKind | '';
  bodyTemplate: string;
  rules: RuleRow[];
  /** '' for none: the connector's call-log mapping reads the answer. */
  responseMapping: string;
  /** Kept as saved (no form field yet): whether the request may be sent twice, and its idempotency header. */
  delivery: Pick<OperationConfig, 'repeatable' | 'idempotencyHeader'>;
}

export const emptyRule = (type: RuleType = 'key'): RuleRow => ({
  type,
  text: '',
  value: '',
  outcome: 'success',
  exact: false,
  message: '',
});

export function ruleToRow(rule: ResponseRule): RuleRow {
  if ('keyword' in rule)
    return { ...emptyRule('keyword'), text: rule.keyword, outcome: rule.outcome, exact: rule.exact ?? false, message: rule.message ?? '' };
  if (rule.outcome === 'data') return { ...emptyRule('data'), text: rule.key, value: rule.as ?? '' };
  return { ...emptyRule('key'), text: rule.key, value: rule.value ?? '', outcome: rule.outcome, message: rule.message ?? '' };
}

/** Blank optional parts are left out: a key rule without a value matches any value. */
export function rowToRule(row: RuleRow): ResponseRule {
  const message = row.message ? { message: row.message } : {};
  if (row.type === 'keyword') return { keyword: row.text, outcome: row.outcome, ...(row.exact ? { exact: true } : {}), ...message };
  if (row.type === 'data') return { key: row.text, outcome: 'data', ...(row.value ? { as: row.value } : {}) };
  return { key: row.text, ...(row.value ? { value: row.value } : {}), outcome: row.outcome, ...message };
}

export function toDraft(config: OperationConfig): OperationDraft {
  const { request } = config;
  return {
    enabled: config.enabled,
    method: request.method,
    url: request.url,
    headers: (request.headers ?? []).map((h) => ({ ...h })),
    bodyKind: request.body?.kind ?? '',
    bodyTemplate: request.body?.template ?? '',
    rules: config.rules.map(ruleToRow),
    responseMapping: config.responseMapping ?? '',
    delivery: {
      ...(config.repeatable === undefined ? {} : { repeatable: config.repeatable }),
      ...(config.idempotencyHeader ? { idempotencyHeader: config.idempotencyHeader } : {}),
    },
  };
}

export function fromDraft(d: OperationDraft): OperationConfig {
  return {
    enabled: d.enabled,
    request: {
      method: d.method,
      url: d.url,
      ...(d.headers.length ? { headers: d.headers } : {}),
      ...(d.bodyKind ? { body: { kind: d.bodyKind, template: d.bodyTemplate } } : {}),
    },
    rules: d.rules.map(rowToRule),
    ...(d.responseMapping.trim() ? { responseMapping: d.responseMapping } : {}),
    ...d.delivery,
  };
}

export const blankOperation = (): OperationConfig => ({ enabled: true, request: { method: 'GET', url: '' }, rules: [] });

/** Whether a draft would save something other than `saved` (compared as the API would see both). */
export const draftDiffers = (draft: OperationDraft, saved: OperationConfig | undefined): boolean =>
  !saved || JSON.stringify(fromDraft(draft)) !== JSON.stringify(fromDraft(toDraft(saved)));

/**
 * Only what changed: a typed secret, a cleared secret (null removes it), a non-secret value that
 * differs from the one shown. Untouched secrets are never sent, so saving cannot blank them.
 */
export function credentialChanges(
  fields: readonly CredentialField[],
  values: Record<string, string>,
  cleared: readonly string[],
): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const f of fields) {
    const v = values[f.key] ?? '';
    if (f.secret) {
      if (v) out[f.key] = v;
      else if (cleared.includes(f.key)) out[f.key] = null;
    } else if (v !== (f.value ?? '')) {
      out[f.key] = v;
    }
  }
  return out;
}

/** Error messages by form field (`request.url`, `request.headers.0`, `rules.2`…), and the rest. */
export interface PlacedErrors {
  fields: Record<string, string[]>;
  general: string[];
}

const KNOWN = /^(enabled|request\.(method|url|headers(\.\d+)?|body(\.(kind|template))?)|rules(\.\d+)?|responseMapping)$/;
const TOKENS = /@\{[^}]*\}|@[A-Za-z_]\w*|\$[A-Za-z_]\w*\$/g;

/**
 * Places the server's error details (`body.operations.clickToCall.request.url`) next to the form
 * fields they name (the server names the URL, each header and the body separately). A detail that
 * names only the whole request has its unknown @fields looked up in the URL, header values and
 * body, and the message is shown beside each part that has one.
 */
export function placeErrors(details: readonly ErrorDetail[], prefix: string, draft: OperationDraft): PlacedErrors {
  const placed: PlacedErrors = { fields: {}, general: [] };
  const put = (key: string, message: string) => (placed.fields[key] ??= []).push(message);
  for (const d of details) {
    const rest = d.field?.startsWith(`${prefix}.`) ? d.field.slice(prefix.length + 1) : null;
    if (rest === null) {
      placed.general.push(d.message);
      continue;
    }
    if (rest === 'request') {
      const tokens = d.message.match(TOKENS) ?? [];
      const parts: [string, string][] = [
        ['request.url', draft.url],
        ...draft.headers.map((h, i): [string, string] => [`request.headers.${i}`, h.value]),
        ['request.body.template', draft.bodyTemplate],
      ];
      const hits = parts.filter(([, text]) => tokens.some((t) => text.includes(t)));
      if (hits.length) hits.forEach(([key]) => put(key, d.message));
      else placed.general.push(d.message);
      continue;
    }
    // `request.headers.0.name` → the header row; `rules.1.keyword` → the rule row.
    const key = rest.replace(/^(request\.headers\.\d+|rules\.\d+)\..*$/, '$1');
    if (KNOWN.test(key)) put(key, d.message);
    else placed.general.push(`${rest}: ${d.message}`);
  }
  return placed;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as a `datetime-local` value in the browser's zone ('' for none). */
export function isoToLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value (the browser's zone) as an ISO instant, or null when blank or invalid. */
export function localInputToIso(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
