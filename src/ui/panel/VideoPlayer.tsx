import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { localize, urlIn, type Lang, type Localized, type VideoSource } from '../../manifest';
import { t } from '../../i18n/strings';
import { audioStore, pagePrefs } from '../../context/pageStores';
import { ChapterList } from './ChapterList';
import { CAPTIONS_KEY, defaultTrackIndex, trackFor } from '../../boot/captionChoice';
import { releaseVideo } from '../../boot/releaseVideo';
import { SignLanguageSwitch } from './SignLanguageSwitch';
import { useChapters } from './useChapters';
import './videoPlayer.css';

/** Whether the visitor last chose a video's sign-language version: the next one that has it starts with it. */
const SIGN_KEY = 'pavilion.signLanguage';

export type PlayableVideo = { title: Localized } & VideoSource;

/**
 * HLS through hls.js wherever there are Media Source Extensions for it, as hls.js advises: the
 * browser's own HLS only without them (older iPhones). Chromium now answers canPlayType for HLS
 * too, but its player neither recovers as hls.js does nor seeks a looping recording the same way.
 */
function needsHlsJs(video: HTMLVideoElement, url: string): boolean {
  if (!/\.m3u8($|\?)/i.test(url)) return false;
  const mse = 'MediaSource' in window || 'ManagedMediaSource' in window;
  return mse || video.canPlayType('application/vnd.apple.mpegurl') === '';
}

/**
 * A real player: native controls, the cut in the visitor's language, captions in it (or the
 * ones there are), audio descriptions read out, chapters to jump to, a sign-language version
 * where there is one, HLS where needed.
 * `onPlay`: playback began (the booth panel stamps its booth's passport).
 */
