import { hallModelsShown } from '../scene/booth/hallModelsShown';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import type { Material, Scene, Texture } from 'three';
import type { HallWorld } from '../hall/world';
import { liveVideos } from '../scene/video/liveVideos';
import { usePavilion } from '../context/usePavilion';
import { benchPath } from './benchPath';

export interface BenchFrame {
  calls: number;
  triangles: number;
  renderMs: number;
  frameMs: number;
  /** The app's own per-frame work before render(): walking, proximity, atlas painting and uploads. */
  updateMs: number;
  videos: number;
  /** Booth models standing in the hall this frame. */
  models: number;
}

declare global {
  interface Window {
    __bench?: { frames: BenchFrame[]; done: boolean; summary?: () => BenchSummary };
  }
}

export interface BenchSummary {
  textureBytes: number;
  /** Distinct material objects in the scene (each may cost a state change, and its own program). */
  materials: number;
}

function summarize(scene: Scene): BenchSummary {
  const seen = new Set<Texture>();
  const materials = new Set<Material>();
  scene.traverse((o) => {
    const m = (o as { material?: Material | Material[] }).material;
    for (const mat of Array.isArray(m) ? m : m ? [m] : []) {
      materials.add(mat);
      const map = (mat as { map?: Texture | null }).map;
      if (map) seen.add(map);
    }
  });
  let bytes = 0;
  for (const t of seen) {
    const img = t.image as { width?: number; height?: number; videoWidth?: number; videoHeight?: number } | undefined;
    const w = img?.videoWidth || img?.width || 0;
    const h = img?.videoHeight || img?.height || 0;
    bytes += w * h * 4 * (t.generateMipmaps ? 4 / 3 : 1);
  }
  return { textureBytes: bytes, materials: materials.size };
}

/**
 * `?bench=walk`: drives the visitor along the fixed path, one step per frame, and times
 * each `renderer.render()` (CPU) and the frame forced to completion by a 1×1 readPixels.
 */
export function BenchDriver({ world, frames }: { world: HallWorld; frames: number }) {
  const gl = useThree((s) => s.gl);
  const { visitor, progress } = usePavilion();
  const scene = useThree((s) => s.scene);
  const path = useMemo(() => benchPath(world.layout, frames), [world, frames]);
  const i = useRef(-30); // let the first signs and posters settle before measuring
  const last = useRef({ renderMs: 0, frameStart: 0 });

  useEffect(() => {
    const record: BenchFrame[] = [];
    window.__bench = { frames: record, done: false, summary: () => summarize(scene) };
    const orig = gl.render.bind(gl);
    const ctx = gl.getContext();
    const px = new Uint8Array(4);
    gl.render = (s, c) => {
      const t0 = performance.now();
      orig(s, c);
      const t1 = performance.now();
      ctx.readPixels(0, 0, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, px);
      const t2 = performance.now();
      last.current.renderMs = t1 - t0;
      if (i.current >= 0 && i.current <= frames && window.__bench && !window.__bench.done)
        record.push({
          calls: gl.info.render.calls,
          triangles: gl.info.render.triangles,
          renderMs: t1 - t0,
          frameMs: t2 - t0,
          updateMs: t0 - last.current.frameStart,
          videos: liveVideos.size,
          models: hallModelsShown.size,
        });
    };
    return () => {
      gl.render = orig;
    };
  }, [gl, scene, frames]);

  useFrame(() => {
    // Runs first (priority -2): from here to render() is every other useFrame's work.
    last.current.frameStart = performance.now();
    if (!progress.shown) return; // nothing is drawn under the loading curtain
    const k = Math.max(0, Math.min(path.length - 1, i.current));
    const p = path[k]!;
    visitor.pos.x = p.pos.x;
    visitor.pos.z = p.pos.z;
    visitor.yaw = p.yaw;
    visitor.pitch = 0;
    visitor.path = [];
    i.current++;
    if (i.current > frames && window.__bench) window.__bench.done = true;
  }, -2);
  return null;
}
