import type { WebGLRenderer } from 'three';
import { gpuName } from './gpuName';
import { warmedRenderer } from './gpuWarmup';

/**
 * Whether WebGL runs on a software rasterizer (SwiftShader, llvmpipe, Microsoft's Basic Render
 * Driver: what a kiosk PC without a working GPU driver gets). Every pixel is filled by the CPU
 * there: the hall starts at a low ratio (AdaptiveResolution), and booth screens take video frames
 * as YUV planes (VideoScreen).
 */
export function isSoftwareRenderer(renderer: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer);
}

/** Whether the GPU rasterizes on the CPU, as far as the warm-up's context told; null when it did not. */
export function knownSoftwareGpu(): boolean | null {
  const name = warmedRenderer();
  return name === null ? null : isSoftwareRenderer(name);
}

const known = new WeakMap<WebGLRenderer, boolean>();

/**
 * Whether this renderer rasterizes on the CPU: the warm-up's answer, or else asked once per
 * renderer (getParameter is a round trip).
 */
export function onSoftwareGpu(gl: WebGLRenderer): boolean {
  let soft = known.get(gl);
  if (soft === undefined) {
    soft = knownSoftwareGpu() ?? isSoftwareRenderer(gpuName(gl.getContext()));
    known.set(gl, soft);
  }
  return soft;
}
