import { localize } from '../../manifest';
import type { MediaChange } from '../../manifest/diff';
import { useLang } from '../../context/useLang';
import { t } from '../../i18n/strings';
import { CHANGE_LABEL } from './changeLabels';
import { FieldChangeList } from './FieldChangeList';

const place = (i: number | null) => (i === null ? '' : `#${i + 1}`);

/** Media items added, removed, moved or changed, in the submission's order, with what changed inside. */
export function MediaChangeList({ media, newBooth }: { media: MediaChange[]; newBooth: boolean }) {
  const lang = useLang();
  return (
    <ol className="media-changes">
      {media.map((m) => {
        const kinds =
          m.kind !== 'kept'
            ? [m.kind]
            : [...(m.moved ? ['moved' as const] : []), ...(m.changes.length ? ['changed' as const] : [])];
        return (
          <li key={`${m.kind}-${m.before}-${m.after}`} className={`media-${kinds[0] ?? 'kept'}`}>
            <div className="media-line">
              {!newBooth &&
                kinds.map((k) => (
                  <span key={k} className={`kind kind-${k}`}>
                    {t(CHANGE_LABEL[k], lang)}
                  </span>
                ))}
              <span className="media-type">{m.type}</span>
              <span className="media-name">{localize(m.name, lang) || '—'}</span>
              <span className="media-place">
                {m.kind === 'removed' ? place(m.before) : m.moved ? `${place(m.before)} → ${place(m.after)}` : place(m.after)}
              </span>
            </div>
            {m.changes.length > 0 && <FieldChangeList changes={m.changes} />}
          </li>
        );
      })}
    </ol>
  );
}
