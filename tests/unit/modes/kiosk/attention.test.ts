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
