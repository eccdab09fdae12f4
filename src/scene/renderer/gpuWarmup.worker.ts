/// <reference lib="webworker" />
import { gpuName } from './gpuName';

// Makes (and drops) one tiny WebGL context, so the browser's one-time GPU set-up happens on this
// thread, and reports the GPU's name: see gpuWarmup.ts. The name is also the first query, which
// waits until the context really exists, not only its handle.
const gl = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('webgl2');
const renderer = gl ? gpuName(gl) : null;
gl?.getExtension('WEBGL_lose_context')?.loseContext();
postMessage({ renderer });
