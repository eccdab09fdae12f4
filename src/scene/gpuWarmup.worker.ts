/// <reference lib="webworker" />
// Makes (and drops) one tiny WebGL context, so the browser's one-time GPU set-up happens on this
// thread, and reports the GPU's name: see gpuWarmup.ts.
const gl = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('webgl2');
// A first query waits until the context really exists, not only its handle. Unmasked where the
// browser allows (Firefox answers RENDERER with a generic name instead).
const info = gl?.getExtension('WEBGL_debug_renderer_info');
const renderer = gl ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '') : null;
gl?.getExtension('WEBGL_lose_context')?.loseContext();
postMessage({ renderer });
