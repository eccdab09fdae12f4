/**
 * Every video element the 3D hall holds right now. The hall keeps at most a few (the
 * nearest booths'); tests and the bench read this to prove it.
 */
export const liveVideos = new Map<string, HTMLVideoElement>();

export const MAX_LIVE_VIDEOS = 3;

/** Creates a muted looping video for a booth screen; `release` frees the decoder. */
export function createScreenVideo(boothId: string, url: string): { video: HTMLVideoElement; release: () => void } {
  const video = document.createElement('video');
  video.muted = true;
  video.loop = true;
  video.playsInline = true;
  video.preload = 'auto';
  if (new URL(url, location.href).origin !== location.origin) video.crossOrigin = 'anonymous';
  video.dataset.booth = boothId;
  video.src = url;
  liveVideos.set(boothId, video);
  return {
    video,
    release: () => {
      video.pause();
      // Dropping src and reloading is what actually frees the decoder and its buffers.
      video.removeAttribute('src');
      video.load();
      if (liveVideos.get(boothId) === video) liveVideos.delete(boothId);
    },
  };
}
