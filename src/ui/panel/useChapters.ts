import { useEffect, useState, type RefObject } from 'react';

export interface Chapter {
  start: number;
  title: string;
}

/**
 * The chapters of a video's chapters track (index into its <track>s; -1: none) and the one
 * playing. The browser loads a track's cues only once it is not disabled: `hidden` loads them
 * without showing them. `reloadKey` changes when the player's element is replaced.
 */
export function useChapters(
  videoRef: RefObject<HTMLVideoElement | null>,
  trackIndex: number,
  reloadKey: unknown,
): { chapters: Chapter[]; current: number } {
  const [chapters, setChapters] = useState<Chapter[]>([]);
  const [current, setCurrent] = useState(-1);

  useEffect(() => {
    const video = videoRef.current;
    const el = trackIndex < 0 ? null : video?.querySelectorAll('track')[trackIndex];
    if (!video || !el) return setChapters([]);
    const track = el.track;
    track.mode = 'hidden';
    const read = () => {
      const cues = Array.from(track.cues ?? []) as VTTCue[];
      setChapters(cues.map((c) => ({ start: c.startTime, title: c.text.trim() })));
    };
    const follow = () => {
      const t = video.currentTime + 0.05;
      const cues = track.cues;
      let at = -1;
      // (Not findLastIndex: older in-app webviews lack it.)
      for (let i = 0; cues && i < cues.length && cues[i]!.startTime <= t; i++) at = i;
      setCurrent(at);
    };
    read();
    el.addEventListener('load', read);
    video.addEventListener('timeupdate', follow);
    video.addEventListener('seeked', follow);
    return () => {
      el.removeEventListener('load', read);
      video.removeEventListener('timeupdate', follow);
      video.removeEventListener('seeked', follow);
    };
  }, [videoRef, trackIndex, reloadKey]);

  return { chapters, current };
}
