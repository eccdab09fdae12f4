import { describe, expect, it } from 'vitest';
import { defaultTrackIndex, trackFor } from '../../../src/boot/captionChoice';

describe('defaultTrackIndex', () => {
  it("shows captions in the visitor's language", () => {
    const tracks = [
      { lang: 'zh', kind: 'captions' },
      { lang: 'en', kind: 'captions' },
    ] as const;
    expect(defaultTrackIndex(tracks, 'en', true)).toBe(1);
    expect(defaultTrackIndex(tracks, 'zh', true)).toBe(0);
  });

  it('falls back to the captions there are', () => {
    expect(defaultTrackIndex([{ lang: 'zh', kind: 'captions' }], 'en', true)).toBe(0);
    expect(defaultTrackIndex([{ lang: 'en', kind: 'subtitles' }], 'zh', true)).toBe(0);
  });

  it('never shows descriptions or chapters', () => {
    const tracks = [
      { lang: 'en', kind: 'descriptions' },
      { lang: 'en', kind: 'chapters' },
      { lang: 'zh', kind: 'captions' },
    ] as const;
    expect(defaultTrackIndex(tracks, 'en', true)).toBe(2);
    expect(defaultTrackIndex(tracks.slice(0, 2), 'en', true)).toBe(-1);
  });

  it('shows none when the visitor turned captions off', () => {
    expect(defaultTrackIndex([{ lang: 'zh', kind: 'captions' }], 'zh', false)).toBe(-1);
  });
});

describe('trackFor', () => {
  const tracks = [
    { lang: 'zh', kind: 'captions' },
    { lang: 'zh', kind: 'descriptions' },
    { lang: 'en', kind: 'descriptions' },
    { lang: 'zh', kind: 'chapters' },
  ] as const;

  it("picks one track of a kind, the visitor's language first, so two description tracks are never read together", () => {
    expect(trackFor(tracks, 'en', ['descriptions'])).toBe(2);
    expect(trackFor(tracks, 'zh', ['descriptions'])).toBe(1);
  });

  it('falls back to the other language, and says -1 when there is none of the kind', () => {
    expect(trackFor(tracks, 'en', ['chapters'])).toBe(3);
    expect(trackFor(tracks, 'en', ['subtitles'])).toBe(-1);
  });
});
