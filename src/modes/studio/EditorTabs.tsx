import { lazy, Suspense, type KeyboardEvent } from 'react';
import { ts } from '../../i18n/studioStrings';
import { BoothForm } from './form/BoothForm';
import { useDraft, useStudio } from './StudioContext';

// CodeMirror is a chunk of its own: fetched when the JSON view is first opened.
const JsonEditor = lazy(() => import('./editor/JsonEditor').then((m) => ({ default: m.JsonEditor })));

const VIEWS = ['form', 'json'] as const;
type View = (typeof VIEWS)[number];

/** The booth as a form or as JSON: two views of one draft, kept in sync both ways. */
export function EditorTabs({ view, setView }: { view: View; setView: (v: View) => void }) {
  const { lang } = useStudio();
  const textError = useDraft((s) => s.textError);
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const next = view === 'form' ? 'json' : 'form';
    setView(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div className="editor-tabs">
      <div className="tabs" role="tablist" aria-label={ts('studioTitle', lang)} onKeyDown={onKey}>
        {VIEWS.map((v) => (
          <button
            key={v}
            id={`tab-${v}`}
            type="button"
            role="tab"
            aria-selected={view === v}
            aria-controls={`tabpanel-${v}`}
            tabIndex={view === v ? 0 : -1}
            onClick={() => setView(v)}
          >
            {ts(v === 'form' ? 'editForm' : 'editJson', lang)}
          </button>
        ))}
      </div>
      {textError && (
        <p className="notice error" role="alert">
          {ts('jsonInvalid', lang, { why: textError })}
        </p>
      )}
      <div role="tabpanel" id={`tabpanel-${view}`} aria-labelledby={`tab-${view}`}>
        {view === 'form' ? (
          <BoothForm />
        ) : (
          <Suspense fallback={<p className="muted">{ts('editorLoading', lang)}</p>}>
            <JsonEditor />
          </Suspense>
        )}
      </div>
    </div>
  );
}
