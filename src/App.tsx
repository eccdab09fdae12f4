import { useMemo, useState } from 'react';
import { useAudioBoot } from './audio/useAudioBoot';
import { PavilionCanvas } from './scene/PavilionCanvas';
import { useMountStages } from './scene/renderer/useMountStages';
import { useHallStore } from './state/hallStore';
import { CanvasBoundary } from './boot/CanvasBoundary';
import { Directory } from './ui/Directory';
import { HallError } from './ui/HallError';
import { LazyBoothPanel } from './ui/LazyBoothPanel';
import { Hud } from './ui/Hud';
import { Joystick } from './ui/Joystick';
import { LoadingScreen } from './ui/LoadingScreen';
import { Minimap } from './ui/Minimap';
import { NoWebGL } from './ui/NoWebGL';
import { SceneCurtain } from './ui/SceneCurtain';
import { useHallBoot } from './boot/useHallBoot';
import { useRouteSync } from './boot/useRouteSync';
import { isTouchDevice, webglSupported } from './boot/webgl';

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
            <PavilionCanvas loaded={ready?.loaded ?? null} world={ready?.world ?? null} />
          </CanvasBoundary>
        </div>
      ) : (
        ready && <NoWebGL />
      )}
      {ready ? (
        <>
          {webgl && <SceneCurtain />}
          {overlay >= 1 && <Hud touch={touch} walkable={webgl} />}
          {overlay >= 2 && webgl && <Minimap world={ready.world} booths={ready.loaded.booths} compact={touch} />}
          {overlay >= 2 && webgl && touch && <Joystick />}
          {overlay >= 3 && <Directory webgl={webgl} />}
          {overlay >= 3 && <LazyBoothPanel />}
        </>
      ) : (
        <LoadingScreen />
      )}
    </>
  );
}
