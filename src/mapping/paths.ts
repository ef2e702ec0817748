/**
 * Which payload paths a mapping reads, from its compiled JSONata AST, and which of them no recorded
 * payload has: the admin is warned (not refused) when a mapping reads a name that none of the
 * connector's fixtures or recent deliveries carry, which is how a typo or the wrong view of a form
 * field (the exact key `` `Legs[0][Status]` `` against the expanded `Legs[0].Status`) shows up.
 *
 * Paths are chains of names from the payload's root. Names in a predicate or a later step are read
 * relative to that step. A name read where the context cannot be told from the expression alone
 * (after a function call, a wildcard or a variable other than `$` and `$$`) is not reported. The
 * alternatives of a `??` chain, and the branches of a step like `(items ?? $).Name`, count as one
 * read: one of them present is enough, and `$` (the payload itself) is always present.
 */
import jsonata from 'jsonata';

export interface ReadPath {
  /** The names from the root, e.g. ["Legs", "Status"]. */
  names: string[];
  /** As JSONata writes it: `Legs.Status`, `` `Legs[0][Status]` ``. */
  path: string;
  /** Other paths that stand in for this one (a `??` chain); any one present counts for all. */
  alternatives: string[][];
}

export interface UnreadWarning {
  path: string;
  message: string;
}

interface Node {
  type?: string;
  value?: unknown;
  [key: string]: unknown;
}

type Prefix = string[];
/** Receives each root path read; `group` holds the paths that stand in for it (itself included). */
type Sink = (names: Prefix, group?: readonly Prefix[]) => void;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const nodes = (v: unknown): Node[] => (Array.isArray(v) ? v.filter(isNode) : isNode(v) ? [v] : []);

const RESERVED = new Set(['and', 'or', 'in', 'true', 'false', 'null', 'function']);
const nameText = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !RESERVED.has(name) ? name : '`' + name + '`');
export const pathText = (names: readonly string[]): string => (names.length === 0 ? '$' : names.map(nameText).join('.'));
const keyOf = (names: readonly string[]): string => names.join('\u0000');

/** `a ?? b` compiles to `$exists(a) ? a : b`; returns `a`. */
function coalesced(node: Node): Node | null {
  if (node.type !== 'condition' || !isNode(node.condition)) return null;
  const cond = node.condition;
  if (cond.type !== 'function' || !isNode(cond.procedure) || cond.procedure.value !== 'exists') return null;
  const args = nodes(cond.arguments);
  return args.length === 1 && JSON.stringify(args[0]) === JSON.stringify(node.then) ? (args[0] as Node) : null;
}

/** The root paths an expression evaluates to, when it is only names, `$`, `$$`, `??` and `? :`. */
function resolve(node: unknown, ctx: Prefix | null): Prefix[] | null {
  if (!isNode(node) || !ctx) return null;
  if (node.type === 'variable') return node.value === '' ? [ctx] : node.value === '$' ? [[]] : null;
  if (node.type === 'block') {
    const list = nodes(node.expressions);
    return list.length === 1 ? resolve(list[0], ctx) : null;
  }
  if (node.type === 'condition') {
    const branches = node.else === undefined ? [node.then] : [node.then, node.else];
    const resolved = branches.map((b) => resolve(b, ctx));
    return resolved.every((r) => r !== null) ? resolved.flat() : null;
  }
  if (node.type !== 'path') return null;
  let prefix: Prefix | null = ctx;
  for (const [i, step] of nodes(node.steps).entries()) {
    if (step.stages !== undefined || step.group !== undefined) return null;
    if (step.type === 'name' && typeof step.value === 'string') prefix = [...prefix, step.value];
    else if (i === 0 && step.type === 'variable' && (step.value === '' || step.value === '$')) prefix = step.value === '' ? ctx : [];
    else return null;
  }
  return [prefix];
}

/** Reads of the steps from `from` on, each step's context being `prefix`. */
function walkSteps(steps: Node[], from: number, ctx: Prefix | null, sink: Sink): void {
  let prefix: Prefix | null = ctx;
  for (let i = from; i < steps.length; i++) {
    const step = steps[i] as Node;
    if (step.type === 'name' && typeof step.value === 'string') {
      prefix = prefix ? [...prefix, step.value] : null;
      if (prefix && i === steps.length - 1) sink(prefix);
    } else if (i === 0 && step.type === 'variable' && (step.value === '' || step.value === '$')) {
      prefix = step.value === '' ? ctx : [];
    } else {
      // `Foo.$lowercase($)` reads Foo, then something no name can follow.
      if (prefix && prefix.length > 0 && i > from) sink(prefix);
      walk(step, prefix, sink);
      const heads = i === 0 ? resolve(step, ctx) : null;
      if (heads && heads.length > 0) return walkBranches(steps, i + 1, heads, sink);
      prefix = null;
    }
    for (const stage of nodes(step.stages)) walk(stage.expr, prefix, sink);
    if (isNode(step.group)) walk(step.group, null, sink);
  }
}

/** The rest of a path read from each of several heads: the same relative read from each head is one group. */
function walkBranches(steps: Node[], from: number, heads: Prefix[], sink: Sink): void {
  const reads = new Map<string, { rel: Prefix; group: Prefix[] }>();
  heads.forEach((head) => {
    walkSteps(steps, from, head, (names, group) => {
      const rel = names.slice(head.length);
      const entry = reads.get(keyOf(rel)) ?? { rel, group: [] };
      entry.group.push(...(group ?? [names]));
      reads.set(keyOf(rel), entry);
    });
  });
  for (const { group } of reads.values()) for (const names of group) sink(names, group);
}

