/**
 * The GPU's name as WebGL reports it: unmasked where the browser allows (Firefox answers
 * RENDERER with a generic name instead), else ''. A round trip to the GPU process. Asked by the
 * GPU warm-up worker, and by the page only when the warm-up could not answer. No imports: the
 * worker's chunk stays a few hundred bytes.
 */
export function gpuName(ctx: WebGLRenderingContext | WebGL2RenderingContext): string {
  const info = ctx.getExtension('WEBGL_debug_renderer_info');
  return String(ctx.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : ctx.RENDERER) ?? '');
}
