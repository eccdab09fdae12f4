import { createXRStore, useXR, XR } from '@react-three/xr';
import { useEffect, useState, type ReactNode, type RefObject } from 'react';
import type { Object3D } from 'three';
import { usePavilion } from '../../context/usePavilion';
import type { HallWorld } from '../../hall/world';
import type { Booth } from '../../manifest';
import { HeadsetPanel } from './HeadsetPanel';
import { HeadsetProbe } from './HeadsetProbe';
import { headsetOptions } from './headsetOptions';
import { HeadsetRig } from './HeadsetRig';
import { TeleportFloor } from './TeleportFloor';

/** Only while a session runs: the page's 3D view never shows the headset's panel. */
function InSession({ children }: { children: ReactNode }) {
  const presenting = useXR((s) => s.session != null);
  return presenting ? children : null;
}

interface Props {
  world: HallWorld;
  booths: readonly Booth[];
  /** The hall's own objects (hidden while the visitor stands inside a panorama). */
  hall: RefObject<Object3D | null>;
}

/**
 * The pavilion in a VR headset: its own chunk, loaded only where the browser offers immersive
 * VR. Hands the page its enter and exit (the HUD's button), and while a session runs adds the
 * visitor's feet and hands, the teleport floor and the open booth's panel to the hall.
 */
export function HallHeadset({ world, booths, hall }: Props) {
  const { headset } = usePavilion();
  const [store] = useState(() => createXRStore(headsetOptions()));
  useEffect(() => {
    headset.getState().bind({
      enter: async () => {
        await store.enterVR();
      },
      exit: () => void store.getState().session?.end(),
    });
    const unsub = store.subscribe((s, prev) => {
      if (s.session !== prev.session) headset.getState().setPresenting(s.session != null);
    });
    return () => {
      unsub();
      void store.getState().session?.end();
      headset.getState().bind(null);
    };
  }, [store, headset]);
  useEffect(() => () => store.destroy(), [store]);

  return (
    <XR store={store}>
      <HeadsetRig />
      <TeleportFloor world={world} />
      <InSession>
        <HeadsetPanel booths={booths} hall={hall} />
      </InSession>
      <HeadsetProbe world={world} />
    </XR>
  );
}
