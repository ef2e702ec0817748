/** JSONata for CodeMirror: highlighting through a small stream tokenizer, plus autocomplete. */
import { type CompletionContext, type CompletionResult, type Completion } from '@codemirror/autocomplete';
import { HighlightStyle, StreamLanguage, syntaxHighlighting, type StringStream } from '@codemirror/language';
import { tags as t } from '@lezer/highlight';
import { MAPPING_FUNCTION_DOCS } from '../../../src/mapping/function-docs';

interface State {
  inComment: boolean;
  lastSignificant: string;
}

const KEYWORDS = /^(and|or|in|function|true|false|null)\b/;

function token(stream: StringStream, state: State): string | null {
  if (state.inComment) {
    if (stream.skipTo('*/')) {
      stream.match('*/');
      state.inComment = false;
    } else stream.skipToEnd();
    return 'comment';
  }
  if (stream.eatSpace()) return null;
  if (stream.match('/*')) {
    state.inComment = true;
    return token(stream, state) ?? 'comment';
  }
  const ch = stream.peek() ?? '';
  const mark = (style: string | null) => {
    state.lastSignificant = stream.current();
    return style;
  };
  if (ch === '"' || ch === "'") {
    stream.next();
    let escaped = false;
    for (let c = stream.next(); c !== undefined; c = stream.next()) {
      if (c === ch && !escaped) break;
      escaped = !escaped && c === '\\';
    }
    return mark('string');
  }
  if (ch === '`') {
    stream.next();
    if (stream.skipTo('`')) stream.next();
    else stream.skipToEnd();
    return mark('propertyName');
  }
  // A regex literal can only start where a value is expected (after an operator or opening bracket).
  if (ch === '/' && /^$|[([{,:;=<>!&|+\-*%?~]$/.test(state.lastSignificant.trim()) && stream.match(/^\/(?:[^/\\\n]|\\.)+\/[im]*/))
    return mark('regexp');
  if (stream.match(/^-?\d+(\.\d+)?([eE][+-]?\d+)?/)) return mark('number');
  if (stream.match(/^\$[A-Za-z0-9_]*/)) return mark('variableName');
  if (stream.match(KEYWORDS)) return mark(stream.current() === 'function' ? 'keyword' : 'atom');
  if (stream.match(/^[A-Za-z_][A-Za-z0-9_]*/)) return mark('propertyName');
  if (stream.match(/^(:=|!=|<=|>=|~>|\?\?|\?:|\.\.|[-+*/%&=<>!?:.,;|^#@])/)) return mark('operator');
  if (stream.match(/^[()[\]{}]/)) return mark('bracket');
  stream.next();
  return mark(null);
}

export const jsonataLanguage = StreamLanguage.define<State>({
  name: 'jsonata',
  startState: () => ({ inComment: false, lastSignificant: '' }),
  token,
  languageData: { commentTokens: { block: { open: '/*', close: '*/' } }, closeBrackets: { brackets: ['(', '[', '{', '"', "'"] } },
});

export const jsonataHighlight = syntaxHighlighting(
  HighlightStyle.define([
    { tag: t.comment, color: '#6a737d', fontStyle: 'italic' },
    { tag: t.string, color: '#0a7a32' },
    { tag: t.regexp, color: '#b35900' },
    { tag: t.number, color: '#005cc5' },
    { tag: t.atom, color: '#6f42c1' },
    { tag: t.keyword, color: '#d73a49', fontWeight: 'bold' },
    { tag: t.variableName, color: '#b31d28' },
    { tag: t.propertyName, color: '#24292e' },
    { tag: t.operator, color: '#d73a49' },
  ]),
);

/** Helpers every mapping can call (documented once, in the server's function-docs.ts), and JSONata built-ins worth offering. */
export const HELPERS: Completion[] = [
  ...MAPPING_FUNCTION_DOCS.map((f): Completion => ({
    label: f.name,
    detail: f.params,
    info: f.description,
    type: 'function',
    apply: `${f.name}()`,
  })),
  ...[
    '$string',
    '$number',
    '$lowercase',
    '$uppercase',
    '$trim',
    '$substring',
    '$replace',
    '$contains',
    '$lookup',
    '$exists',
    '$merge',
    '$each',
    '$sift',
    '$join',
    '$split',
    '$round',
  ].map((label): Completion => ({ label, type: 'function', apply: `${label}()` })),
];

/** Completes sample paths after a name or a dot, helpers after `$`, canonical names inside quotes. */
export function completions(getPaths: () => string[], getFields: () => string[]) {
  return (ctx: CompletionContext): CompletionResult | null => {
    const quoted = ctx.matchBefore(/"[A-Za-z]*/);
    if (quoted && /^\s*$|[{,]\s*$/.test(ctx.state.sliceDoc(Math.max(0, quoted.from - 40), quoted.from))) {
      return {
        from: quoted.from + 1,
        options: getFields().map((label) => ({ label, type: 'property', detail: 'call field' })),
        validFor: /^[A-Za-z]*$/,
      };
    }
    const word = ctx.matchBefore(/\$?[A-Za-z0-9_$.`()[\]]*/);
    if (!word || (word.from === word.to && !ctx.explicit)) return null;
    if (word.text.startsWith('$') && !word.text.includes('(')) return { from: word.from, options: HELPERS, validFor: /^\$[A-Za-z0-9_]*$/ };
    const options: Completion[] = getPaths().map((label) => ({ label, type: 'variable', boost: -label.split('.').length }));
    return { from: word.from, options: [...options, ...HELPERS] };
  };
}
