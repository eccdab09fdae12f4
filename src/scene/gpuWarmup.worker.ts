/// <reference lib="webworker" />
// Makes (and drops) one tiny WebGL context, so the browser's one-time GPU set-up happens on this
// thread: see gpuWarmup.ts.
const gl = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('webgl2');
// A first query waits until the context really exists, not only its handle.
gl?.getParameter(gl.VERSION);
gl?.getExtension('WEBGL_lose_context')?.loseContext();
postMessage(gl !== null);
