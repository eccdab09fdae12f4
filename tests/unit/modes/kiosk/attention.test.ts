// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createFrameFocusWatch, mediaPlaying } from '../../../../src/modes/kiosk/attention';

afterEach(() => {
  document.body.innerHTML = '';
});

/** jsdom plays nothing: a media element whose play state the test sets. */
function media(tag: 'video' | 'audio', state: { paused: boolean; ended: boolean }): HTMLMediaElement {
  const el = document.createElement(tag);
  Object.defineProperty(el, 'paused', { get: () => state.paused });
  Object.defineProperty(el, 'ended', { get: () => state.ended });
  document.body.append(el);
  return el;
}

describe('what holds a kiosk visitor’s attention', () => {
  it('a video or audio playing in the page does; paused, ended or removed, it does not', () => {
    expect(mediaPlaying(document)).toBe(false);
    const state = { paused: true, ended: false };
    const v = media('video', state);
    expect(mediaPlaying(document)).toBe(false);
    state.paused = false;
    expect(mediaPlaying(document)).toBe(true);
    state.ended = true;
    expect(mediaPlaying(document)).toBe(false);
    state.ended = false;
    v.remove();
    expect(mediaPlaying(document)).toBe(false);
    media('audio', { paused: false, ended: false });
    expect(mediaPlaying(document)).toBe(true);
  });

  it('focus inside an H5 frame does, for a capped time from when the focus entered it', () => {
    const watch = createFrameFocusWatch(document, 1000);
    const button = document.createElement('button');
    const a = document.createElement('iframe');
    const b = document.createElement('iframe');
    document.body.append(button, a, b);
    button.focus();
    expect(watch(0)).toBe(false);
    a.focus();
    expect(document.activeElement).toBe(a);
    expect(watch(100)).toBe(true);
    expect(watch(1099)).toBe(true);
    expect(watch(1100)).toBe(false); // left there: the kiosk may reset after all
    b.focus(); // another page: a new use, a new allowance
    expect(watch(1200)).toBe(true);
    button.focus();
    expect(watch(1300)).toBe(false);
    a.focus();
    expect(watch(5000)).toBe(true);
  });
});

describe('the pavilion taking the visitor somewhere', () => {
  it('holds attention while a walk is under way or a started tour travels or dwells, not when paused or off', async () => {
    const { createPavilion } = await import('../../../../src/state/pavilion');
    const { takingVisitor } = await import('../../../../src/modes/kiosk/attention');
    const pavilion = createPavilion({ loader: () => new Promise(() => {}), aspect: () => 1 });
    expect(takingVisitor(pavilion)).toBe(false);
    pavilion.visitor.path = [{ x: 1, z: 1 }];
    expect(takingVisitor(pavilion)).toBe(true);
    pavilion.visitor.path = [];
    const stop = { boothId: 'a', narration: { zh: '甲', en: 'A' } };
    pavilion.guide.getState().start({ stops: [stop], loop: false, voice: false });
    expect(takingVisitor(pavilion)).toBe(true);
    pavilion.guide.getState().pause();
    expect(takingVisitor(pavilion)).toBe(false);
    pavilion.guide.getState().stop();
    expect(takingVisitor(pavilion)).toBe(false);
  });
});
