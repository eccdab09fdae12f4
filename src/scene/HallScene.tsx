import { useCallback, useLayoutEffect, type ReactNode } from 'react';
import { useLang } from '../context/useLang';
import { usePavilion } from '../context/usePavilion';
import type { HallWorld } from '../hall/world';
import type { LoadedHall } from '../manifest';
import { resetSceneProgress } from '../state/sceneProgress';
import { AwakeVideos } from './booth/AwakeVideos';
import { HallModels } from './booth/HallModels';
import { BoothBodies } from './booth/BoothBodies';
import { BoothPosters } from './booth/BoothPosters';
import { BoothSigns } from './booth/BoothSigns';
import { AudioListenerSync } from './controls/AudioListenerSync';
import { GuideDriver } from './controls/GuideDriver';
import { ProximityTracker } from './controls/ProximityTracker';
import { VisitorRig } from './controls/VisitorRig';
import { FrameProbe } from './renderer/FrameProbe';
import { RenderGate } from './renderer/RenderGate';
import { useMountStages } from './renderer/useMountStages';
import { HallFloor } from './shell/HallFloor';
import { Stage } from './shell/Stage';
import { WelcomeGate } from './shell/WelcomeGate';
import { ZoneSignCables } from './shell/ZoneSignCables';
import { ZoneSigns } from './shell/ZoneSigns';

/** How near a booth the visitor stands (metres from its footprint) for a selection in a headset to open it: where a walk to it ends, and a step more. */
const HEADSET_AT_BOOTH = 5;

interface Props {
  loaded: LoadedHall;
  world: HallWorld;
  /** Booths built another way instead of ours (the bench's reference build). */
  booths?: ReactNode;
  /** More inside the scene (the bench's driver), mounted beside the visitor's rig. */
  children?: ReactNode;
  /** Publishes `window.__pavilion` (FrameProbe); off for a preview beside another canvas. */
  probe?: boolean;
}

/** One loaded hall in 3D: its shell, every booth (baked and atlased), the visitor's eyes and proximity. */
export function HallScene({ loaded, world, booths: otherBooths, children, probe = true }: Props) {
  const lang = useLang();
  const { nav, tour, progress, headset, visitor } = usePavilion();
  const { layout } = world;
  const { booths, hall } = loaded;

  const walkToPlacement = useCallback((k: number) => nav.walkToBooth(layout.booths[k]!.id), [layout, nav]);
  /**
   * A booth's part selected: on the page, the parts that open (counter, posters) open it and the
   * rest walk there. In a headset a ray selects from afar, so the first selection takes the
   * visitor to the booth and the next, standing at it, opens it, whatever part the ray met.
   */
  const selectPlacement = useCallback(
    (k: number, opens: boolean) => {
      const b = layout.booths[k]!;
      const open = () => tour.getState().openBooth(b.id);
      if (headset.getState().status !== 'presenting') return opens ? open() : walkToPlacement(k);
      const { x0, x1, z0, z1 } = b.footprint;
      const { x, z } = visitor.pos;
      const away = Math.hypot(Math.max(x0 - x, 0, x - x1), Math.max(z0 - z, 0, z - z1));
      return away < HEADSET_AT_BOOTH ? open() : walkToPlacement(k);
    },
    [layout, tour, headset, visitor, walkToPlacement],
  );
  const openPlacement = useCallback((k: number) => selectPlacement(k, true), [selectPlacement]);
  const signPlacement = useCallback((k: number) => selectPlacement(k, false), [selectPlacement]);
  useLayoutEffect(() => {
    resetSceneProgress(progress);
    performance.mark('pavilion:scene-built');
  }, [progress]);
  // The shell first, then the booths' bodies, then their signs and posters (atlases), a frame apart.
  const stage = useMountStages(2);

  return (
    <>
      <HallFloor layout={layout} onFloorClick={(x, z) => nav.walkTo({ x, z })} />
      {otherBooths ?? (
        <>
          {stage >= 1 && <BoothBodies placements={layout.booths} booths={booths} onBoothClick={selectPlacement} />}
          {stage >= 2 && <BoothSigns world={world} booths={booths} lang={lang} onBoothClick={signPlacement} />}
          {stage >= 2 && <BoothPosters world={world} booths={booths} lang={lang} onBoothClick={openPlacement} />}
          <AwakeVideos layout={layout} booths={booths} />
          <HallModels world={world} booths={booths} />
        </>
      )}
      <ZoneSigns areas={layout.zones} zones={hall.zones} lang={lang} />
      <ZoneSignCables zones={layout.zones} />
      <WelcomeGate layout={layout} hall={hall} lang={lang} />
      {layout.stage && <Stage stage={layout.stage} hall={hall} zone={hall.zones.find((z) => z.kind === 'stage')} lang={lang} />}
      <VisitorRig world={world} />
      <GuideDriver world={world} booths={booths} />
      {children}
      <ProximityTracker world={world} booths={booths} />
      <AudioListenerSync />
      {probe && <FrameProbe />}
      <RenderGate />
    </>
  );
}
