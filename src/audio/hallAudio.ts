import type * as HowlerModule from 'howler';
import type { Howl } from 'howler';
import type { Vec2 } from '../hall/geometry';
import { audioStore } from '../context/pageStores';

/**
 * The pavilion's sound: one ambient loop and at most one audio guide, positioned at its
 * booth so it fades as the visitor walks away. Behaviour as a settings table, like a mixer.
 */
export const SOUND = {
  ambient: { volume: 0.22, fadeMs: 1500 },
  guide: { volume: 1, refDistance: 4, rolloffFactor: 1.2, maxDistance: 60 },
  listenerHeight: 1.6,
} as const;

type HowlerLib = typeof HowlerModule;
// Nothing sounds before a gesture, so howler need not weigh on the page's first script.
let lib: HowlerLib | null = null;
let libLoading: Promise<HowlerLib> | null = null;
let ambient: Howl | null = null;
let ambientUrl: string | null = null;
let guide: { key: string; howl: Howl } | null = null;
/** The guide asked for while howler was still arriving; a newer request or a stop replaces it. */
let pendingGuide: string | null = null;
let mutedNow = false;
let hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';

/** Starts fetching howler (call on the first gesture); resolves once it can play. */
export function loadAudioLib(): Promise<HowlerLib> {
  libLoading ??= import('howler').then((m) => (lib = m));
  return libLoading;
}

function applyMute(): void {
  mutedNow = audioStore.getState().muted || hidden;
  // Touching Howler makes its AudioContext (~0.2 s on a slow phone): not before there is sound.
  if (lib && (ambient || guide)) lib.Howler.mute(mutedNow);
}

/** Starts the ambient loop; call only after a user gesture. */
export function startAmbient(url: string): void {
  if (ambientUrl) return;
  ambientUrl = url;
  void loadAudioLib().then(({ Howl }) => {
    if (ambientUrl !== url || ambient) return; // disposed meanwhile
    ambient = new Howl({ src: [url], loop: true, volume: 0, html5: false });
    ambient.once('load', () => {
      ambient?.play();
      ambient?.fade(0, SOUND.ambient.volume, SOUND.ambient.fadeMs);
    });
    ambient.on('loaderror', (_id, err) => console.warn(`[audio] ambient loop failed: ${String(err)}`));
    applyMute();
  });
}

/** Plays a booth's audio guide at the booth's position, replacing any other guide; onEnd(true) when it cannot load. */
export function playGuide(key: string, url: string, at: Vec2, onEnd: (failed: boolean) => void): void {
  stopGuide();
  if (!lib) {
    pendingGuide = key;
    void loadAudioLib().then(() => pendingGuide === key && playGuide(key, url, at, onEnd));
    return;
  }
  pendingGuide = null;
  // The panner's settings go in the options: howler replays a pannerAttr() called before the
  // sound has loaded in a way that throws, and reports that as "Decoding audio data failed".
  const howl = new lib.Howl({
    src: [url],
    html5: false,
    volume: SOUND.guide.volume,
    panningModel: 'equalpower',
    distanceModel: 'inverse',
    refDistance: SOUND.guide.refDistance,
    rolloffFactor: SOUND.guide.rolloffFactor,
    maxDistance: SOUND.guide.maxDistance,
  });
  howl.pos(at.x, SOUND.listenerHeight, at.z);
  howl.on('end', () => {
    if (guide?.howl === howl) stopGuide();
    onEnd(false);
  });
  howl.on('loaderror', (_id, err) => {
    console.warn(`[audio] guide failed: ${url}: ${String(err)}`);
    if (guide?.howl === howl) stopGuide();
    onEnd(true);
  });
  guide = { key, howl };
  howl.play();
  applyMute();
}

export function stopGuide(): void {
  pendingGuide = null;
  if (!guide) return;
  guide.howl.unload(); // frees the decoded buffer, not just stops it
  guide = null;
}

export function pauseGuide(): void {
  guide?.howl.pause();
}

export function resumeGuide(key: string): boolean {
  if (guide?.key !== key) return false;
  guide.howl.play();
  return true;
}

/** Where the visitor's ears are; cheap, called a few times a second. */
export function setListener(pos: Vec2, yaw: number): void {
  if (!lib || (!ambient && !guide)) return;
  lib.Howler.pos(pos.x, SOUND.listenerHeight, pos.z);
  lib.Howler.orientation(-Math.sin(yaw), 0, -Math.cos(yaw), 0, 1, 0);
}

/** Silence while the tab is hidden; follow the visitor's mute choice. */
export function installAudioPolicy(): () => void {
  const onVis = () => {
    hidden = document.visibilityState === 'hidden';
    applyMute();
  };
  document.addEventListener('visibilitychange', onVis);
  const unsub = audioStore.subscribe((s, p) => s.muted !== p.muted && applyMute());
  applyMute();
  return () => {
    document.removeEventListener('visibilitychange', onVis);
    unsub();
  };
}

export function disposeAudio(): void {
  stopGuide();
  ambient?.unload();
  ambient = null;
  ambientUrl = null;
}

/** For tests and the soak: the Howls howler still holds (an unload removes one; none before howler loads). */
export function howlCount(): number {
  // howler's registry of live sounds, which @types/howler does not declare.
  return lib ? (lib.Howler as unknown as { _howls: unknown[] })._howls.length : 0;
}

/** For tests: what is loaded now. */
export function audioState(): { ambient: boolean; guide: string | null; guidePlaying: boolean; muted: boolean } {
  return { ambient: !!ambient, guide: guide?.key ?? null, guidePlaying: guide?.howl.playing() ?? false, muted: mutedNow };
}