function walk(value: unknown, ctx: Prefix | null, sink: Sink): void {
  if (!isNode(value)) return;
  const node = value;
  if (coalesced(node)) {
    // Every read along the chain joins one group, so one present alternative covers the others.
    const group: Prefix[] = [];
    const collect: Sink = (names, inner) => void group.push(...(inner ?? [names]));
    let link: unknown = node;
    for (let head = isNode(link) ? coalesced(link) : null; head; head = isNode(link) ? coalesced(link) : null) {
      walk(head, ctx, collect);
      link = (link as Node).else;
    }
    // `?? $` falls back on the payload itself, which is always there.
    const tail = resolve(link, ctx);
    if (tail?.some((p) => p.length === 0)) group.push([]);
    walk(link, ctx, collect);
    for (const names of group) sink(names, group);
    return;
  }
  switch (node.type) {
    case 'path':
      return walkSteps(nodes(node.steps), 0, ctx, sink);
    case 'name':
      if (ctx && typeof node.value === 'string') sink([...ctx, node.value]);
      return;
    case 'unary':
      if (node.value === '{') for (const pair of Array.isArray(node.lhs) ? node.lhs : []) nodes(pair).forEach((n) => walk(n, ctx, sink));
      else if (node.value === '[') nodes(node.expressions).forEach((n) => walk(n, ctx, sink));
      else walk(node.expression, ctx, sink);
      return;
    case 'function':
    case 'partial':
      nodes(node.arguments).forEach((n) => walk(n, ctx, sink));
      return;
    case 'lambda':
      // A lambda's body runs on the context it was defined in.
      return walk(node.body, ctx, sink);
    case 'block':
      nodes(node.expressions).forEach((n) => walk(n, ctx, sink));
      return;
    case 'condition':
      [node.condition, node.then, node.else].forEach((n) => walk(n, ctx, sink));
      return;
    case 'bind':
      return walk(node.rhs, ctx, sink);
    case 'binary':
    case 'apply':
      walk(node.lhs, ctx, sink);
      return walk(node.rhs, ctx, sink);
    case 'filter':
      return walk(node.expr, ctx, sink);
    default:
      // Literals, variables, regexes, wildcards, sorts and transforms name no root path here.
      return;
  }
}

/** The root paths `expression` reads; an expression that does not compile reads nothing. */
export function readPaths(expression: string): ReadPath[] {
  let ast: unknown;
  try {
    ast = jsonata(expression).ast();
  } catch {
    return [];
  }
  const found = new Map<string, ReadPath>();
  walk(ast, [], (names, group) => {
    if (names.length === 0) return;
    const key = keyOf(names);
    const alternatives = (group ?? []).filter((g) => keyOf(g) !== key);
    const known = found.get(key);
    if (!known) {
      found.set(key, { names, path: pathText(names), alternatives: dedupe(alternatives) });
      return;
    }
    // A path also read with no stand-in must be present on its own.
    known.alternatives =
      known.alternatives.length === 0 || alternatives.length === 0 ? [] : dedupe([...known.alternatives, ...alternatives]);
  });
  return [...found.values()];
}

function dedupe(list: Prefix[]): Prefix[] {
  return [...new Map(list.map((p) => [keyOf(p), p])).values()];
}

/** Every chain of keys in a payload; lists are transparent, as they are to a JSONata path. */
export function payloadPaths(payload: unknown, into: Set<string> = new Set(), maxDepth = 8, maxPaths = 20_000): Set<string> {
  const visit = (value: unknown, prefix: Prefix): void => {
    if (prefix.length > maxDepth || into.size >= maxPaths) return;
    if (Array.isArray(value)) {
      for (const item of value.slice(0, 100)) visit(item, prefix);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const names = [...prefix, key];
      into.add(keyOf(names));
      visit(child, names);
    }
  };
  visit(payload, []);
  return into;
}

/**
 * Paths `expression` reads that none of `payloads` carries, one warning per path or `??` chain
 * (nothing to say without payloads).
 */
export function unreadPaths(expression: string, payloads: readonly unknown[]): UnreadWarning[] {
  if (payloads.length === 0) return [];
  const seen = new Set<string>();
  for (const payload of payloads) payloadPaths(payload, seen);
  const present = (names: Prefix) => names.length === 0 || seen.has(keyOf(names));
  const warned = new Set<string>();
  const warnings: UnreadWarning[] = [];
  for (const read of readPaths(expression)) {
    if (warned.has(keyOf(read.names)) || present(read.names) || read.alternatives.some(present)) continue;
    // The shortest path of a chain names it: `Status (or items.Status)`.
    const [primary = read.names, ...rest] = [read.names, ...read.alternatives].sort((a, b) => a.length - b.length);
    [primary, ...rest].forEach((p) => warned.add(keyOf(p)));
    const others = rest.map(pathText);
    warnings.push({
      path: pathText(primary),
      message: `${pathText(primary)}${others.length ? ` (or ${others.join(', ')})` : ''} is in none of the ${payloads.length} sample payload(s): this connector's fixtures and recent deliveries of this kind.`,
    });
  }
  return warnings;
}
