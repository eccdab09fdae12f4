import { rect } from './geometry';
import { LAYOUT } from './hallDimensions';
import type { HallLayout } from './layoutTypes';

export type SpineAndPlaza = Pick<HallLayout, 'spine' | 'plaza' | 'bounds' | 'entrance' | 'welcomeGate' | 'posts'>;

/** z of the welcome gate: in the plaza, between where a visitor starts and the first blocks. */
const GATE_Z = 4;

/**
 * The walkable frame around the blocks: the spine from the hall's north end (`north`) down
 * through the entrance plaza (z 0 to plazaDepth), the gate across it, and the walls.
 */
export function layoutSpineAndPlaza(north: number, sideWall: number): SpineAndPlaza {
  const half = LAYOUT.spineWidth / 2;
  return {
    spine: rect(-half, north, half, LAYOUT.plazaDepth),
    plaza: rect(-sideWall, 0, sideWall, LAYOUT.plazaDepth),
    bounds: rect(-sideWall, north - 1, sideWall, LAYOUT.plazaDepth),
    entrance: { x: 0, z: LAYOUT.plazaDepth - 1.5, yaw: 0 },
    welcomeGate: { x: 0, z: GATE_Z, width: LAYOUT.spineWidth + 2 },
    posts: [-1, 1].map((s) => rect(s * (half + 1) - 0.3, GATE_Z - 0.3, s * (half + 1) + 0.3, GATE_Z + 0.3)),
  };
}
