import type { Vec2 } from '../hall/geometry';
import type { HallLayout } from '../hall/layout';

/**
 * The bench's fixed walk: from the entrance up the spine to the stage, looking left and
 * right into the streets. Indexed by frame, not time, so every run sees the same views.
 */
export function benchPath(layout: HallLayout, frames: number): { pos: Vec2; yaw: number }[] {
  const z0 = layout.entrance.z;
  const z1 = layout.spine.z0 + 8;
  const out: { pos: Vec2; yaw: number }[] = [];
  for (let i = 0; i < frames; i++) {
    const t = frames === 1 ? 0 : i / (frames - 1);
    // Sway the gaze ±60° three times along the way, so side streets come into view.
    out.push({ pos: { x: 0, z: z0 + (z1 - z0) * t }, yaw: Math.sin(t * Math.PI * 6) * (Math.PI / 3) });
  }
  return out;
}
