import { fixHint } from '../i18n/fixHints';
import { ts } from '../i18n/studioStrings';
import type { Lang, ManifestProblem } from '../manifest';

/** Why a booth is not drawn: how many problems, and each one at its place in the manifest. */
export function PreviewProblems({ problems, lang }: { problems: ManifestProblem[]; lang: Lang }) {
  const n = Math.max(1, problems.length);
  return (
    <div className="preview-problems" role="status">
      <p className="preview-problems-title">{n === 1 ? ts('previewFixOne', lang) : ts('previewFix', lang, { n })}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            {p.path && <code>{p.path}</code>} {p.message}
            {fixHint(p.message, lang) && <span className="preview-fix"> {fixHint(p.message, lang)}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
