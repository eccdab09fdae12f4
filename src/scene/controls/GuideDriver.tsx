import { useFrame } from '@react-three/fiber';
import { useEffect, useRef, useState } from 'react';
import { audioStore, langStore, motionStore } from '../../context/pageStores';
import { usePavilion } from '../../context/usePavilion';
import type { Vec2 } from '../../hall/geometry';
import type { HallWorld } from '../../hall/world';
import type { Booth } from '../../manifest';
import { pageFlags } from '../../boot/flags';
import { createGuideVoice, guideAudioUrl } from './guideVoice';

/** Seconds at a stop without an audio guide: long enough to read the caption and look. */
export const GUIDE_DWELL = 8;
/** The longest a stop's audio guide holds the tour there. */
export const GUIDE_AUDIO_CAP = 45;
/** A stalled tab's first frame back must not count as a whole dwell. */
const MAX_FRAME_DT = 0.1;

/**
 * Walks the visitor along the guided tour (the pavilion's guide store): to each stop by the
 * eased automatic walk, a dwell there (or the stop's audio guide), then on. Any walking, turning
 * or looking by the visitor, or a walk they start elsewhere, ends the tour; an open booth panel
 * pauses it until the panel closes.
 */
export function GuideDriver({ world, booths }: { world: HallWorld; booths: readonly Booth[] }) {
  const { guide, nav, visitor, tour } = usePavilion();
  const run = useRef({ leg: -1, path: null as Vec2[] | null, dwell: 0, dwellFor: GUIDE_DWELL, dwellLeg: -1 });
  const [voice] = useState(createGuideVoice);

  useEffect(() => {
    const r = run.current;
    // A panel opened over the tour holds it (and its voice); closing it carries on.
    const offTour = tour.subscribe((s, p) => {
      if (s.openBoothId === p.openBoothId) return;
      const g = guide.getState();
      if (s.openBoothId) g.pause('panel');
      else if (g.status === 'paused' && g.paused?.by === 'panel') g.resume();
    });
    const offGuide = guide.subscribe((s, p) => {
      if (s.status === 'off' || s.leg !== p.leg) voice.stop();
      if (s.status === 'off' && p.status !== 'off') {
        if (r.path && visitor.path === r.path) nav.stopWalking();
        r.path = null;
      }
      if (s.status === 'paused' && p.status !== 'paused') {
        voice.pause();
        // Stand still while paused; resuming sets off again along a fresh path.
        if (r.path && visitor.path === r.path) nav.stopWalking();
        r.leg = -1;
      }
      if (p.status === 'paused' && s.status === 'dwelling' && !voice.resume() && r.dwellFor > GUIDE_DWELL)
        r.dwellFor = Math.max(GUIDE_DWELL, r.dwell);
    });
    return () => {
      offTour();
      offGuide();
      voice.stop();
      r.leg = -1; // a remounted canvas sets off again for the current stop
    };
  }, [guide, tour, nav, visitor, voice]);

  useFrame((_, dtIn) => {
    const g = guide.getState();
    const r = run.current;
    if (g.status === 'off') return;
    const manual = visitor.move.forward !== 0 || visitor.move.right !== 0 || visitor.turn !== 0;
    const looked = visitor.look.yaw !== 0 || visitor.look.pitch !== 0;
    const walkedElsewhere = visitor.path.length > 0 && visitor.path !== r.path;
    if (manual || looked || walkedElsewhere) {
      g.stop();
      return;
    }
    const stop = g.stops[g.index];
    if (!stop || g.status === 'paused') return;
    if (g.status === 'travelling') {
      if (r.leg !== g.leg) {
        r.leg = g.leg;
        if (!nav.walkToBooth(stop.boothId)) {
          r.path = null;
          g.unreachable();
          return;
        }
        r.path = visitor.path;
        return;
      }
      if (visitor.path.length > 0 || visitor.arriveYaw !== null) return;
      r.dwell = 0;
      r.dwellFor = GUIDE_DWELL;
      r.dwellLeg = g.leg;
      g.arrived();
      const booth = booths.find((b) => b.id === stop.boothId);
      const url = booth && guideAudioUrl(booth, langStore.getState().lang);
      const sound = audioStore.getState();
      const place = world.layout.byId.get(stop.boothId);
      if (g.voice && url && place && sound.unlocked && !sound.muted) {
        r.dwellFor = GUIDE_AUDIO_CAP;
        const leg = g.leg;
        voice.play(stop.boothId, url, { x: place.x, z: place.z }, (failed) => {
          if (run.current.dwellLeg !== leg) return;
          // Finished: the stop is over now (but not sooner than a glance); failed: an ordinary dwell.
          run.current.dwellFor = failed ? GUIDE_DWELL : Math.min(run.current.dwellFor, Math.max(run.current.dwell, 2));
        });
      }
      return;
    }
    r.dwell += Math.min(Math.max(dtIn, 0), MAX_FRAME_DT);
    // Reduced motion: the tour moves on only when asked (GuideBar's "next").
    if (r.dwell >= r.dwellFor && !(motionStore.getState().reduced && pageFlags.kiosk === null)) g.dwellDone();
    // Before the rig's step (-1), which consumes the frame's look input.
  }, -2);
  return null;
}
