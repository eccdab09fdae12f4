import { audioState, pauseGuide, playGuide, resumeGuide, stopGuide } from '../../audio/hallAudio';
import type { Vec2 } from '../../hall/geometry';
import type { Booth, Lang } from '../../manifest';

/** The audio guide a tour stop speaks: the booth's first audio item, in the visitor's language if it has one. */
export function guideAudioUrl(booth: Pick<Booth, 'media'>, lang: Lang): string | null {
  for (const m of booth.media) if (m.type === 'audio') return m.src[lang] ?? m.src[lang === 'zh' ? 'en' : 'zh'] ?? null;
  return null;
}

/**
 * The guided tour's voice over the pavilion's one audio-guide slot (hallAudio): it touches the
 * slot only while its own sound is there, so a guide the visitor started in a booth panel is
 * never paused or unloaded by the tour.
 */
export interface GuideVoice {
  play: (boothId: string, url: string, at: Vec2, onEnd: (failed: boolean) => void) => void;
  pause: () => void;
  /** False when its sound is gone (replaced meanwhile): the stop goes on without it. */
  resume: () => boolean;
  stop: () => void;
}

export function createGuideVoice(): GuideVoice {
  let key: string | null = null;
  // Still loading howler (null), or playing our key.
  const ours = () => key !== null && (audioState().guide === key || audioState().guide === null);
  const stop = () => {
    if (ours()) stopGuide();
    key = null;
  };
  return {
    play: (boothId, url, at, onEnd) => {
      const k = `tour:${boothId}@${url}`;
      key = k;
      playGuide(k, url, at, (failed) => {
        if (key !== k) return;
        key = null;
        onEnd(failed);
      });
    },
    pause: () => {
      if (key === null) return;
      if (audioState().guide === key) pauseGuide();
      else stop(); // still loading: it would start playing during the pause
    },
    resume: () => {
      if (key !== null && resumeGuide(key)) return true;
      key = null;
      return false;
    },
    stop,
  };
}
