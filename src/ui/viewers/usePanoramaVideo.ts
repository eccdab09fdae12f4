import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Lang, Panorama } from '../../manifest';
import { audioStore, pagePrefs } from '../../context/pageStores';
import { CAPTIONS_KEY, trackFor } from '../../boot/captionChoice';
import { releaseVideo } from '../../boot/releaseVideo';

/**
 * A video panorama's <video> (never shown: the sphere is its screen): whether it plays, and the
 * caption line to draw over the view, in the visitor's language or the one there is, unless the
 * visitor turned captions off. Sound follows the pavilion's mute; released on close.
 */
export function usePanoramaVideo(
  item: Panorama,
  lang: Lang,
): { video: RefObject<HTMLVideoElement | null>; playing: boolean; caption: string } {
  const video = useRef<HTMLVideoElement>(null);
  const [playing, setPlaying] = useState(false);
  const [caption, setCaption] = useState('');
  const captionTrack = pagePrefs.get(CAPTIONS_KEY) === 'off' ? -1 : trackFor(item.captions, lang, ['captions', 'subtitles']);

  useEffect(() => {
    const el = video.current;
    if (!el || item.format !== 'video') return;
    el.muted = audioStore.getState().muted;
    const unsub = audioStore.subscribe((s) => (el.muted = s.muted));
    const on = () => setPlaying(true);
    const off = () => setPlaying(false);
    el.addEventListener('play', on);
    el.addEventListener('pause', off);
    return () => {
      unsub();
      el.removeEventListener('play', on);
      el.removeEventListener('pause', off);
      releaseVideo(el);
    };
  }, [item.format, item.src]);

  useEffect(() => {
    const el = captionTrack < 0 ? null : video.current?.querySelectorAll('track')[captionTrack];
    if (!el) return;
    const track = el.track;
    track.mode = 'hidden';
    const onCue = () => setCaption(Array.from(track.activeCues ?? [], (c) => (c as VTTCue).text).join('\n'));
    track.addEventListener('cuechange', onCue);
    return () => {
      track.removeEventListener('cuechange', onCue);
      setCaption('');
    };
  }, [captionTrack, item.src]);

  return { video, playing, caption };
}
