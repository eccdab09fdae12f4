/**
 * A 2D canvas that Chrome keeps in CPU memory (`willReadFrequently`), for textures painted once
 * and uploaded. A GPU-backed canvas rasterizes on the GPU process and its upload waits for that
 * work; in software rendering (SwiftShader, many kiosks) that wait froze the hall's first frames
 * for most of a second. Text for small slots rasterizes quickly on the CPU everywhere.
 */
export function cpuCanvas(width: number, height: number): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas context');
  return { canvas, ctx };
}
