import { Bounds, OrbitControls, useBounds } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useImperativeHandle, useLayoutEffect, type Ref } from 'react';
import { PMREMGenerator, type Scene, type WebGLRenderer } from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import { useModel } from '../../boot/useModel';

/** What the viewer's buttons and keys do to the model's view. */
export interface ModelViewApi {
  turn: (azimuth: number, polar: number) => void;
  zoom: (factor: number) => void;
  reset: () => void;
}

interface Controls {
  getAzimuthalAngle(): number;
  getPolarAngle(): number;
  setAzimuthalAngle(a: number): void;
  setPolarAngle(a: number): void;
  dollyIn(scale: number): void;
  dollyOut(scale: number): void;
  update(): void;
}

/**
 * Lighting made on the GPU from three's RoomEnvironment: PBR materials read well without an HDR
 * file (drei's <Environment> presets fetch theirs from a CDN: never).
 */
function StudioLight() {
  const get = useThree((s) => s.get);
  useLayoutEffect(() => {
    const { gl, scene } = get() as { gl: WebGLRenderer; scene: Scene };
    const pmrem = new PMREMGenerator(gl);
    const env = pmrem.fromScene(new RoomEnvironment(), 0.04).texture;
    scene.environment = env;
    // Softer than the room's full light: white plastic stays white, not blown out.
    scene.environmentIntensity = 0.55;
    pmrem.dispose();
    return () => {
      scene.environment = null;
      env.dispose();
    };
  }, [get]);
  return null;
}

function Model({ url, scale, onLoaded }: { url: string; scale: number; onLoaded: () => void }) {
  const scene = useModel(url);
  useEffect(onLoaded, [scene, onLoaded]);
  return <primitive object={scene} scale={scale} />;
}

/** Connects the viewer's buttons to the controls and the framing (inside Bounds, which fits the model to the view). */
function ViewApi({ api }: { api: Ref<ModelViewApi> }) {
  const bounds = useBounds();
  const controls = useThree((s) => s.controls) as unknown as Controls | null;
  const invalidate = useThree((s) => s.invalidate);
  useImperativeHandle(
    api,
    () => ({
      turn: (a, p) => {
        if (!controls) return;
        controls.setAzimuthalAngle(controls.getAzimuthalAngle() + a);
        controls.setPolarAngle(controls.getPolarAngle() + p);
        controls.update();
        invalidate();
      },
      zoom: (f) => {
        if (!controls) return;
        // As the panorama's: below 1 comes closer.
        if (f < 1) controls.dollyIn(1 / f);
        else controls.dollyOut(f);
        controls.update();
        invalidate();
      },
      reset: () => {
        bounds.refresh().clip().fit();
        invalidate();
      },
    }),
    [bounds, controls, invalidate],
  );
  return null;
}

/**
 * A model to turn and zoom: fitted to the view once loaded, lit like a studio, rotating slowly
 * by itself until the visitor takes hold of it (never under reduced motion).
 */
export function ModelStage({
  url,
  scale,
  autoRotate,
  onTouched,
  onLoaded,
  api,
}: {
  url: string;
  scale: number;
  autoRotate: boolean;
  onTouched: () => void;
  onLoaded: () => void;
  api: Ref<ModelViewApi>;
}) {
  return (
    <>
      <StudioLight />
      <hemisphereLight args={['#ffffff', '#cbd5e1', 0.6]} />
      <directionalLight position={[3, 5, 4]} intensity={1.2} />
      <OrbitControls makeDefault autoRotate={autoRotate} autoRotateSpeed={1.2} enableDamping={false} onStart={onTouched} />
      <Bounds fit clip observe margin={1.25}>
        <Model url={url} scale={scale} onLoaded={onLoaded} />
        <ViewApi api={api} />
      </Bounds>
    </>
  );
}