export function VideoPlayer({
  item,
  lang,
  autoPlay = false,
  onEnded,
  onPlay,
  startAt,
  loop = false,
}: {
  item: PlayableVideo;
  lang: Lang;
  /** Starts as soon as it can (the next item of a playlist the visitor is watching). */
  autoPlay?: boolean;
  onEnded?: () => void;
  onPlay?: () => void;
  /** Where to start, in seconds, asked once the length is known (a live talk joins where it is); null: the start. */
  startAt?: (durationSeconds: number) => number | null;
  /** Starts over at the end (a recording standing in for a live talk); by hand too, as hls.js's MediaSource may just end. */
  loop?: boolean;
}) {
  const ref = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  const [captionsWanted] = useState(() => pagePrefs.get(CAPTIONS_KEY) !== 'off');
  const [signing, setSigning] = useState(() => pagePrefs.get(SIGN_KEY) === 'on');
  const shownTrack = defaultTrackIndex(item.captions, lang, captionsWanted);
  const describedTrack = trackFor(item.captions, lang, ['descriptions']);
  const chapterTrack = trackFor(item.captions, lang, ['chapters']);
  const { chapters, current } = useChapters(ref, chapterTrack, failed);
  const [description, setDescription] = useState('');
  const url = signing && item.signLanguage ? item.signLanguage : urlIn(item.src, lang);
  // Where the last cut was when the visitor switched to another (language, sign language): the next one goes on from there.
  const resume = useRef<{ at: number; playing: boolean } | null>(null);

  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    setFailed(false);
    let destroy: (() => void) | undefined;
    let cancelled = false;
    video.muted = audioStore.getState().muted;
    const from = resume.current;
    resume.current = null;
    const goOn = () => {
      if (!from) return;
      video.currentTime = from.at;
      if (from.playing) void video.play().catch(() => {});
    };
    video.addEventListener('loadedmetadata', goOn, { once: true });
    if (needsHlsJs(video, url)) {
      // Loaded only when a stream is actually opened: most visitors never pay for it.
      void import('hls.js').then(({ default: Hls }) => {
        if (cancelled) return;
        if (!Hls.isSupported()) return setFailed(true);
        const hls = new Hls({ enableWorker: true });
        hls.on(Hls.Events.ERROR, (_e, data) => data.fatal && setFailed(true));
        hls.loadSource(url);
        hls.attachMedia(video);
        destroy = () => hls.destroy();
      });
    } else video.src = url;
    return () => {
      cancelled = true;
      video.removeEventListener('loadedmetadata', goOn);
      if (video.currentTime > 0) resume.current = { at: video.currentTime, playing: !video.paused };
      destroy?.();
      video.pause();
      video.removeAttribute('src');
      video.load();
    };
  }, [url]);

  // On unmount, layout cleanups run before React takes the element out of the page: released
  // here, it leaves with its captions off (see releaseVideo). Its <track>s must still be in it,
  // so another item is another player (BoothPanelBody keys it by source), not new children.
  useLayoutEffect(() => {
    const video = ref.current;
    if (!video) return;
    // The visitor's own caption choice (the player's menu) is remembered for the next video; the
    // captions turned off by releasing the player are not a choice.
    let releasing = false;
    const tracks = video.textTracks;
    const onChange = () => {
      if (releasing) return;
      const on = Array.from(tracks).some((t) => (t.kind === 'captions' || t.kind === 'subtitles') && t.mode === 'showing');
      pagePrefs.set(CAPTIONS_KEY, on ? 'on' : 'off');
    };
    const arm = setTimeout(() => tracks.addEventListener('change', onChange), 0);
    return () => {
      releasing = true;
      clearTimeout(arm);
      tracks.removeEventListener('change', onChange);
      releaseVideo(video);
    };
  }, [failed]);

  // Audio descriptions are for screen readers: the cues of one track (the visitor's language
  // first) are read out from a live region. (By <track> element: hls.js may add in-band tracks.)
  useEffect(() => {
    const el = describedTrack < 0 ? null : ref.current?.querySelectorAll('track')[describedTrack];
    if (!el) return;
    const track = el.track;
    track.mode = 'hidden';
    const onCue = () => {
      const cue = track.activeCues?.[0] as VTTCue | undefined;
      if (cue) setDescription(cue.text);
    };
    track.addEventListener('cuechange', onCue);
    return () => {
      track.removeEventListener('cuechange', onCue);
      track.mode = 'disabled';
    };
  }, [failed, describedTrack]);

  // Sound follows the pavilion's mute button, and stops with the tab hidden, as the hall's does.
  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    const onVisibility = () => document.visibilityState === 'hidden' && video.pause();
    document.addEventListener('visibilitychange', onVisibility);
    const unsubscribe = audioStore.subscribe((s, prev) => {
      if (s.muted !== prev.muted) video.muted = s.muted;
    });
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      unsubscribe();
    };
  }, [failed]);

  // (No `location` in the build's server render of the 2D pages: their players are not rendered there.)
  const crossOrigin = new URL(url, location.href).origin !== location.origin ? 'anonymous' : undefined;
  return (
    <figure className="video-player">
      {failed ? (
        <div className="media-failed">
          {item.poster && <img src={item.poster} alt="" />}
          <p role="alert">{t('videoFailed', lang)}</p>
        </div>
      ) : (
        <video
          ref={ref}
          controls
          playsInline
          preload="metadata"
          poster={item.poster}
          crossOrigin={crossOrigin}
          onError={() => setFailed(true)}
          loop={loop}
          onEnded={(e) => {
            if (!loop) return onEnded?.();
            e.currentTarget.currentTime = 0;
            void e.currentTarget.play().catch(() => {});
          }}
          onLoadedMetadata={(e) => {
            const at = startAt?.(e.currentTarget.duration);
            if (at != null) e.currentTarget.currentTime = at;
          }}
          autoPlay={autoPlay}
          onPlay={onPlay}
          aria-label={localize(item.title, lang)}
        >
          {item.captions.map((c, i) => (
            <track
              key={c.src}
              kind={c.kind}
              src={c.src}
              srcLang={c.lang}
              label={c.label ?? (c.lang === 'zh' ? '中文' : 'English')}
              default={i === shownTrack}
            />
          ))}
        </video>
      )}
      {(item.signLanguage || chapters.length > 0) && !failed && (
        <div className="video-extras">
          {item.signLanguage && (
            <SignLanguageSwitch
              on={signing}
              lang={lang}
              onChange={(on) => {
                pagePrefs.set(SIGN_KEY, on ? 'on' : 'off');
                setSigning(on);
              }}
            />
          )}
          <ChapterList
            chapters={chapters}
            current={current}
            lang={lang}
            onSeek={(at) => {
              const video = ref.current;
              // Just past the start: a caption ending where the chapter begins would show with the next one.
              if (video) video.currentTime = at + 0.02;
            }}
          />
        </div>
      )}
      {describedTrack >= 0 && (
        <p className="visually-hidden" aria-live="polite">
          {description}
        </p>
      )}
      <figcaption>{localize(item.title, lang)}</figcaption>
    </figure>
  );
}
