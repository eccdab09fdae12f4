import type HlsType from 'hls.js';
import { liveOffset, recoveryFor, retryDelayMs } from '../../programme/liveStream';
import { createScreenVideo } from './liveVideos';

export interface StageStreamState {
  /** Playing frames now. */
  playing: boolean;
  /** Why it is not playing (a failed load, being retried), or null. */
  error: string | null;
  engine: 'hls.js' | 'native' | null;
  /** Paused on purpose (the stage's player is open): its last frame stays on the screen. */
  held: boolean;
}

export interface StageStream {
  video: HTMLVideoElement;
  state: Readonly<StageStreamState>;
  /** Pauses it and stops its downloads (true), or joins the talk where it is now again (false). */
  hold: (on: boolean) => void;
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
 * joins at the same moment of the session. Fatal errors are recovered as hls.js documents (see
 * `recoveryFor`); every retry waits its turn on one timer (2 s … 30 s), never a tight loop.
 *
 * It loads whenever a talk is live, wherever the visitor stands, unlike booth videos that wake
 * only near the visitor: it is one stream, not dozens, and a low one (the sample's 640×360 at
 * about 130 kbit/s, 65 KB per 4 s segment, measured from scenes/sample/media/live: under 1 MB a
 * minute), so the screen is already playing, at the right moment, when the visitor turns to it
 * from across the hall. The decoder is paused while the stage's full player is open (`hold`).
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
  const state: StageStreamState = { playing: false, error: null, engine: null, held: false };
  const set = (patch: Partial<StageStreamState>) => {
    Object.assign(state, patch);
    opts.onChange({ ...state });
  };
  let disposed = false;
  let hls: HlsType | null = null;
  let attempt = 0;
  let retry = 0;
  let mediaRecoveries = 0;
  let networkReloads = 0;
  let held = false;

  const startAt = () => liveOffset(opts.sessionStart, opts.clock(), video.duration) ?? -1;
  const seekToNow = () => {
    const at = liveOffset(opts.sessionStart, opts.clock(), video.duration);
    if (at !== null && Math.abs(video.currentTime - at) > 3) video.currentTime = at;
  };
  const onPlaying = () => {
    // Again once it plays: after a recovery hls.js may begin at its own start position, not ours.
    seekToNow();
    attempt = 0;
    mediaRecoveries = 0;
    networkReloads = 0;
    set({ playing: true, error: null, held: false });
  };
  // A recording standing in for live loops; MSE ignores `loop`, so start it again by hand.
  const onEnded = () => {
    if (held) return;
    video.currentTime = 0;
    void video.play().catch(() => {});
  };
  video.addEventListener('loadedmetadata', seekToNow);
  video.addEventListener('playing', onPlaying);
  video.addEventListener('ended', onEnded);

  const later = (why: string, then: () => void) => {
    set({ playing: false, error: why });
    window.clearTimeout(retry);
    retry = window.setTimeout(then, retryDelayMs(attempt++));
  };
  const scheduleRetry = (why: string) => {
    hls?.destroy();
    hls = null;
    later(why, load);
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
          if (hls !== h) return;
          const why = `${data.type}: ${data.details}`;
          // hls.js retries a failed load itself for half a minute before giving up: say so meanwhile.
          if (!data.fatal) return void (!state.playing && !state.held && set({ error: why }));
          const tries = data.type === Hls.ErrorTypes.MEDIA_ERROR ? mediaRecoveries++ : networkReloads;
          switch (recoveryFor(data.type, data.details, tries)) {
            case 'reload':
              networkReloads++;
              return later(why, () => hls === h && !held && h.startLoad(startAt()));
            case 'swap-and-recover':
              h.swapAudioCodec();
              return h.recoverMediaError();
            case 'recover-media':
              return h.recoverMediaError();
            case 'restart':
              return scheduleRetry(why);
          }
        });
        h.on(Hls.Events.MANIFEST_PARSED, () => void (held || video.play().catch(() => {})));
        h.loadSource(opts.url);
        h.attachMedia(video);
      },
      () => scheduleRetry('the stream player could not be loaded'),
    );
  }
  load();

  const hold = (on: boolean) => {
    if (disposed || on === held) return;
    held = on;
    if (on) {
      hls?.stopLoad();
      video.pause();
      set({ playing: false, held: true });
      return;
    }
    set({ held: false });
    if (hls) hls.startLoad(startAt());
    else seekToNow();
    void video.play().catch(() => {});
  };

  return {
    video,
    state,
    hold,
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
