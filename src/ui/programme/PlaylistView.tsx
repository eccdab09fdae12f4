import { useEffect, useRef, useState } from 'react';
import { localize, type Lang } from '../../manifest';
import type { Playlist } from '../../manifest/programme';
import { markAt, markDone, resumeAt, type ClassProgress } from '../../programme/classProgress';
import { t, tf } from '../../i18n/strings';
import { Icon } from '../../icons/Icon';
import { ClassItemView } from './ClassItemView';

interface Props {
  playlist: Playlist;
  lang: Lang;
  baseUrl: string;
  allowedOrigins: string[];
  progress: ClassProgress;
  update: (fn: (p: ClassProgress) => ClassProgress) => void;
  onBack: () => void;
}

/** A playlist: its lessons in order, the current one shown, the next one started when a video ends. */
export function PlaylistView({ playlist, lang, baseUrl, allowedOrigins, progress, update, onBack }: Props) {
  const [index, setIndex] = useState(() => resumeAt(playlist, progress));
  // A video that ended moves on and starts the next; one the visitor picks waits for Play.
  const [chained, setChained] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const item = playlist.items[index]!;
  const done = new Set(progress[playlist.id]?.done ?? []);
  useEffect(() => update((p) => markAt(p, playlist.id, item.id)), [update, playlist.id, item.id]);
  const go = (i: number, auto: boolean) => {
    setChained(auto);
    setIndex(i);
    headingRef.current?.focus();
  };
  const finish = () => {
    update((p) => markDone(p, playlist.id, item.id));
    if (index + 1 < playlist.items.length) go(index + 1, item.type === 'video');
  };
  return (
    <div className="playlist">
      <div className="playlist-head">
        <button type="button" className="hud-btn" onClick={onBack}>
          {t('classBack', lang)}
        </button>
        <p>
          {localize(playlist.title, lang)} ·{' '}
          {tf('playlistDone', lang, { n: playlist.items.filter((i) => done.has(i.id)).length, total: playlist.items.length })}
        </p>
      </div>
      <div className="playlist-body">
        <section className="class-now" aria-labelledby="class-now-title">
          <h3 id="class-now-title" ref={headingRef} tabIndex={-1}>
            {index + 1}. {localize(item.title, lang)}
          </h3>
          <ClassItemView
            item={item}
            lang={lang}
            baseUrl={baseUrl}
            allowedOrigins={allowedOrigins}
            autoPlay={chained}
            onEnded={finish}
          />
          <div className="class-nav">
            <button type="button" className="hud-btn" disabled={index === 0} onClick={() => go(index - 1, false)}>
              {t('classPrev', lang)}
            </button>
            {item.type === 'article' && (
              <button type="button" className="hud-btn primary" aria-pressed={done.has(item.id)} onClick={finish}>
                {done.has(item.id) ? t('classDone', lang) : t('classMarkDone', lang)}
              </button>
            )}
            <button
              type="button"
              className="hud-btn"
              disabled={index + 1 >= playlist.items.length}
              onClick={() => go(index + 1, false)}
            >
              {t('classNext', lang)} <Icon name="next" />
            </button>
          </div>
        </section>
        <ol className="class-list" aria-label={localize(playlist.title, lang)}>
          {playlist.items.map((it, i) => (
            <li key={it.id}>
              <button type="button" aria-current={i === index ? 'true' : undefined} onClick={() => go(i, false)}>
                <span className="class-kind">{t(it.type === 'video' ? 'classVideo' : 'classArticle', lang)}</span>
                <span className="class-title">{localize(it.title, lang)}</span>
                {done.has(it.id) && <span className="class-done">✓ {t('classDone', lang)}</span>}
              </button>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
