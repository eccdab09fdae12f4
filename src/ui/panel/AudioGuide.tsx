import { useState } from 'react';
import { localize, type Lang, type MediaItem } from '../../manifest';
import type { Vec2 } from '../../hall/geometry';
import { Icon } from '../../icons/Icon';
import { t } from '../../i18n/strings';
import { pauseGuide, playGuide, resumeGuide } from '../../audio/hallAudio';
import { audioStore } from '../../context/pageStores';
import { useAudioPrefs } from '../../context/useAudioPrefs';

type Audio = Extract<MediaItem, { type: 'audio' }>;

interface Props {
  item: Audio;
  itemKey: string;
  lang: Lang;
  at: Vec2;
  /** The visitor started it (the booth panel stamps its booth's passport). */
  onPlay?: () => void;
}

/** An audio guide: plays at the booth (positional), with its transcript to read along. */
export function AudioGuide({ item, itemKey, lang, at, onPlay }: Props) {
  const playing = useAudioPrefs((s) => s.playing === itemKey);
  const url = item.src[lang] ?? item.src[lang === 'zh' ? 'en' : 'zh'];
  const [failed, setFailed] = useState<string | null>(null);
  const toggle = () => {
    const store = audioStore.getState();
    store.unlock();
    if (playing) {
      pauseGuide();
      store.setPlaying(null);
      return;
    }
    // Resume where it paused, unless the language (so the file) changed.
    if (!(store.playing === null && resumeGuide(`${itemKey}@${url}`)) && url) {
      playGuide(`${itemKey}@${url}`, url, at, (loadFailed) => {
        if (loadFailed) setFailed(url);
        if (audioStore.getState().playing === itemKey) audioStore.getState().setPlaying(null);
      });
      setFailed(null);
    }
    store.setPlaying(itemKey);
    onPlay?.();
  };
  return (
    <section className="audio-guide">
      <button
        type="button"
        className="play"
        aria-pressed={playing}
        onClick={toggle}
        disabled={!url}
        // "Play" alone says nothing in a list of buttons: the name starts with it and says what.
        aria-label={`${t(playing ? 'pause' : 'play', lang)}${lang === 'zh' ? '：' : ': '}${localize(item.title, lang)}`}
      >
        <Icon name={playing ? 'pause' : 'play'} size={18} /> {playing ? t('pause', lang) : t('play', lang)}
      </button>
      <h3>{localize(item.title, lang)}</h3>
      {failed === url && (
        <p className="media-error" role="alert">
          {t('audioFailed', lang)}
        </p>
      )}
      {item.transcript && (
        <details open>
          <summary>{t('transcript', lang)}</summary>
          <p>{localize(item.transcript, lang)}</p>
        </details>
      )}
    </section>
  );
}
