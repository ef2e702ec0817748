/**
 * The seeds' mail-merge syntaxes, accepted as providers' docs print them and translated to Handlebars
 * once, on save, so rendering has one engine: `@customerNumber` → `{{customerNumber}}`,
 * `@{User:TeamId,}` → `{{User.TeamId}}`, `@{Lead:FirstName,Sir}` → a default via `{{#if}}`.
 * 8x8's `$token$`s are filled by 8x8 itself at callback time, so they stay literal; inside a
 * `[name|value]` pair an unknown one is an error (a typo would otherwise reach the provider unfilled).
 */
import { isPrototypeKey } from '../security/prototype-keys';
import { OutboundError } from './errors';

/**
 * Names as the seeds print them. Case matters where the seeds disagree: `@customerNumber` (generic
 * connector) is the lead's number without country code, `@CustomerNumber` (mobile cloud calling) is
 * `+91-XXXX`. See services/merge-values.ts for every value.
 */
export const MERGE_NAMES = [
  'customerNumber',
  'CustomerNumber',
  'virtualNumber',
  'VirtualNumber',
  'PhoneNumberWithCountryCode',
  'agentNumber',
  'agentNumberNational',
  'AssociatedPhoneNumberWithoutCountryCode',
  'agentName',
  'agentEmail',
  'leadId',
  'callSessionId',
  'dispositionValue',
  'agentId',
  'notes',
  'comments',
  'date',
  'followUpAt',
  'number',
  'numbers',
] as const;

/** The tokens 8x8 VCC fills in `ctl_userdata` (its click-to-dial document, "tokens" section). */
export const EIGHT_BY_EIGHT_TOKENS = [
  'caller_id',
  'transaction_id',
  'call_answered_time',
  'call_hangup_time',
  'callAnsweredTenantTT',
  'callHangupTenantTT',
  'callDuration',
  'equal',
  'interaction_guid',
  'year',
  'month',
  'date',
  'hours',
  'minutes',
  'seconds',
  'transaction_codes',
  'notes',
  'lastTclListName',
  'lastTclCodeDesc',
  'lastTclCodeShort',
];

// Longest first, so a name that is a prefix of another can never win over it.
const byLength = [...MERGE_NAMES].sort((a, b) => b.length - a.length);
// `@` only counts after a non-word character, so e-mail addresses in a template are left alone.
const SIMPLE = new RegExp(`(^|[^\\w@])@(?:(${byLength.join('|')})(?![\\w])|([A-Za-z_]\\w*))`, 'g');
const OBJECT = /@\{(User|Lead):([A-Za-z_][\w]*),([^}]*)\}/g;
const PAIR = /\[([^|\]]*)\|([^\]]*)\]/g;

function withDefault(path: string, fallback: string): string {
  if (fallback === '') return `{{${path}}}`;
  if (/[{}]/.test(fallback)) throw new OutboundError('MERGE_FIELD_UNKNOWN', `A mail-merge default may not contain braces: ${fallback}`);
  return `{{#if ${path}}}{{${path}}}{{else}}${fallback}{{/if}}`;
}

/** Translates one template string; throws one error naming every unknown field or token. */
export function translateMailMerge(source: string): string {
  const unknown = new Set<string>();
  for (const pair of source.matchAll(PAIR)) {
    for (const [, token = ''] of (pair[2] ?? '').matchAll(/\$([A-Za-z_]\w*)\$/g))
      if (!EIGHT_BY_EIGHT_TOKENS.includes(token)) unknown.add(`$${token}$`);
  }
  const out = source
    .replace(OBJECT, (m, kind: string, field: string, fallback: string) => {
      // `User.__proto__` would name the prototype, not a field: unknown, like any other unknown name.
      if (!isPrototypeKey(field)) return withDefault(`${kind}.${field}`, fallback.trim());
      unknown.add(`@{${kind}:${field}}`);
      return m;
    })
    .replace(SIMPLE, (m, lead: string, known: string | undefined, other: string | undefined) => {
      if (known) return `${lead}{{${known}}}`;
      unknown.add(`@${other}`);
      return m;
    });
  if (unknown.size) throw new OutboundError('MERGE_FIELD_UNKNOWN', `Unknown mail-merge field(s): ${[...unknown].join(', ')}`);
  return out;
}

/** Every string of a request template, translated (method and header names are not templates). */
export function translateRequest<T extends { url: string; headers?: { name: string; value: string }[]; body?: { template: string } }>(
  t: T,
): T {
  return {
    ...t,
    url: translateMailMerge(t.url),
    headers: t.headers?.map((h) => ({ ...h, value: translateMailMerge(h.value) })),
    body: t.body && { ...t.body, template: translateMailMerge(t.body.template) },
  };
}
