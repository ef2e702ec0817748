/**
 * Regular expressions in mappings run on RE2 (the re2js port): matching takes time linear in the
 * input, so a pattern such as `/(a+)+$/` cannot backtrack for seconds on a crafted value. RE2 has no
 * backreferences or lookahead; a mapping that uses them is refused when it is compiled.
 *
 * JSONata builds each regex literal as a RegExp while parsing, then matches through the class given
 * as its `RegexEngine` option: `new RegexEngine(literal)`, `lastIndex` and `exec`, the part of the
 * RegExp interface `LinearRegExp` offers.
 */
import { RE2JS } from 're2js';

function flagsOf(pattern: RegExp): number {
  let flags = 0;
  if (pattern.flags.includes('i')) flags |= RE2JS.CASE_INSENSITIVE;
  if (pattern.flags.includes('m')) flags |= RE2JS.MULTILINE;
  if (pattern.flags.includes('s')) flags |= RE2JS.DOTALL;
  return flags;
}

/** Compiles a JavaScript regex literal for RE2; throws RE2's syntax error for what RE2 cannot run. */
export function compileLinear(pattern: RegExp): RE2JS {
  return RE2JS.compile(RE2JS.translateRegExp(pattern), flagsOf(pattern));
}

export class LinearRegExp {
  /** Where the next `exec` starts, as a global RegExp's (JSONata's literals are always global). */
  lastIndex = 0;
  readonly source: string;
  readonly flags: string;
  readonly #compiled: RE2JS;

  constructor(pattern: RegExp) {
    this.source = pattern.source;
    this.flags = pattern.flags;
    this.#compiled = compileLinear(pattern);
  }

  exec(input: string): RegExpExecArray | null {
    const matcher = this.#compiled.matcher(input);
    if (this.lastIndex > input.length || !matcher.find(this.lastIndex)) {
      this.lastIndex = 0;
      return null;
    }
    const groups: (string | undefined)[] = [matcher.group(0) ?? ''];
    for (let i = 1; i <= matcher.groupCount(); i++) groups.push(matcher.group(i) ?? undefined);
    this.lastIndex = matcher.end();
    return Object.assign(groups, { index: matcher.start(), input }) as unknown as RegExpExecArray;
  }
}
