import type { ManifestProblem } from '../../manifest';
import { useLang } from '../../context/useLang';
import { t } from '../../i18n/strings';

/** The checks' warnings, located as `npm run validate` prints them: `file: path: message`. */
export function ChecksList({ warnings }: { warnings: ManifestProblem[] }) {
  const lang = useLang();
  if (warnings.length === 0) return <p className="checks-clean">{t('reviewChecksClean', lang)}</p>;
  return (
    <ul className="checks">
      {warnings.map((w, i) => (
        <li key={i}>
          <code>
            {w.file}
            {w.path ? `: ${w.path}` : ''}
          </code>
          : {w.message}
        </li>
      ))}
    </ul>
  );
}
