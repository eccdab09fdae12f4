import { pageFlags } from './flags';

/**
 * Whether to try WebGL at all. No probe context here: making one costs as much as the real
 * one (over a second in software rendering), so a context that fails is caught where it is
 * made, by CanvasBoundary.
 */
export function webglSupported(): boolean {
  if (pageFlags.noWebgl) return false;
  return typeof WebGLRenderingContext !== 'undefined';
}

export function isTouchDevice(): boolean {
  return typeof matchMedia !== 'undefined' && matchMedia('(pointer: coarse)').matches;
}
