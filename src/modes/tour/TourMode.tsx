import { Fragment, lazy, Suspense, useState, type ReactNode } from 'react';
import { useAudioBoot } from '../../audio/useAudioBoot';
import { CanvasBoundary } from '../../boot/CanvasBoundary';
import { pageFlags } from '../../boot/flags';
import { useHallBoot } from '../../boot/useHallBoot';
import { useProgrammeBoot } from '../../boot/useProgrammeBoot';
import { useRouteSync } from '../../boot/useRouteSync';
import { isTouchDevice, webglSupported } from '../../boot/webgl';
import { useHall } from '../../context/useHall';
import { useTour } from '../../context/useTour';
import { PavilionCanvas } from '../../scene/PavilionCanvas';
import { useMountStages } from '../../scene/renderer/useMountStages';
import { LazyDirectory } from '../../ui/LazyDirectory';
import { GuideBar } from '../../ui/GuideBar';
import { HallError } from '../../ui/HallError';
import { Hud } from '../../ui/Hud';
import { Joystick } from '../../ui/Joystick';
import { LazyBoothPanel } from '../../ui/LazyBoothPanel';
import { LoadingScreen } from '../../ui/LoadingScreen';
import { Minimap } from '../../ui/Minimap';
import { NoWebGL } from '../../ui/NoWebGL';
import { ProgrammeSheets } from '../../ui/programme/ProgrammeSheets';
import { SceneCurtain } from '../../ui/SceneCurtain';

// The bench's driver (`?bench=walk`) and reference build (`?variant=ref`): their own chunks,
// fetched only when their flag asks, never part of a visitor's page.
const BenchDriver = lazy(() => import('../../benchDriver/BenchDriver').then((m) => ({ default: m.BenchDriver })));
const ReferenceBooths = lazy(() => import('../../reference/ReferenceBooths').then((m) => ({ default: m.ReferenceBooths })));
const BENCH_FRAMES = 150;
// A visit handed over by a kiosk's QR code (`#/visit/…`): only phones that scanned one fetch it.
const VisitFromKiosk = lazy(() => import('../../ui/VisitFromKiosk').then((m) => ({ default: m.VisitFromKiosk })));

/** A lazy part of the scene waits alone: the rest of the hall is not held back by its chunk. */
const Lazy = ({ children }: { children: ReactNode }) => <Suspense fallback={null}>{children}</Suspense>;

interface TourModeProps {
  /** Touch-first controls (the joystick, compact map) whatever the pointer: a kiosk. */
  touch?: boolean;
  /** A new value remounts the 2D overlay: every dialog, search and scroll of the last visitor gone. */
  session?: number;
  /** A mode's own overlay parts (the kiosk's attract call and idle prompt), above the tour's. */
  children?: ReactNode;
}

/** The tour: the 3D hall and the 2D overlay on the pavilion's one loaded hall. */
export function TourMode({ touch: forceTouch = false, session = 0, children }: TourModeProps) {
  const status = useHall((s) => s.status);
  const loaded = useHall((s) => s.loaded);
  const world = useHall((s) => s.world);
  const [webgl, setWebgl] = useState(webglSupported);
  const [touch] = useState(() => forceTouch || isTouchDevice());
  const visitFromKiosk = useTour((s) => s.visitFromKiosk !== null);
  useHallBoot();
  useProgrammeBoot();
  useRouteSync();
  useAudioBoot();

  // The overlay mounts under the loading curtain a part a frame (HUD, then map, then directory
  // and panel): appearing at once, with the hall's first scene, its rasterization held a software
  // GPU's frame for up to a third of a second.
  const overlay = useMountStages(status === 'ready' ? 3 : 0);
  if (status === 'error') return <HallError />;
  const ready = status === 'ready' && loaded && world ? { loaded, world } : null;
  return (
    <>
      {/* Mounted while the hall loads: the WebGL context is made meanwhile, not after. */}
      {webgl ? (
        <div className="stage">
          <CanvasBoundary onFail={() => setWebgl(false)}>
            <PavilionCanvas
              loaded={ready?.loaded ?? null}
              world={ready?.world ?? null}
              booths={
                ready && pageFlags.reference ? (
                  <Lazy>
                    <ReferenceBooths placements={ready.world.layout.booths} booths={ready.loaded.booths} />
                  </Lazy>
                ) : undefined
              }
              extras={
                ready && pageFlags.benchWalk ? (
                  <Lazy>
                    <BenchDriver world={ready.world} frames={BENCH_FRAMES} />
                  </Lazy>
                ) : undefined
              }
            />
          </CanvasBoundary>
        </div>
      ) : (
        ready && <NoWebGL />
      )}
      {ready ? (
        <>
          {webgl && <SceneCurtain />}
          <Fragment key={session}>
            {overlay >= 1 && <Hud touch={touch} walkable={webgl} />}
            {overlay >= 1 && webgl && <GuideBar />}
            {overlay >= 2 && webgl && <Minimap world={ready.world} booths={ready.loaded.booths} compact={touch} />}
            {overlay >= 2 && webgl && touch && <Joystick />}
            {overlay >= 3 && <LazyDirectory webgl={webgl} />}
            {overlay >= 3 && <LazyBoothPanel />}
            {overlay >= 3 && <ProgrammeSheets webgl={webgl} />}
            {overlay >= 3 && visitFromKiosk && (
              <Lazy>
                <VisitFromKiosk webgl={webgl} />
              </Lazy>
            )}
            {overlay >= 3 && children}
          </Fragment>
        </>
      ) : (
        <LoadingScreen />
      )}
    </>
  );
}
