/**
 * How far the first view is from done: the boards, signs and posters wanted near the visitor
 * vs painted and uploaded. A plain object (written by the atlases and boards, read by the
 * render gate and the loading curtain every frame), not a store. One per pavilion instance.
 */
export interface SceneProgress {
  wanted: number;
  painted: number;
  /** The booths' signs and posters have been chosen: `wanted` is complete, even if 0. */
  planned: boolean;
  /** The render gate has opened: frames are drawn. */
  shown: boolean;
}

export function createSceneProgress(): SceneProgress {
  return { wanted: 0, painted: 0, planned: false, shown: false };
}

/** Past this the hall is shown with whatever has arrived (a picture that never loads must not hide it). */
export const FIRST_VIEW_MAX_WAIT_MS = 6000;

/** Everything wanted for the first view is on the GPU. */
export function firstViewReady(p: SceneProgress): boolean {
  return p.planned && p.painted >= p.wanted;
}

export function resetSceneProgress(p: SceneProgress): void {
  Object.assign(p, createSceneProgress());
}
