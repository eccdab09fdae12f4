import { lazy, Suspense, useMemo, useRef, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Group, WebGLRenderer } from 'three';
import { pageFlags } from '../boot/flags';
import { PavilionContext } from '../context/PavilionContext';
import { useLang } from '../context/useLang';
import { usePavilion } from '../context/usePavilion';
import type { HallWorld } from '../hall/world';
import type { LoadedHall } from '../manifest';
import { createResolutionStore } from '../state/resolutionStore';
import { HallScene } from './HallScene';
import { AdaptiveResolution } from './renderer/AdaptiveResolution';
import { useGpuWarm } from './renderer/gpuWarmup';
import { prepareRenderer } from './renderer/prepareRenderer';
import { dprCeiling, startDpr } from './renderer/resolutionGovernor';
import { SceneCanvas } from './renderer/SceneCanvas';
import { ShaderWarmup } from './renderer/ShaderWarmup';
import { knownSoftwareGpu } from './renderer/softwareGpu';
import { useMountStages } from './renderer/useMountStages';

// The headset mode (WebXR and its input libraries): fetched only where the browser offers immersive VR.
const HallHeadset = lazy(() => import('./xr/HallHeadset').then((m) => ({ default: m.HallHeadset })));

interface Props {
  /** Null while the hall loads: the canvas is mounted anyway, so creating the WebGL context overlaps loading. */
  loaded: LoadedHall | null;
  world: HallWorld | null;
  /** Passed to HallScene: booths built another way (the bench's reference build). */
  booths?: ReactNode;
  /** Passed to HallScene: more inside the scene (the bench's driver). */
  extras?: ReactNode;
  /**
   * Whether this canvas publishes `window.__pavilion` and `<body data-first-frame>` (the page's
   * read-only window for tests and the bench): false for a preview beside another canvas.
   */
  probe?: boolean;
  /** Whether a VR headset may show this hall (the tour; never a preview or a kiosk). */
  headset?: boolean;
}

const BG = '#e9eff7';
const MAX_DPR = 1.75;
const CONFIG = {
  flat: true,
  camera: { fov: 62, near: 0.1, far: 200 },
  gl: { antialias: false, powerPreference: 'high-performance', preserveDrawingBuffer: false } as const,
  onCreated: ({ gl }: { gl: WebGLRenderer }) => {
    performance.mark('pavilion:context');
    prepareRenderer(gl);
  },
};

/** `?dpr=`, or where the resolution governor will start. */
function startingDpr(): number {
  return pageFlags.dpr ?? startDpr(dprCeiling(MAX_DPR, window.devicePixelRatio), knownSoftwareGpu() ?? false);
}

const IDLE = { ...CONFIG, frameloop: 'demand' as const };
const RUNNING = { ...CONFIG, frameloop: 'always' as const };

/** The 3D pavilion's canvas: light, fog and background, and the hall once it has loaded. */
export function PavilionCanvas({ loaded, world, booths, extras, probe = true, headset = false }: Props) {
  const lang = useLang();
  // The R3F root is a React tree of its own: the pavilion instance is handed over explicitly.
  const pavilion = usePavilion();
  const [resolution] = useState(createResolutionStore);
  // The context is made once the GPU is set up off this thread; the loading screen covers the wait.
  const warmed = useGpuWarm();
  // Made at the ratio the resolution governor will start at (the warm-up has told whether the GPU
  // is a software one), then kept at the one it chooses: never drawn at one size and resized.
  const start = useMemo(() => (warmed ? startingDpr() : 1), [warmed]);
  const governed = useStore(resolution, (s) => s.dpr);
  const headsetStatus = useStore(pavilion.headset, (s) => s.status);
  const hallRoot = useRef<Group>(null);
  const config = useMemo(() => ({ ...(world ? RUNNING : IDLE), dpr: governed ?? start }), [world, governed, start]);
  // The hall mounts a frame after the canvas: making the context (its first query waits for the
  // GPU process, busy while the page loads) and building a 1,000-booth scene were one task of up
  // to half a second.
  const canvasUp = useMountStages(warmed ? 1 : 0) >= 1;
  if (!warmed) return null;
  return (
    <SceneCanvas config={config} label={lang === 'zh' ? '3D 展馆' : '3D pavilion'}>
      <PavilionContext.Provider value={pavilion}>
        <color attach="background" args={[BG]} />
        <fog attach="fog" args={[BG, 55, 195]} />
        <hemisphereLight args={['#ffffff', '#cfd8e3', 2.4]} />
        <directionalLight position={[20, 40, 30]} intensity={1.1} />
        <ShaderWarmup active={!world} />
        {/* A headset sets its own resolution: the page's governor holds still meanwhile. */}
        <AdaptiveResolution
          maxDpr={MAX_DPR}
          pinned={headsetStatus === 'presenting' ? (governed ?? start) : pageFlags.dpr}
          resolution={resolution}
        />
        {loaded && world && canvasUp && (
          // A hall of another URL is a new scene (a preview's next revision), never patched in place.
          <group ref={hallRoot}>
            <HallScene key={loaded.hall.url} loaded={loaded} world={world} booths={booths} probe={probe}>
              {extras}
            </HallScene>
          </group>
        )}
        {loaded && world && canvasUp && headset && headsetStatus !== 'unsupported' && (
          <Suspense fallback={null}>
            <HallHeadset key={loaded.hall.url} world={world} booths={loaded.booths} hall={hallRoot} />
          </Suspense>
        )}
      </PavilionContext.Provider>
    </SceneCanvas>
  );
}
