/**
 * Request templates: one isolated Handlebars instance, a fixed helper set, and escaping chosen by
 * where each `{{…}}` sits, so that no merge value can change a request's structure.
 *
 * Why rewrite the AST instead of overriding Handlebars' escaping: `escapeExpression` is taken from a
 * module-level `Utils` by every instance's runtime, so it cannot differ per instance without patching
 * a global. Instead each template is parsed, every `{{expr}}` is rewritten to `{{__esc_<ctx> (expr)}}`
 * where `<ctx>` comes from scanning the literal text before it (inside a JSON string or not, inside an
 * 8x8 `[name|value]` pair or not), and the result is compiled with `noEscape` (HTML escaping is wrong
 * for every context here). Helpers therefore see raw values, and only their final output is escaped.
 * Triple-stash, partials and decorators are refused: there is no raw output.
 *
 * The `xml` context (route answers in a provider's XML dialect) escapes every value as character
 * data that is also safe inside either kind of quoted attribute, and drops characters XML 1.0 does
 * not allow, so a value can neither open or close markup nor make the document ill-formed.
 */
import Handlebars from 'handlebars';
import { OutboundError } from './errors';
import { asText, HELPERS, isRawJson } from './helpers';

export type BodyKind = 'json' | 'form' | 'text';
export interface RequestTemplate {
  method: 'GET' | 'POST';
  url: string;
  headers?: { name: string; value: string }[];
  body?: { kind: BodyKind; template: string };
}
export type Context = 'url' | 'form' | 'text' | 'header' | 'json' | 'xml';
export type MergeValues = Record<string, unknown>;

const hb = Handlebars.create();
// `log` writes to the console and `lookup` is a dynamic property read; neither belongs in a request.
hb.unregisterHelper('log');
hb.unregisterHelper('lookup');
for (const [name, fn] of Object.entries(HELPERS)) hb.registerHelper(name, fn);

const text = asText;
const encode = (v: unknown): string => encodeURIComponent(text(v));
/**
 * 8x8 user data has no escape for its delimiters, so they are replaced by look-alikes rather than
 * dropped: a note "[urgent] a|b" arrives readable as "(urgent) a/b" and cannot open a pair.
 */
const userData = (v: unknown): string => text(v).replace(/\[/g, '(').replace(/\]/g, ')').replace(/\|/g, '/');
function headerValue(v: unknown): string {
  const s = text(v);
  if (/[\r\n\0]/.test(s)) throw new OutboundError('TEMPLATE_VALUE', 'A header value may not contain CR, LF or NUL.');
  return s;
}

/**
 * A value that starts a URL template is the provider's base URL (`{{credentials.baseUrl}}/dial?…`):
 * it may set scheme, host and path, so it must be exactly that — an absolute http(s) URL without
 * user info, query or fragment — and is emitted without a trailing slash.
 */
function baseUrl(v: unknown): string {
  const raw = text(v).trim();
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new OutboundError('TEMPLATE_VALUE', `The base URL "${raw}" is not an absolute URL.`);
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.username || u.password || u.search || u.hash) {
    throw new OutboundError('TEMPLATE_VALUE', `The base URL "${raw}" must be http(s), without user info, query or fragment.`);
  }
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}

