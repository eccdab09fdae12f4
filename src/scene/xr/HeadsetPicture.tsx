import type { BufferGeometry, Texture } from 'three';
import { useMaterial } from '../materials/useMaterial';

/** A picture or a video's frames on a shape (a screen, the inside of a panorama's sphere). */
export function HeadsetPicture({
  texture,
  geometry,
  rotationY = 0,
}: {
  texture: Texture;
  geometry: BufferGeometry;
  rotationY?: number;
}) {
  const material = useMaterial('picture', { map: texture });
  return <mesh geometry={geometry} material={material} rotation-y={rotationY} />;
}
