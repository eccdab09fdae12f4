import type { WebGLRenderer } from 'three';

/**
 * Answers now, while the hall loads, the questions three would otherwise put to the GPU in the
 * hall's first frames. Each is a synchronous round trip that waits for every queued GPU command;
 * in software rendering a single one stalled the first frame by a quarter of a second.
 */
export function prepareRenderer(renderer: WebGLRenderer): void {
  // Asked on the first texture upload.
  renderer.extensions.has('EXT_texture_filter_anisotropic');
  // copyTextureToTexture (atlas uploads) reads these unpack settings back to restore them
  // afterwards; setting them through three's state cache, to WebGL's defaults, makes those
  // reads cache hits instead of getParameter calls.
  const gl = renderer.getContext() as WebGL2RenderingContext;
  for (const name of [
    gl.UNPACK_ROW_LENGTH,
    gl.UNPACK_IMAGE_HEIGHT,
    gl.UNPACK_SKIP_PIXELS,
    gl.UNPACK_SKIP_ROWS,
    gl.UNPACK_SKIP_IMAGES,
  ])
    renderer.state.pixelStorei(name, 0);
}
