/** The JSONata editor: CodeMirror with highlighting, autocomplete from the sample, and errors underlined. */
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { type Diagnostic, lintGutter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { completions, jsonataHighlight, jsonataLanguage } from './jsonata-lang';

import { type EditorError, errorRange } from './error-range';

export type { EditorError } from './error-range';
export interface EditorHandle {
  insert(text: string): void;
  focus(): void;
}

interface Props {
  value: string;
  onChange(value: string): void;
  error: EditorError | null;
  paths: string[];
  fields: string[];
}

export const MappingEditor = forwardRef<EditorHandle, Props>(function MappingEditor({ value, onChange, error, paths, fields }, ref) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef({ onChange, paths, fields });
  latest.current = { onChange, paths, fields };
  /** Set while the editor takes a new value from its parent: that is not an edit. */
  const external = useRef(false);

  useEffect(() => {
    const v = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          history(),
          bracketMatching(),
          closeBrackets(),
          indentOnInput(),
          highlightActiveLine(),
          lintGutter(),
          jsonataLanguage,
          jsonataHighlight,
          autocompletion({
            override: [
              completions(
                () => latest.current.paths,
                () => latest.current.fields,
              ),
            ],
            activateOnTyping: true,
          }),
          keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap]),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({
            'aria-label': 'JSONata mapping expression',
            'data-testid': 'expression-editor',
            tabindex: '0',
          }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged && !external.current) latest.current.onChange(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = v;
    return () => v.destroy();
    // The editor is created once; later values arrive through the effect below.
  }, []);

  useEffect(() => {
    const v = view.current;
    if (!v || v.state.doc.toString() === value) return;
    external.current = true;
    try {
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } });
    } finally {
      external.current = false;
    }
  }, [value]);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const diagnostics: Diagnostic[] = [];
    if (error) {
      const { from, to } = errorRange(error, v.state.doc.length);
      diagnostics.push({ from, to, severity: 'error', message: error.message, markClass: 'cm-jsonata-error' });
    }
    v.dispatch(setDiagnostics(v.state, diagnostics));
  }, [error, value]);

  useImperativeHandle(ref, () => ({
    insert(text: string) {
      const v = view.current;
      if (!v) return;
      v.dispatch(v.state.replaceSelection(text));
      v.focus();
    },
    focus() {
      view.current?.focus();
    },
  }));

  return <div className="editor" ref={host} />;
});
