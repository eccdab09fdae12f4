import { useMemo, useState } from 'react';
import { useAudioBoot } from './media/useAudioBoot';
import { PavilionCanvas } from './scene/PavilionCanvas';
import { useHallStore } from './state/hallStore';
import { CanvasBoundary } from './ui/CanvasBoundary';
import { Directory } from './ui/Directory';
import { HallError } from './ui/HallError';
import { LazyBoothPanel } from './ui/LazyBoothPanel';
import { Hud } from './ui/Hud';
import { Joystick } from './ui/Joystick';
import { LoadingScreen } from './ui/LoadingScreen';
import { Minimap } from './ui/Minimap';
import { NoWebGL } from './ui/NoWebGL';
import { SceneCurtain } from './ui/SceneCurtain';
import { useHallBoot } from './ui/useHallBoot';
import { useRouteSync } from './ui/useRouteSync';
import { isTouchDevice, webglSupported } from './ui/webgl';

/** Assembles the pavilion: the 3D hall and the 2D overlay on one loaded hall. */
export function App() {
  const status = useHallStore((s) => s.status);
  const loaded = useHallStore((s) => s.loaded);
  const world = useHallStore((s) => s.world);
  const [webgl, setWebgl] = useState(webglSupported);
  const touch = useMemo(isTouchDevice, []);
  useHallBoot();
  useRouteSync();
  useAudioBoot();

  if (status === 'error') return <HallError />;
  const ready = status === 'ready' && loaded && world ? { loaded, world } : null;
  return (
    <>
      {/* Mounted while the hall loads: the WebGL context is made meanwhile, not after. */}
      {webgl ? (
        <div className="stage">
          <CanvasBoundary onFail={() => setWebgl(false)}>
            <PavilionCanvas loaded={ready?.loaded ?? null} world={ready?.world ?? null} />
          </CanvasBoundary>
        </div>
      ) : (
        ready && <NoWebGL />
      )}
      {ready ? (
        <>
          <Hud touch={touch} walkable={webgl} />
          {webgl && <Minimap world={ready.world} booths={ready.loaded.booths} compact={touch} />}
          {webgl && touch && <Joystick />}
          <Directory webgl={webgl} />
          <LazyBoothPanel />
          {webgl && <SceneCurtain />}
        </>
      ) : (
        <LoadingScreen />
      )}
    </>
  );
}
