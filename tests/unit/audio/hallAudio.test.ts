// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for howler: records every Howl made and what was done to it. */
const made: FakeHowl[] = [];
const howler = { mute: vi.fn(), pos: vi.fn(), orientation: vi.fn() };
class FakeHowl {
  handlers = new Map<string, (...a: unknown[]) => void>();
  unloaded = false;
  playingNow = false;
  position: number[] = [];
  constructor(readonly opts: { src: string[]; loop?: boolean }) {
    made.push(this);
  }
  on(event: string, fn: (...a: unknown[]) => void) {
    this.handlers.set(event, fn);
    return this;
  }
  once(event: string, fn: (...a: unknown[]) => void) {
    return this.on(event, fn);
  }
  play() {
    this.playingNow = true;
    return 1;
  }
  pause() {
    this.playingNow = false;
    return this;
  }
  playing() {
    return this.playingNow;
  }
  fade() {
    return this;
  }
  pos(x: number, y: number, z: number) {
    this.position = [x, y, z];
    return this;
  }
  unload() {
    this.unloaded = true;
    this.playingNow = false;
  }
  fire(event: string, ...args: unknown[]) {
    this.handlers.get(event)?.(...args);
  }
}
vi.mock('howler', () => ({ Howl: FakeHowl, Howler: howler }));

const audio = await import('../../../src/audio/hallAudio');
const { audioStore } = await import('../../../src/context/pageStores');

afterEach(() => {
  audio.disposeAudio();
  made.length = 0;
  howler.mute.mockClear();
  audioStore.setState({ muted: false });
});

describe('hallAudio', () => {
  it('plays one guide at a time at its booth, and frees the one it replaces', async () => {
    const ends: boolean[] = [];
    await audio.loadAudioLib();
    audio.playGuide('a#0@x.mp3', 'x.mp3', { x: 3, z: -4 }, (failed) => ends.push(failed));
    expect(made[0]!.position).toEqual([3, audio.SOUND.listenerHeight, -4]);
    expect(audio.audioState()).toMatchObject({ guide: 'a#0@x.mp3', guidePlaying: true });
    audio.playGuide('b#0@y.mp3', 'y.mp3', { x: 0, z: 0 }, () => {});
    expect(made[0]!.unloaded).toBe(true);
    expect(audio.audioState().guide).toBe('b#0@y.mp3');
    made[1]!.fire('loaderror', 1, 'decode');
    expect(audio.audioState().guide).toBeNull();
    expect(made[1]!.unloaded).toBe(true);
  });

  it('resumes a paused guide only for the same key', async () => {
    await audio.loadAudioLib();
    audio.playGuide('a#0@x.mp3', 'x.mp3', { x: 0, z: 0 }, () => {});
    audio.pauseGuide();
    expect(audio.audioState().guidePlaying).toBe(false);
    expect(audio.resumeGuide('a#0@other.mp3')).toBe(false);
    expect(audio.resumeGuide('a#0@x.mp3')).toBe(true);
    expect(audio.audioState().guidePlaying).toBe(true);
  });

  it('follows the mute button and goes quiet while the tab is hidden', async () => {
    const uninstall = audio.installAudioPolicy();
    audio.startAmbient('ambient.mp3');
    await audio.loadAudioLib();
    await Promise.resolve();
    expect(made[0]!.opts).toMatchObject({ src: ['ambient.mp3'], loop: true });
    audioStore.getState().setMuted(true);
    expect(howler.mute).toHaveBeenLastCalledWith(true);
    audioStore.getState().setMuted(false);
    expect(howler.mute).toHaveBeenLastCalledWith(false);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(howler.mute).toHaveBeenLastCalledWith(true);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(howler.mute).toHaveBeenLastCalledWith(false);
    uninstall();
  });

  it('unloads everything it made when disposed', async () => {
    audio.startAmbient('ambient.mp3');
    await audio.loadAudioLib();
    await Promise.resolve();
    audio.playGuide('a#0@x.mp3', 'x.mp3', { x: 0, z: 0 }, () => {});
    audio.disposeAudio();
    expect(made.every((h) => h.unloaded)).toBe(true);
    expect(audio.audioState()).toMatchObject({ ambient: false, guide: null });
  });
});
