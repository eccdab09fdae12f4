import { useState, type RefObject } from 'react';
import type { Object3D } from 'three';
import { useTour } from '../../context/useTour';
import { usePavilion } from '../../context/usePavilion';
import { panelPose, type FloorPose } from '../../hall/xrMotion';
import type { Booth } from '../../manifest';
import { BoothBoard } from './BoothBoard';
import { PanoramaRoom } from './PanoramaRoom';

/** How far ahead of the visitor a booth's panel opens: within a ray's easy reach, readable whole. */
const PANEL_DISTANCE = 1.25;

/**
 * The open booth's panel in the world (the page's panel is not seen in a headset): where the
 * visitor looked when they opened it, staying put while they move (a panel that follows the
 * head makes people sick); a panorama replaces the hall around them until they step back.
 */
export function HeadsetPanel({ booths, hall }: { booths: readonly Booth[]; hall: RefObject<Object3D | null> }) {
  const openId = useTour((s) => s.openBoothId);
  const booth = openId ? booths.find((b) => b.id === openId) : undefined;
  return booth ? <OpenBooth key={booth.id} booth={booth} hall={hall} /> : null;
}

function OpenBooth({ booth, hall }: { booth: Booth; hall: RefObject<Object3D | null> }) {
  const { visitor, tour } = usePavilion();
  // Read once, when the panel opens: the visitor's place then.
  const [head] = useState(() => ({ x: visitor.pos.x, z: visitor.pos.z, yaw: visitor.yaw }));
  const [selected, setSelected] = useState(0);
  // The panorama stepped into, and where the visitor stood and looked then.
  const [inside, setInside] = useState<{ index: number; head: FloorPose } | null>(null);
  const room = inside ? booth.media[inside.index] : undefined;
  if (inside && room?.type === 'panorama') {
    return (
      <PanoramaRoom
        item={room}
        head={inside.head}
        hall={hall}
        onLeave={() => setInside(null)}
        onOpenItem={(i) => {
          setInside(null);
          setSelected(i);
        }}
      />
    );
  }
  const at = panelPose(head, PANEL_DISTANCE);
  return (
    <group position={[at.x, 0, at.z]} rotation-y={at.yaw}>
      <BoothBoard
        booth={booth}
        selected={selected}
        onSelect={setSelected}
        onStepInside={() => setInside({ index: selected, head: { x: visitor.pos.x, z: visitor.pos.z, yaw: visitor.yaw } })}
        onClose={() => tour.getState().openBooth(null)}
      />
    </group>
  );
}
