import type { ZoneArea } from '../../hall/layout';

/** Where a zone's board hangs: over the cross aisle where the zone starts, or above the stage. */
export function zoneSignPlacement(area: ZoneArea): { x: number; y: number; z: number; size: [number, number] } {
  const stage = area.side === 0;
  return {
    // Out over the cross aisle, far enough that from the entrance the first two boards' inner
    // ends clear the welcome gate's posts; never past the zone's outer edge (a small hall).
    x: stage
      ? 0
      : area.side * Math.min(Math.abs(area.sign.x) + 5.1, Math.max(Math.abs(area.area.x0), Math.abs(area.area.x1)) - 3.4),
    y: stage ? 7.6 : 4.6,
    z: stage ? area.sign.z : area.area.z1 + 1.5,
    size: stage ? [9, 2.8] : [6.4, 2],
  };
}
