/**
 * How far the first view is from done: the boards, signs and posters wanted near the visitor
 * vs painted and uploaded. A plain object (written by the atlases and boards, read by the
 * render gate and the loading curtain every frame), not a store.
 */
export const sceneProgress = {
  wanted: 0,
  painted: 0,
  /** The booths' signs and posters have been chosen: `wanted` is complete, even if 0. */
  planned: false,
  /** The render gate has opened: frames are drawn. */
  shown: false,
};

/** Past this the hall is shown with whatever has arrived (a picture that never loads must not hide it). */
export const FIRST_VIEW_MAX_WAIT_MS = 6000;

/** Everything wanted for the first view is on the GPU. */
export function firstViewReady(): boolean {
  const p = sceneProgress;
  return p.planned && p.painted >= p.wanted;
}

export function resetSceneProgress(): void {
  Object.assign(sceneProgress, { wanted: 0, painted: 0, planned: false, shown: false });
}
