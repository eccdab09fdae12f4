import type { RenderProps } from '@react-three/fiber';
import { WebGLRenderer } from 'three';

const ATTRIBUTES: WebGLContextAttributes = {
  alpha: true,
  depth: true,
  stencil: false,
  antialias: false,
  premultipliedAlpha: true,
  preserveDrawingBuffer: false,
  powerPreference: 'high-performance',
};

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type GlFactory = Extract<NonNullable<RenderProps<HTMLCanvasElement>['gl']>, (defaults: never) => unknown>;

/**
 * Makes the WebGL context, then three's renderer in a later task. Both wait for the GPU process
 * (creating the context, then three's queries of it), and in a browser that has just started (a
 * kiosk booting, the bench's fresh profiles) each wait is 0.25–0.35 s in software rendering: back
 * to back they froze the loading screen for over half a second, apart the page paints between.
 */
export async function createRenderer(defaults: Parameters<GlFactory>[0]): Promise<WebGLRenderer> {
  // SceneCanvas always passes its <canvas> element, never an OffscreenCanvas.
  const canvas = defaults.canvas as HTMLCanvasElement;
  const context = canvas.getContext('webgl2', ATTRIBUTES);
  if (!context) throw new Error('the browser gave no WebGL 2 context');
  await nextTask();
  return new WebGLRenderer({ canvas, context, antialias: false, powerPreference: 'high-performance' });
}
