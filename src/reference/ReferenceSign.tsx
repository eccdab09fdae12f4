import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { CanvasTexture, SRGBColorSpace } from 'three';
import { allLanguages, type Booth, type Lang } from '../manifest';
import { loadImage } from '../scene/atlas/loadImage';
import { paintSign } from '../scene/booth/paintSign';
import { usePavilion } from '../context/usePavilion';
import { ensureGlyphs } from '../scene/text/fonts';

interface Props {
  booth: Booth;
  lang: Lang;
  pos: [number, number, number];
  size: [number, number];
  onClick: (e: ThreeEvent<MouseEvent>) => void;
}

/** Same pixels as a slot of our sign atlas. */
const WIDTH = 512;
const HEIGHT = 128;

/** A booth's header sign on its own canvas and texture, painted at mount (and on a language change). */
export function ReferenceSign({ booth, lang, pos, size, onClick }: Props) {
  const { progress } = usePavilion();
  const texture = useMemo(() => {
    const canvas = document.createElement('canvas');
    canvas.width = WIDTH;
    canvas.height = HEIGHT;
    const t = new CanvasTexture(canvas);
    t.colorSpace = SRGBColorSpace;
    return t;
  }, []);

  useEffect(() => {
    let live = true;
    progress.wanted++;
    progress.planned = true;
    void Promise.all([loadImage(booth.exhibitor.logo), ensureGlyphs(allLanguages(booth.exhibitor.name).join(''))]).then(
      ([logo]) => {
        const ctx = (texture.image as HTMLCanvasElement).getContext('2d');
        if (live && ctx) {
          paintSign(ctx, 0, 0, WIDTH, HEIGHT, booth, lang, logo);
          texture.needsUpdate = true;
        }
        progress.painted++;
      },
    );
    return () => {
      live = false;
    };
  }, [texture, booth, lang, progress]);

  useEffect(() => () => texture.dispose(), [texture]);

  return (
    <mesh position={pos} onClick={onClick}>
      <planeGeometry args={size} />
      <meshBasicMaterial map={texture} toneMapped={false} />
    </mesh>
  );
}
