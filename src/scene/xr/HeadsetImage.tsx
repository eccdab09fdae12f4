import { useEffect, useMemo } from 'react';
import { HeadsetPicture } from './HeadsetPicture';
import { PlaneGeometry } from 'three';
import { usePictureTexture } from './usePictureTexture';

/** A picture fitted inside a `width` × `height` box (metres), kept to its own shape; released on close. */
export function HeadsetImage({ src, width, height }: { src: string; width: number; height: number }) {
  const texture = usePictureTexture(src);
  const image = texture?.image as { width: number; height: number } | undefined;
  const aspect = image ? image.width / image.height : width / height;
  const w = Math.min(width, height * aspect);
  const geometry = useMemo(() => new PlaneGeometry(w, w / aspect), [w, aspect]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  if (!texture) return null;
  return <HeadsetPicture texture={texture} geometry={geometry} />;
}
