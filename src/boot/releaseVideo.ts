/** What `releaseVideo` touches of a <video>: a fake with these stands in for one in unit tests. */
export interface ReleasableVideo {
  readonly textTracks: ArrayLike<{ mode: TextTrackMode }>;
  pause(): void;
  removeAttribute(name: 'src'): void;
  load(): void;
}

/**
 * Lets go of a panel's <video> so the browser can free it. Chromium keeps a removed <video>
 * alive while one of its text tracks is showing, and with it every listener on it and all they
 * reach (the closed panel): a kiosk leaked one a visit. So the captions go off first; then the
 * source is dropped and the element reloaded, which frees the decoder and its buffers.
 * Safe to call twice.
 */
export function releaseVideo(video: ReleasableVideo): void {
  for (let i = 0; i < video.textTracks.length; i++) video.textTracks[i]!.mode = 'disabled';
  video.pause();
  video.removeAttribute('src');
  video.load();
}
