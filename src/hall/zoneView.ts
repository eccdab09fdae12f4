import { yawTowards, type Vec2 } from './geometry';
import type { HallLayout } from './layoutTypes';

/** How far south of the stage's front edge a visitor stands to take in its screen. */
const STAGE_VIEW_DISTANCE = 12;
/** How far into a theme zone's first aisle from its sign a visitor stands. */
const ZONE_VIEW_STEP = 2.5;

/**
 * Where to stand to see a zone, and facing which way: the stage zone's forum from the plaza,
 * facing its screen; a theme zone at its sign, looking down its aisle. Null for an unknown zone.
 */
export function zoneViewpoint(layout: HallLayout, zoneId: string): { at: Vec2; yaw: number } | null {
  const zone = layout.zones.find((z) => z.id === zoneId);
  if (!zone) return null;
  if (zone.kind === 'stage' && layout.stage) {
    const s = layout.stage;
    const screen = { x: (s.x0 + s.x1) / 2, z: s.z0 };
    const at = { x: screen.x, z: s.z1 + STAGE_VIEW_DISTANCE };
    return { at, yaw: yawTowards(at, screen) };
  }
  const a = zone.area;
  const centre = { x: (a.x0 + a.x1) / 2, z: (a.z0 + a.z1) / 2 };
  const dx = centre.x - zone.sign.x;
  const dz = centre.z - zone.sign.z;
  const len = Math.hypot(dx, dz) || 1;
  const at = { x: zone.sign.x + (dx / len) * ZONE_VIEW_STEP, z: zone.sign.z + (dz / len) * ZONE_VIEW_STEP };
  return { at, yaw: yawTowards(at, centre) };
}
