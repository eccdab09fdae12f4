import { useEffect, useMemo, useState } from 'react';
import { HeadsetPicture } from './HeadsetPicture';
import { PlaneGeometry, SRGBColorSpace, TextureLoader, type Texture } from 'three';

/** A picture fitted inside a `width` × `height` box (metres), kept to its own shape; released on close. */
export function HeadsetImage({ src, width, height }: { src: string; width: number; height: number }) {
  const [texture, setTexture] = useState<Texture | null>(null);
  useEffect(() => {
    let made: Texture | null = null;
    let live = true;
    const loader = new TextureLoader();
    loader.setCrossOrigin('anonymous');
    loader.load(src, (tex) => {
      tex.colorSpace = SRGBColorSpace;
      if (!live) return tex.dispose();
      made = tex;
      setTexture(tex);
    });
    return () => {
      live = false;
      made?.dispose();
    };
  }, [src]);
  const image = texture?.image as { width: number; height: number } | undefined;
  const aspect = image ? image.width / image.height : width / height;
  const w = Math.min(width, height * aspect);
  const geometry = useMemo(() => new PlaneGeometry(w, w / aspect), [w, aspect]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  if (!texture) return null;
  return <HeadsetPicture texture={texture} geometry={geometry} />;
}
