/**
 * How far the first view is from done: signs and posters wanted near the visitor vs painted.
 * A plain object (written by the atlases, read by the loading curtain in rAF), not a store.
 */
export const sceneProgress = { wanted: 0, painted: 0 };
