import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { closestBooths, nearestBooth } from '../../hall/nearest';
import { wakeOrder } from '../../hall/wakeOrder';
import type { HallWorld } from '../../hall/world';
import type { Booth } from '../../manifest';
import { MAX_LIVE_VIDEOS } from '../video/liveVideos';
import { usePavilion } from '../../context/usePavilion';

const INTERVAL = 0.2;
/** Booths closer than this may wake and play their video. */
export const WAKE_RADIUS = 11;

/**
 * A few times a second (never per frame): which booth the visitor is at, which booths are
 * awake (a newcomer a tick: wakeOrder), and whether an automatic walk has arrived at a booth whose panel should open.
 */
export function ProximityTracker({ world, booths }: { world: HallWorld; booths: readonly Booth[] }) {
  const { visitor, tour: tourStore } = usePavilion();
  const t = useRef(0);
  useFrame((_, dt) => {
    t.current += dt;
    if (t.current < INTERVAL) return;
    t.current = 0;
    const placements = world.layout.booths;
    const tour = tourStore.getState();
    tour.setNearest(nearestBooth(visitor.pos, placements, world.boothIndex, 7, visitor.yaw)?.id ?? null);
    const wanted = closestBooths(visitor.pos, placements, world.boothIndex, 12, WAKE_RADIUS)
      .map((k) => placements[k]!)
      .filter((p) => booths[p.index]!.media.some((m) => m.type === 'video'))
      .slice(0, MAX_LIVE_VIDEOS)
      .map((p) => p.id);
    tour.setAwake(wakeOrder(tour.awakeBoothIds, wanted));
    if (tour.pendingOpenId && visitor.path.length === 0 && visitor.arriveYaw === null) {
      tour.openBooth(tour.pendingOpenId);
      tour.setPendingOpen(null);
    }
  });
  return null;
}
