import { useFrame, useThree } from '@react-three/fiber';
import { useXRStore } from '@react-three/xr';
import { useEffect, useMemo } from 'react';
import { Matrix4, Vector3 } from 'three';
import { usePavilion } from '../../context/usePavilion';
import type { HallWorld } from '../../hall/world';
import type { HeadsetProbe as Probe } from '../renderer/FrameProbe';
import { headsetHovered, headsetTargets } from './headsetTargets';

const FRAMES_KEPT = 600;
/** Booths listed as targets within this distance of the visitor. */
const BOOTH_REACH = 30;

function keep(list: number[], ms: number): void {
  list.push(ms);
  if (list.length > FRAMES_KEPT) list.shift();
}

/** Publishes `window.__pavilion.headset` (see FrameProbe): what tests aim at, the session's frame times. */
export function HeadsetProbe({ world }: { world: HallWorld }) {
  const xr = useXRStore();
  const { visitor } = usePavilion();
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const frames = useMemo(() => ({ ms: [] as number[], work: [] as number[], last: 0, start: 0 }), []);

  useEffect(() => {
    const toRoom = new Matrix4();
    const v = new Vector3();
    const local = (x: number, y: number, z: number): [number, number, number] => {
      // The XR camera's parent is the origin: hall → origin space is the inverse of its world matrix.
      const origin = gl.xr.getCamera().parent;
      toRoom.copy(origin?.matrixWorld ?? new Matrix4()).invert();
      v.set(x, y, z).applyMatrix4(toRoom);
      return [v.x, v.y, v.z];
    };
    const probe: Probe = {
      presenting: () => xr.getState().session != null,
      targets: () => {
        const out: Record<string, [number, number, number]> = {};
        for (const [name, object] of headsetTargets) {
          object.getWorldPosition(v);
          out[name] = local(v.x, v.y, v.z);
        }
        for (const b of world.layout.booths) {
          if (Math.hypot(b.x - visitor.pos.x, b.z - visitor.pos.z) > BOOTH_REACH) continue;
          // The middle of the booth's back wall, at chest height: seen over the counter.
          out[`booth:${b.id}`] = local(b.x - b.normal.x * (b.d / 2 - 0.3), 1.7, b.z - b.normal.z * (b.d / 2 - 0.3));
        }
        return out;
      },
      hovered: () => [...headsetHovered],
      hands: () => xr.getState().inputSourceStates.filter((s) => s.type === 'hand').length,
      frameMs: () => [...frames.ms],
      workMs: () => [...frames.work],
    };
    const page = window.__pavilion;
    if (page) page.headset = probe;
    return () => {
      if (page?.headset === probe) delete page.headset;
    };
  }, [xr, gl, world, visitor, frames]);

  // The frame's work ends when the scene has been drawn (for both eyes: one render call).
  useEffect(() => {
    const before = scene.onAfterRender;
    scene.onAfterRender = (...args) => {
      before.apply(scene, args);
      if (frames.start === 0) return;
      keep(frames.work, performance.now() - frames.start);
      frames.start = 0;
    };
    return () => {
      scene.onAfterRender = before;
    };
  }, [scene, frames]);

  // First of the frame's updates (priorities run in ascending order; negative ones leave
  // rendering to R3F).
  useFrame(() => {
    const now = performance.now();
    if (xr.getState().session == null) {
      frames.last = 0;
      frames.start = 0;
      return;
    }
    if (frames.last > 0) keep(frames.ms, now - frames.last);
    frames.last = now;
    frames.start = now;
  }, -1000);
  return null;
}
