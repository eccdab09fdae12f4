import { tourRoute } from '../hall/tourRoute';
import { todayIn } from '../programme/clock';
import type { Pavilion } from './pavilion';

/**
 * Starts the guided tour of the pavilion's loaded hall (see tourRoute for the route; today is the
 * pavilion's clock's date in the hall); false, and nothing started, when the hall is not loaded
 * or has no stop to show.
 */
export function startGuide(pavilion: Pavilion, opts: { loop: boolean; voice: boolean }): boolean {
  const { loaded, world } = pavilion.hall.getState();
  if (!loaded || !world) return false;
  const stops = tourRoute({
    hall: loaded.hall,
    booths: loaded.booths,
    fronts: world.layout.byId,
    entrance: world.layout.entrance,
    today: todayIn(loaded.hall.timeZone, new Date(pavilion.clock())),
  });
  if (!stops.length) return false;
  pavilion.guide.getState().start({ stops, loop: opts.loop, voice: opts.voice });
  return true;
}
