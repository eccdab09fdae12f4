import { autocompletion } from '@codemirror/autocomplete';
import { json, jsonParseLinter } from '@codemirror/lang-json';
import { ensureSyntaxTree } from '@codemirror/language';
import { forceLinting, linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { Annotation, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { useEffect, useRef } from 'react';
import boothSchema from '../../../../public/schema/booth.schema.json';
import { fixHint } from '../../../i18n/fixHints';
import type { ManifestProblem } from '../../../manifest';
import { parseJsonPath } from '../../../manifest/jsonPath';
import { useStudio } from '../StudioContext';
import { jsonPathRange } from './jsonTree';
import { schemaCompletion, type SchemaNode } from './schemaCompletion';

/** Marks a change that came from the draft (the form), so it is not sent back. */
const fromDraft = Annotation.define<boolean>();

/** The checks' problems as lint marks at their JSON paths (syntax errors while the text does not parse). */
function problemDiagnostics(view: EditorView, problems: readonly ManifestProblem[], lang: 'zh' | 'en'): Diagnostic[] {
  const syntax = jsonParseLinter()(view);
  if (syntax.length) return syntax;
  const tree = ensureSyntaxTree(view.state, view.state.doc.length, 500);
  if (!tree) return [];
  const slice = (from: number, to: number) => view.state.sliceDoc(from, to);
  return problems.map((p) => {
    const r = jsonPathRange(tree, slice, parseJsonPath(p.path)) ?? { from: 0, to: Math.min(1, view.state.doc.length) };
    const hint = fixHint(p.message, lang);
    return { ...r, severity: p.severity, message: `${p.path ? `${p.path}: ` : ''}${p.message}${hint ? `\n${hint}` : ''}` };
  });
}

/** The booth as JSON in CodeMirror 6: checked as you type, completing keys and values from the published schema. */
export function JsonEditor() {
  const { draft, byPath, lang } = useStudio();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef({ problems: [] as ManifestProblem[], lang });

  useEffect(() => {
    const v = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: draft.getState().text,
        extensions: [
          basicSetup,
          json(),
          lintGutter(),
          linter((ev) => problemDiagnostics(ev, latest.current.problems, latest.current.lang), { delay: 300 }),
          // The published schema is plain JSON Schema: read through the few keywords SchemaNode names.
          autocompletion({ override: [schemaCompletion(boothSchema as unknown as SchemaNode)] }),
          EditorView.contentAttributes.of({ 'aria-label': 'booth.json' }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged && !u.transactions.some((t) => t.annotation(fromDraft)))
              draft.getState().setText(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = v;
    // Changes from the form replace the text (the editor's own edits never bump textRevision).
    const unsub = draft.subscribe((s, prev) => {
      if (s.textRevision === prev.textRevision || s.text === v.state.doc.toString()) return;
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: s.text }, annotations: fromDraft.of(true) });
    });
    return () => {
      unsub();
      v.destroy();
      view.current = null;
    };
  }, [draft]);

  useEffect(() => {
    latest.current = { problems: [...byPath.values()].flat(), lang };
    if (view.current) forceLinting(view.current);
  }, [byPath, lang]);

  return <div className="json-editor" ref={host} />;
}