/** Everything outside XML 1.0's Char production (C0 controls but tab, LF, CR; lone surrogates; U+FFFE/U+FFFF). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** A value as XML character data, safe in element content and in single- or double-quoted attributes. */
export function escapeXml(v: unknown): string {
  return text(v)
    .replace(NOT_XML_CHAR, '')
    .replace(/[&<>"']/g, (c) => XML_ENTITIES[c] as string);
}

const ESCAPERS: Record<string, (v: unknown) => string> = {
  url_base: baseUrl,
  url: encode,
  url_ud: (v) => encodeURIComponent(userData(v)),
  form: encode,
  form_ud: (v) => encodeURIComponent(userData(v)),
  text: text,
  text_ud: userData,
  header: headerValue,
  header_ud: (v) => headerValue(userData(v)),
  // Inside a JSON string: the string's content, so quotes and backslashes cannot close it.
  json_str: (v) => JSON.stringify(text(v)).slice(1, -1),
  // Outside a string: exactly one JSON value (a `json` helper result is already one).
  json_val: (v) => (isRawJson(v) ? v.json : JSON.stringify(v ?? null)),
  xml: escapeXml,
};
for (const [name, fn] of Object.entries(ESCAPERS)) hb.registerHelper(`__esc_${name}`, fn);

const KNOWN_HELPERS = Object.fromEntries(
  [...Object.keys(HELPERS), ...Object.keys(ESCAPERS).map((n) => `__esc_${n}`)].map((n) => [n, true]),
);

type Node = hbs.AST.Node & Record<string, unknown>;
type Scan = { inString: boolean; escaped: boolean; pair: 0 | 1 | 2; started: boolean };

/** Tracks JSON string state and 8x8 `[name|value]` state across literal text. */
function scan(s: Scan, content: string): void {
  if (content) s.started = true;
  for (const ch of content) {
    if (s.inString) {
      if (s.escaped) s.escaped = false;
      else if (ch === '\\') s.escaped = true;
      else if (ch === '"') s.inString = false;
    } else if (ch === '"') s.inString = true;
    if (ch === '[') s.pair = 1;
    else if (ch === '|' && s.pair === 1) s.pair = 2;
    else if (ch === ']') s.pair = 0;
  }
}

function escaperFor(ctx: Context, s: Scan): string {
  // The same escaping everywhere in XML: brackets and bars are ordinary text there.
  if (ctx === 'xml') return 'xml';
  if (ctx === 'json') return s.inString ? 'json_str' : 'json_val';
  if (ctx === 'url' && !s.started) return 'url_base';
  return s.pair ? `${ctx}_ud` : ctx;
}

/**
 * Handlebars' strict mode does not check helper parameters, and after the rewrite every value is one,
 * so the fields a template reads are collected here and checked (own properties only) before render.
 */
function collect(node: Node | undefined, paths: Set<string>): void {
  if (!node) return;
  if (node.type === 'PathExpression') {
    if (node.data || (node.depth as number) > 0)
      throw new OutboundError('TEMPLATE_SYNTAX', `Only plain field paths are allowed, not ${String(node.original)}.`);
    if ((node.parts as string[]).length) paths.add((node.parts as string[]).join('.'));
  } else if (node.type === 'SubExpression') {
    (node.params as Node[]).forEach((p) => collect(p, paths));
    ((node.hash as { pairs?: Node[] } | undefined)?.pairs ?? []).forEach((p) => collect(p.value as Node, paths));
  }
}

const isHelperName = (path: Node): boolean =>
  Object.hasOwn(HELPERS, String(path.original)) || ['if', 'unless'].includes(String(path.original));

function rewrite(node: Node, ctx: Context, s: Scan, paths: Set<string>): void {
  if (node.type === 'ContentStatement') return scan(s, node.value as string);
  if (node.type === 'Program') return (node.body as Node[]).forEach((n) => rewrite(n, ctx, s, paths));
  if (node.type === 'BlockStatement') {
    // #each and #with change the context object, which would defeat the field check above.
    const name = String((node.path as Node).original);
    if (name !== 'if' && name !== 'unless')
      throw new OutboundError('TEMPLATE_SYNTAX', `Only {{#if}} and {{#unless}} blocks are allowed, not {{#${name}}}.`);
    collect({ type: 'SubExpression', params: node.params, hash: node.hash } as unknown as Node, paths);
    if (node.program) rewrite(node.program as Node, ctx, s, paths);
    if (node.inverse) rewrite(node.inverse as Node, ctx, s, paths);
    return;
  }
  if (node.type === 'MustacheStatement') {
    if (!node.escaped)
      throw new OutboundError('TEMPLATE_SYNTAX', 'Triple-stash {{{…}}} is not allowed: every value is escaped for where it goes.');
    const path = node.path as Node;
    if (asText(path.original).startsWith('__'))
      throw new OutboundError('TEMPLATE_SYNTAX', `Unknown helper or field: ${asText(path.original)}`);
    const params = node.params as Node[];
    const call = params.length > 0 || Boolean(node.hash);
    const inner = call ? { type: 'SubExpression', path, params, hash: node.hash, loc: node.loc } : path;
    if (call && path.type === 'PathExpression' && !isHelperName(path))
      throw new OutboundError('TEMPLATE_SYNTAX', `Unknown helper: ${String(path.original)}`);
    collect((call ? inner : { type: 'SubExpression', params: [path] }) as Node, paths);
    const name = `__esc_${escaperFor(ctx, s)}`;
    s.started = true;
    Object.assign(node, {
      path: { type: 'PathExpression', data: false, depth: 0, parts: [name], original: name, loc: node.loc },
      params: [inner],
      hash: undefined,
    });
    return;
  }
  if (node.type === 'CommentStatement') return;
  throw new OutboundError('TEMPLATE_SYNTAX', `${node.type} is not allowed in request templates.`);
}

/** Handlebars compiles on first use; run once on no values so unknown helpers fail on save, not on send. */
function probe(fn: Handlebars.TemplateDelegate): void {
  try {
    fn({});
  } catch (err) {
    // Only Handlebars' own exceptions are compile errors; missing fields are expected with no values.
    if (!(err instanceof hb.Exception) || /not defined in/.test((err as Error).message)) return;
    throw new OutboundError('TEMPLATE_SYNTAX', (err as Error).message, { cause: err });
  }
}

const CACHE_LIMIT = 1000;
interface Compiled {
  fn: Handlebars.TemplateDelegate;
  paths: string[];
}
const cache = new Map<string, Compiled>();

/** Compiles (once, cached) a template source for a context; syntax and helper errors surface here. */
export function compile(source: string, ctx: Context): Compiled {
  const key = `${ctx}\u0000${source}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let fn: Handlebars.TemplateDelegate;
  const paths = new Set<string>();
  try {
    const ast = hb.parse(source) as unknown as Node;
    rewrite(ast, ctx, { inString: false, escaped: false, pair: 0, started: false }, paths);
    fn = hb.compile(ast, { strict: true, knownHelpersOnly: true, knownHelpers: KNOWN_HELPERS, noEscape: true });
  } catch (err) {
    if (err instanceof OutboundError) throw err;
    throw new OutboundError('TEMPLATE_SYNTAX', (err as Error).message, { cause: err });
  }
  probe(fn);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  const compiled = { fn, paths: [...paths] };
  cache.set(key, compiled);
  return compiled;
}

function hasPath(values: unknown, path: string): boolean {
  let cur = values;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, part)) return false;
    cur = (cur as Record<string, unknown>)[part];
  }
  return true;
}

/** Renders one template string for a context; missing fields are errors (strict), never blank. */
export function renderString(source: string, ctx: Context, values: MergeValues): string {
  const { fn, paths } = compile(source, ctx);
  const missing = paths.filter((p) => !hasPath(values, p));
  if (missing.length)
    throw new OutboundError('TEMPLATE_VALUE', `Missing merge field(s): ${missing.join(', ')}`, { missingFields: missing });
  try {
    return fn(values, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false, allowCallsToHelperMissing: false });
  } catch (err) {
    if (err instanceof OutboundError) throw err;
    throw new OutboundError('TEMPLATE_VALUE', (err as Error).message, { cause: err });
  }
}
