/**
 * The sample values a request template needs, read from its text so the Test API form matches what
 * is on screen before it is saved. Mirrors what the server's template engine collects (every plain
 * path, also as a helper's or block's parameter) and the seeds' @mail-merge syntax it translates;
 * the paths the server fills itself (credentials, webhook URLs, the session token) are left out.
 */
import type { RequestTemplate } from '../api/types';

const LITERALS = new Set(['true', 'false', 'null', 'undefined', 'this']);
const PATH = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/;
const COMMENT = /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g;
const MUSTACHE = /\{\{~?([\s\S]*?)~?\}\}/g;
const STRING = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g;
const MAIL_MERGE_OBJECT = /@\{(User|Lead):([A-Za-z_]\w*),[^}]*\}/g;
// As the server reads it: `@` after a non-word character, so e-mail addresses are not fields.
const MAIL_MERGE_SIMPLE = /(?:^|[^\w@])@([A-Za-z_]\w*)/g;

/** Filled by the server: `credentials.*`, `webhooks.*` and `token`. */
export const serverFilled = (path: string): boolean =>
  /^(credentials|webhooks)\./.test(path) || path === 'token' || path.startsWith('token.');

/**
 * The paths one `{{…}}` reads. A name in call position is a helper (json, urlEncode, date, phone;
 * if/unless opening a block) — the head of a block, of a mustache with parameters, or of a
 * `(subexpression)`; everything else that looks like a path is one, so `{{date}}` alone is the
 * merge value `date`, as the server sees it. `{{else}}` and closing tags read nothing.
 */
function mustachePaths(inner: string): string[] {
  let text = inner.trim();
  if (text.startsWith('/') || text === 'else') return [];
  let block = /^[#^]/.test(text);
  text = text.replace(/^[#^]/, '');
  if (/^else\s/.test(text)) {
    text = text.slice(4);
    block = true;
  }
  const tokens = text.replace(STRING, ' "" ').replace(/\(/g, ' ( ').replace(/\)/g, ' ) ').split(/\s+/).filter(Boolean);
  const paths: string[] = [];
  tokens.forEach((raw, i) => {
    const callee = i === 0 ? block || tokens.length > 1 : tokens[i - 1] === '(';
    const token = raw.slice(raw.indexOf('=') + 1); // hash arguments: the value is what is read
    if (!callee && PATH.test(token) && !LITERALS.has(token)) paths.push(token);
  });
  return paths;
}

/** The merge-field paths of one template string, in order of first use, without duplicates. */
export function templateFields(source: string): string[] {
  const found: string[] = [];
  const add = (p: string) => {
    if (!serverFilled(p) && !found.includes(p)) found.push(p);
  };
  const text = source.replace(COMMENT, ' ');
  for (const [, inner = ''] of text.matchAll(MUSTACHE)) mustachePaths(inner).forEach(add);
  const outside = text.replace(MUSTACHE, ' ');
  for (const m of outside.matchAll(MAIL_MERGE_OBJECT)) add(`${m[1]}.${m[2]}`);
  for (const m of outside.replace(MAIL_MERGE_OBJECT, ' ').matchAll(MAIL_MERGE_SIMPLE)) add(m[1] ?? '');
  return found;
}

/** Every sample field a request needs: its URL, header values and body template. */
export function sampleFields(request: RequestTemplate): string[] {
  const sources = [request.url, ...(request.headers ?? []).map((h) => h.value), request.body?.template ?? ''];
  return [...new Set(sources.flatMap(templateFields))];
}

/** The fields named by the server's "Missing merge field(s): A, B.C" message, or none. */
export function missingFields(message: string): string[] {
  const m = /Missing merge field\(s\):\s*([^;]+)/.exec(message);
  return m?.[1]
    ? m[1]
        .split(',')
        .map((s) => s.trim().replace(/\.$/, ''))
        .filter(Boolean)
    : [];
}
