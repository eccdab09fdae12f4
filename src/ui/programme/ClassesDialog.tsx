import { useHall } from '../../context/useHall';
import { useLang } from '../../context/useLang';
import { usePavilion } from '../../context/usePavilion';
import { useProgramme } from '../../context/useProgramme';
import { localize } from '../../manifest';
import { doneCount } from '../../programme/classProgress';
import { t, tf } from '../../i18n/strings';
import { ProgrammeStatusNote } from './ProgrammeStatusNote';
import { SheetFrame } from './SheetFrame';
import { PlaylistView } from './PlaylistView';
import { tagLabel } from './tagLabels';
import { useClassProgress } from './useClassProgress';

/**
 * The cloud classroom: the playlists by scenario and audience with how far the visitor got, and a
 * playlist's lessons played in order (`#/classes/<id>`), progress kept on the device.
 */
export function ClassesDialog({ playlistId }: { playlistId?: string }) {
  const lang = useLang();
  const { tour } = usePavilion();
  const hall = useHall((s) => s.loaded?.hall ?? null);
  const programme = useProgramme((s) => s.programme);
  const [progress, update] = useClassProgress(hall?.id ?? 'hall');
  const close = () => tour.getState().openSheet(null);
  const playlist = programme?.classes.find((p) => p.id === playlistId && p.items.length > 0);
  return (
    <SheetFrame
      className="classes"
      icon="book"
      title={t('cloudClasses', lang)}
      titleId="classes-title"
      lang={lang}
      onClose={close}
    >
      <ProgrammeStatusNote />
      {programme && playlist ? (
        <PlaylistView
          key={playlist.id}
          playlist={playlist}
          lang={lang}
          baseUrl={programme.url}
          allowedOrigins={hall?.allowedOrigins ?? []}
          progress={progress}
          update={update}
          onBack={() => tour.getState().openSheet({ kind: 'classes' })}
        />
      ) : (
        <ul className="playlists">
          {programme?.classes.map((pl) => (
            <li key={pl.id}>
              <button type="button" onClick={() => tour.getState().openSheet({ kind: 'classes', id: pl.id })}>
                <strong>{localize(pl.title, lang)}</strong>
                {pl.summary && <span className="pl-summary">{localize(pl.summary, lang)}</span>}
                <span className="pl-meta">
                  {tf('playlistItems', lang, { n: pl.items.length })} ·{' '}
                  {tf('playlistDone', lang, { n: doneCount(pl, progress), total: pl.items.length })}
                </span>
                <span className="pl-tags">
                  {[...pl.scenario, ...pl.audience].map((s) => (
                    <span key={s} className="pl-tag">
                      {tagLabel(s, lang)}
                    </span>
                  ))}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </SheetFrame>
  );
}
