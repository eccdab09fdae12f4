import { describe, expect, it } from 'vitest';
import { releaseVideo, type ReleasableVideo } from '../../../src/boot/releaseVideo';

/** A <video> stand-in that records what was done to it, in order. */
function fakeVideo(modes: TextTrackMode[]) {
  const log: string[] = [];
  const tracks = modes.map((mode, i) => ({
    get mode() {
      return mode;
    },
    set mode(m: TextTrackMode) {
      log.push(`track${i}:${m}`);
      mode = m;
    },
  }));
  const video: ReleasableVideo = {
    textTracks: tracks,
    pause: () => log.push('pause'),
    removeAttribute: (name) => log.push(`remove ${name}`),
    load: () => log.push('load'),
  };
  return { video, tracks, log };
}

describe('releaseVideo', () => {
  it('turns every caption track off before dropping the source and reloading', () => {
    const { video, tracks, log } = fakeVideo(['showing', 'hidden']);
    releaseVideo(video);
    expect(tracks.map((t) => t.mode)).toEqual(['disabled', 'disabled']);
    expect(log).toEqual(['track0:disabled', 'track1:disabled', 'pause', 'remove src', 'load']);
  });

  it('does the same for a video without tracks, and again when called twice', () => {
    const { video, log } = fakeVideo([]);
    releaseVideo(video);
    releaseVideo(video);
    expect(log).toEqual(['pause', 'remove src', 'load', 'pause', 'remove src', 'load']);
  });
});
