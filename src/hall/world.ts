import { RectIndex } from './collision';
import { layoutHall, type HallLayout } from './layout';
import { buildWalkGrid, obstacles, type WalkGrid } from './walkGrid';
import type { Booth, Hall } from '../manifest';

/** Everything about the floor plan that is computed once per hall and read every frame. */
export interface HallWorld {
  layout: HallLayout;
  grid: WalkGrid;
  obstacles: RectIndex;
  /** Booth placements' index by booth index, for instanced meshes. */
  boothIndex: RectIndex;
}

export function buildWorld(hall: Hall, booths: readonly Booth[]): HallWorld {
  const layout = layoutHall({
    zones: hall.zones.map((z) => ({ id: z.id, kind: z.kind, color: z.color, booths: z.booths })),
    booths: booths.map((b) => ({ id: b.id, size: b.size })),
  });
  return {
    layout,
    grid: buildWalkGrid(layout),
    obstacles: new RectIndex(obstacles(layout)),
    boothIndex: new RectIndex(layout.booths.map((b) => b.footprint)),
  };
}
