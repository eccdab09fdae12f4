import type { WebGLRenderer } from 'three';
import { isSoftwareRenderer } from './resolutionGovernor';

/** The GPU's name as WebGL reports it (unmasked where the browser allows), or ''. */
export function rendererName(gl: WebGLRenderer): string {
  const ctx = gl.getContext();
  const info = gl.extensions.has('WEBGL_debug_renderer_info')
    ? (gl.extensions.get('WEBGL_debug_renderer_info') as { UNMASKED_RENDERER_WEBGL: number })
    : null;
  return String(ctx.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : ctx.RENDERER) ?? '');
}

const known = new WeakMap<WebGLRenderer, boolean>();

/** Whether this renderer rasterizes on the CPU (asked once per renderer: getParameter is a round trip). */
export function onSoftwareGpu(gl: WebGLRenderer): boolean {
  let soft = known.get(gl);
  if (soft === undefined) {
    soft = isSoftwareRenderer(rendererName(gl));
    known.set(gl, soft);
  }
  return soft;
}
