import type { ZoneArea } from '../../hall/layout';

/** Where a zone's board hangs: over the cross aisle where the zone starts, or above the stage. */
export function zoneSignPlacement(area: ZoneArea): { x: number; y: number; z: number; size: [number, number] } {
  const stage = area.side === 0;
  return {
    x: stage ? 0 : area.sign.x + area.side * 3.4,
    y: stage ? 7.6 : 4.6,
    z: stage ? area.sign.z : area.area.z1 + 1.5,
    size: stage ? [9, 2.8] : [6.4, 2],
  };
}
