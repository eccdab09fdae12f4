/**
 * Whether to try WebGL at all. No probe context here: making one costs as much as the real
 * one (over a second in software rendering), so a context that fails is caught where it is
 * made, by CanvasBoundary.
 */
export function webglSupported(): boolean {
  if (new URLSearchParams(location.search).has('nowebgl')) return false; // lets us test the fallback
  return typeof WebGLRenderingContext !== 'undefined';
}

export function isTouchDevice(): boolean {
  return typeof matchMedia !== 'undefined' && matchMedia('(pointer: coarse)').matches;
}
