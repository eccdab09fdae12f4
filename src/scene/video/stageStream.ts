import type HlsType from 'hls.js';
import { liveOffset, retryDelayMs } from '../../programme/liveStream';
import { createScreenVideo } from './liveVideos';

export interface StageStreamState {
  /** Playing frames now. */
  playing: boolean;
  /** Why it is not playing (a failed load, being retried), or null. */
  error: string | null;
  engine: 'hls.js' | 'native' | null;
}

export interface StageStream {
  video: HTMLVideoElement;
  state: Readonly<StageStreamState>;
  dispose: () => void;
}

/**
 * Whether to let the browser play HLS itself: only where there is no Media Source Extensions for
 * hls.js (older iPhones). Where both exist, hls.js, as its documentation advises: its recovery and
 * buffering are the ones this screen relies on (Chromium's newer native HLS included).
 */
function nativeHls(video: HTMLVideoElement): boolean {
  const mse = 'MediaSource' in window || 'ManagedMediaSource' in window;
  return !mse && video.canPlayType('application/vnd.apple.mpegurl') !== '';
}

/**
 * The stage's live stream, muted, for its 3D screen: hls.js (the light build, its own chunk,
 * fetched only while a session is live) where the browser has no HLS of its own. Every visitor
 * joins at the same moment of the session. Errors are recovered as hls.js documents (a media
 * error: `recoverMediaError`, then with the audio codec swapped); anything else tears the player
 * down and tries again after a growing wait (2 s … 30 s), never in a tight loop.
 */
export function startStageStream(opts: {
  url: string;
  sessionStart: number;
  clock: () => number;
  onChange: (s: StageStreamState) => void;
}): StageStream {
  const { video, release } = createScreenVideo('stage', opts.url);
  // The source is set by the player below (hls.js attaches its own MediaSource).
  video.removeAttribute('src');
  const state: StageStreamState = { playing: false, error: null, engine: null };
  const set = (patch: Partial<StageStreamState>) => {
    Object.assign(state, patch);
    opts.onChange({ ...state });
  };
  let disposed = false;
  let hls: HlsType | null = null;
  let attempt = 0;
  let retry = 0;
  let mediaRecoveries = 0;

  const seekToNow = () => {
    const at = liveOffset(opts.sessionStart, opts.clock(), video.duration);
    if (at !== null && Math.abs(video.currentTime - at) > 3) video.currentTime = at;
  };
  const onPlaying = () => {
    attempt = 0;
    mediaRecoveries = 0;
    set({ playing: true, error: null });
  };
  // A recording standing in for live loops; MSE ignores `loop`, so start it again by hand.
  const onEnded = () => {
    video.currentTime = 0;
    void video.play().catch(() => {});
  };
  video.addEventListener('loadedmetadata', seekToNow);
  video.addEventListener('playing', onPlaying);
  video.addEventListener('ended', onEnded);

  const scheduleRetry = (why: string) => {
    hls?.destroy();
    hls = null;
    set({ playing: false, error: why });
    window.clearTimeout(retry);
    retry = window.setTimeout(load, retryDelayMs(attempt++));
  };

  function load(): void {
    if (disposed) return;
    if (nativeHls(video)) {
      set({ engine: 'native' });
      video.src = opts.url;
      video.onerror = () => scheduleRetry('stream failed to load');
      void video.play().catch(() => {});
      return;
    }
    void import('hls.js/light').then(
      ({ default: Hls }) => {
        if (disposed) return;
        if (!Hls.isSupported()) return set({ error: 'this browser cannot play the stream', engine: null });
        const h = new Hls({ enableWorker: false, maxBufferLength: 20, backBufferLength: 10 });
        hls = h;
        set({ engine: 'hls.js' });
        h.on(Hls.Events.ERROR, (_e, data) => {
          if (!data.fatal || hls !== h) return;
          if (data.type === Hls.ErrorTypes.MEDIA_ERROR && mediaRecoveries < 2) {
            if (mediaRecoveries++ === 1) h.swapAudioCodec();
            h.recoverMediaError();
            return;
          }
          scheduleRetry(`${data.type}: ${data.details}`);
        });
        h.on(Hls.Events.MANIFEST_PARSED, () => void video.play().catch(() => {}));
        h.loadSource(opts.url);
        h.attachMedia(video);
      },
      () => scheduleRetry('the stream player could not be loaded'),
    );
  }
  load();

  return {
    video,
    state,
    dispose: () => {
      disposed = true;
      window.clearTimeout(retry);
      video.removeEventListener('loadedmetadata', seekToNow);
      video.removeEventListener('playing', onPlaying);
      video.removeEventListener('ended', onEnded);
      video.onerror = null;
      hls?.destroy();
      hls = null;
      release();
    },
  };
}
