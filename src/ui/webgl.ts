/** Whether this browser can give us a WebGL context (blocklisted GPUs and some kiosks cannot). */
export function hasWebGL(): boolean {
  if (new URLSearchParams(location.search).has('nowebgl')) return false; // lets us test the fallback
  try {
    const c = document.createElement('canvas');
    return !!(c.getContext('webgl2') ?? c.getContext('webgl'));
  } catch {
    return false;
  }
}

export function isTouchDevice(): boolean {
  return typeof matchMedia !== 'undefined' && matchMedia('(pointer: coarse)').matches;
}
