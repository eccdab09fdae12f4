import { fixHint } from '../../i18n/fixHints';
import { ts } from '../../i18n/studioStrings';
import type { ManifestProblem } from '../../manifest';
import { useStudio } from './StudioContext';

/** Moves focus to the form control for a path, or the nearest enclosing one that has a field. */
function focusPath(path: string, showForm: () => void): void {
  showForm();
  requestAnimationFrame(() => {
    let p = path;
    for (;;) {
      const box = document.querySelector(`[data-path="${CSS.escape(p)}"]`);
      const control = box?.querySelector<HTMLElement>('input:not([hidden]), select, textarea, button');
      if (control) {
        control.focus();
        control.scrollIntoView({ block: 'center', behavior: 'smooth' });
        return;
      }
      const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) return;
      p = p.slice(0, cut);
    }
  });
}

/** Every problem found, errors first, each at its JSON path, with how to fix it. */
export function ProblemList({ problems, showForm }: { problems: ManifestProblem[]; showForm: () => void }) {
  const { lang } = useStudio();
  const errors = problems.filter((p) => p.severity === 'error').length;
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <section className="card checks" aria-labelledby="sec-checks">
      <h2 id="sec-checks">
        {ts('problemsTitle', lang)}{' '}
        <span className={errors ? 'badge error' : 'badge ok'} role="status">
          {problems.length === 0
            ? ts('problemsNone', lang)
            : ts('problemsCount', lang, { errors, warnings: problems.length - errors })}
        </span>
      </h2>
      {sorted.length > 0 && (
        <ul className="problem-list">
          {sorted.map((p, i) => (
            <li key={i} className={p.severity}>
              <span className="sev">{ts(p.severity, lang)}</span>
              {p.path ? (
                <button
                  type="button"
                  className="path"
                  onClick={() => focusPath(p.path, showForm)}
                  aria-label={`${ts('problemGoTo', lang)} ${p.path}`}
                >
                  {p.path}
                </button>
              ) : null}
              <span className="msg">
                {p.message}
                {fixHint(p.message, lang) && <span className="fix"> {fixHint(p.message, lang)}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
