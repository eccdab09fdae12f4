import type { FieldChange } from '../../manifest/diff';
import { useLang } from '../../context/useLang';
import { t } from '../../i18n/strings';
import { CHANGE_LABEL } from './changeLabels';
import { TextChange } from './TextChange';
import { ValueView } from './ValueView';

/** Fields that differ: the JSON path, what kind of change, and the values before → after. */
export function FieldChangeList({ changes, showKind = true }: { changes: FieldChange[]; showKind?: boolean }) {
  const lang = useLang();
  return (
    <ul className="field-changes">
      {changes.map((c) => (
        <li key={c.path} className={`change-${c.kind}`}>
          <div className="field-path">
            {showKind && <span className={`kind kind-${c.kind}`}>{t(CHANGE_LABEL[c.kind], lang)}</span>}
            <code>{c.path}</code>
          </div>
          {c.text ? (
            <TextChange before={c.before} after={c.after} />
          ) : c.kind === 'added' || c.kind === 'removed' ? (
            <div className="field-values">
              <ValueView value={c.kind === 'added' ? c.after : c.before} />
            </div>
          ) : (
            <div className="field-values">
              <del>
                <span className="sr-only">{t('reviewBefore', lang)}: </span>
                <ValueView value={c.before} />
              </del>
              <span aria-hidden="true" className="arrow">
                →
              </span>
              <ins>
                <span className="sr-only">{t('reviewAfter', lang)}: </span>
                <ValueView value={c.after} />
              </ins>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
