import { lazy, useCallback, useLayoutEffect } from 'react';
import { BenchDriver } from '../benchDriver/BenchDriver';
import type { HallWorld } from '../hall/world';
import type { LoadedHall } from '../manifest';
import { useLangStore } from '../state/langStore';
import { walkTo, walkToBooth } from '../state/navigation';
import { useTourStore } from '../state/tourStore';
import { BoothBodies } from './booth/BoothBodies';
import { BoothPosters } from './booth/BoothPosters';
import { BoothSigns } from './booth/BoothSigns';
import { AwakeVideos } from './booth/AwakeVideos';
import { AudioListenerSync } from './controls/AudioListenerSync';
import { ProximityTracker } from './controls/ProximityTracker';
import { VisitorRig } from './controls/VisitorRig';
import { FrameProbe } from './renderer/FrameProbe';
import { RenderGate } from './renderer/RenderGate';
import { resetSceneProgress } from '../state/sceneProgress';
import { useMountStages } from './renderer/useMountStages';
import { HallFloor } from './shell/HallFloor';
import { Stage } from './shell/Stage';
import { WelcomeGate } from './shell/WelcomeGate';
import { ZoneSigns } from './shell/ZoneSigns';
import { ZoneSignCables } from './shell/ZoneSignCables';

interface Props {
  loaded: LoadedHall;
  world: HallWorld;
}

// `?bench=walk` drives a fixed camera path for `npm run bench`; never set for visitors.
const BENCH_FRAMES = new URLSearchParams(location.search).get('bench') === 'walk' ? 150 : 0;
// `?variant=ref` swaps our booths for the naive per-booth-mesh reference (src/reference), only so
// `npm run bench` can compare the two; never set for visitors. Lazy: its own chunk, not in ours.
const REFERENCE = new URLSearchParams(location.search).get('variant') === 'ref';
const ReferenceBooths = lazy(() => import('../reference/ReferenceBooths').then((m) => ({ default: m.ReferenceBooths })));

/** One loaded hall in 3D: its shell, every booth (instanced), the visitor's eyes and proximity. */
export function HallScene({ loaded, world }: Props) {
  const lang = useLangStore((s) => s.lang);
  const { layout } = world;
  const { booths, hall } = loaded;

  const walkToPlacement = useCallback((k: number) => walkToBooth(layout.booths[k]!.id), [layout]);
  const openPlacement = useCallback((k: number) => useTourStore.getState().openBooth(layout.booths[k]!.id), [layout]);
  const onBodyClick = useCallback(
    (k: number, opens: boolean) => (opens ? openPlacement(k) : walkToPlacement(k)),
    [openPlacement, walkToPlacement],
  );
  useLayoutEffect(() => {
    resetSceneProgress();
    performance.mark('pavilion:scene-built');
  }, []);
  // The shell first, then the booths' bodies, then their signs and posters (atlases), a frame apart.
  const stage = useMountStages(2);

  return (
    <>
      <HallFloor layout={layout} onFloorClick={(x, z) => walkTo({ x, z })} />
      {REFERENCE ? (
        <ReferenceBooths placements={layout.booths} booths={booths} lang={lang} />
      ) : (
        <>
          {stage >= 1 && <BoothBodies placements={layout.booths} booths={booths} onBoothClick={onBodyClick} />}
          {stage >= 2 && <BoothSigns world={world} booths={booths} lang={lang} onBoothClick={walkToPlacement} />}
          {stage >= 2 && <BoothPosters world={world} booths={booths} lang={lang} onBoothClick={openPlacement} />}
          <AwakeVideos layout={layout} booths={booths} />
        </>
      )}
      <ZoneSigns areas={layout.zones} zones={hall.zones} lang={lang} />
      <ZoneSignCables zones={layout.zones} />
      <WelcomeGate layout={layout} hall={hall} lang={lang} />
      {layout.stage && <Stage stage={layout.stage} hall={hall} zone={hall.zones.find((z) => z.kind === 'stage')} lang={lang} />}
      <VisitorRig world={world} />
      {BENCH_FRAMES > 0 && <BenchDriver world={world} frames={BENCH_FRAMES} />}
      <ProximityTracker world={world} booths={booths} />
      <AudioListenerSync />
      <FrameProbe />
      <RenderGate />
    </>
  );
}
