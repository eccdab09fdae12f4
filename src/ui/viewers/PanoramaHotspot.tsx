import { Html } from '@react-three/drei';
import { directionOf } from '../../hall/panoramaMath';
import { PANORAMA_RADIUS } from './PanoramaSphere';

/**
 * A hotspot's label where it is in the panorama: a real button (keyboard, screen readers), hidden
 * while behind the viewer. The same hotspots are listed under the viewer, where they stay reachable.
 */
export function PanoramaHotspot({
  yaw,
  pitch,
  label,
  onPick,
}: {
  yaw: number;
  pitch: number;
  label: string;
  onPick: () => void;
}) {
  const [x, y, z] = directionOf(yaw, pitch);
  const r = PANORAMA_RADIUS * 0.9;
  return (
    <Html position={[x * r, y * r, z * r]} center zIndexRange={[20, 0]}>
      <button type="button" className="pano-hotspot" onClick={onPick} tabIndex={-1}>
        <span aria-hidden="true" className="pano-hotspot-dot" />
        {label}
      </button>
    </Html>
  );
}
