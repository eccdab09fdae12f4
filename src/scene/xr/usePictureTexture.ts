import { useEffect, useState } from 'react';
import { SRGBColorSpace, TextureLoader, type Texture } from 'three';

/** A picture from another origin as a texture (null while it loads or if it fails), released when the URL changes or its user leaves. */
export function usePictureTexture(src: string | null): Texture | null {
  // Kept with its URL: after a change, the last picture is never shown for the new one.
  const [loaded, setLoaded] = useState<{ src: string; texture: Texture } | null>(null);
  useEffect(() => {
    if (!src) return;
    let made: Texture | null = null;
    let live = true;
    const loader = new TextureLoader();
    loader.setCrossOrigin('anonymous');
    loader.load(src, (tex) => {
      tex.colorSpace = SRGBColorSpace;
      if (!live) return tex.dispose();
      made = tex;
      setLoaded({ src, texture: tex });
    });
    return () => {
      live = false;
      made?.dispose();
    };
  }, [src]);
  return loaded && loaded.src === src ? loaded.texture : null;
}
