import { Fragment, lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useAudioBoot } from '../../audio/useAudioBoot';
import { CanvasBoundary } from '../../boot/CanvasBoundary';
import { pageFlags } from '../../boot/flags';
import { useHallBoot } from '../../boot/useHallBoot';
import { usePageTitle } from '../../boot/usePageTitle';
import { useProgrammeBoot } from '../../boot/useProgrammeBoot';
import { useRouteSync } from '../../boot/useRouteSync';
import { useHeadsetSupport } from '../../boot/useHeadsetSupport';
import { useStore } from 'zustand';
import { usePavilion } from '../../context/usePavilion';
import { isTouchDevice, webglSupported } from '../../boot/webgl';
import { useHall } from '../../context/useHall';
import { useTour } from '../../context/useTour';
import { useView } from '../../context/useView';
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
import { ProgrammeSheets } from '../../ui/programme/ProgrammeSheets';
import { SceneCurtain } from '../../ui/SceneCurtain';
import { CanvasAlt } from '../../ui/CanvasAlt';
import { Suggest2d } from '../../ui/Suggest2d';

// The bench's driver (`?bench=walk`) and reference build (`?variant=ref`): their own chunks,
// fetched only when their flag asks, never part of a visitor's page.
const BenchDriver = lazy(() => import('../../benchDriver/BenchDriver').then((m) => ({ default: m.BenchDriver })));
const ReferenceBooths = lazy(() => import('../../reference/ReferenceBooths').then((m) => ({ default: m.ReferenceBooths })));
const BENCH_FRAMES = 150;
// A visit handed over by a kiosk's QR code (`#/visit/…`): only phones that scanned one fetch it.
const VisitFromKiosk = lazy(() => import('../../ui/VisitFromKiosk').then((m) => ({ default: m.VisitFromKiosk })));
// The 2D pavilion: fetched by the visitors who choose it or have no WebGL (its styles are in the
// page's sheet, so the HTML the build pre-renders reads well before any script).
const FlatPavilion = lazy(() => import('../../ui/flat/FlatPavilion').then((m) => ({ default: m.FlatPavilion })));

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
  // A kiosk is the hall on a big screen: it has no 2D view to switch to.
  const view = useView();
  const flat = !webgl || (view === '2d' && !forceTouch);
  useEffect(() => {
    document.body.dataset.view = flat ? '2d' : '3d';
  }, [flat]);
  // A kiosk is no headset's: it never asks.
  useHeadsetSupport(webgl && !flat && !forceTouch);
  const inHeadset = useStore(usePavilion().headset, (s) => s.status === 'presenting');
  useHallBoot();
  useProgrammeBoot(flat);
  useRouteSync();
  usePageTitle();
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
      {webgl && !flat && (
        <div className="stage">
          <CanvasAlt />
          <CanvasBoundary onFail={() => setWebgl(false)}>
            <PavilionCanvas
              loaded={ready?.loaded ?? null}
              world={ready?.world ?? null}
              headset={!forceTouch}
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
      )}
      {ready && flat ? (
        <Fragment key={session}>
          <Lazy>
            <FlatPavilion webgl={webgl} />
          </Lazy>
          {overlay >= 3 && <ProgrammeSheets webgl={false} />}
          {overlay >= 3 && visitFromKiosk && (
            <Lazy>
              <VisitFromKiosk webgl={false} />
            </Lazy>
          )}
        </Fragment>
      ) : ready ? (
        <>
          <SceneCurtain />
          <Fragment key={session}>
            {overlay >= 1 && <Hud touch={touch} />}
            {overlay >= 1 && <GuideBar />}
            {overlay >= 3 && !forceTouch && <Suggest2d />}
            {overlay >= 2 && <Minimap world={ready.world} booths={ready.loaded.booths} compact={touch} />}
            {overlay >= 2 && touch && <Joystick />}
            {overlay >= 3 && <LazyDirectory webgl />}
            {/* In a headset the booth's panel is a board in the world (scene/xr). */}
            {overlay >= 3 && !inHeadset && <LazyBoothPanel />}
            {overlay >= 3 && <ProgrammeSheets webgl />}
            {overlay >= 3 && visitFromKiosk && (
              <Lazy>
                <VisitFromKiosk webgl />
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
