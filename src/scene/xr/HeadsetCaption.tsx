import { useEffect, useMemo } from 'react';
import { PlaneGeometry } from 'three';
import { useMaterial } from '../materials/useMaterial';
import { useCanvasTexture } from '../text/useCanvasTexture';
import { paintCaption, PX_PER_M } from './paintHeadset';

/** The caption line under a video in the headset: repainted when the cue changes, empty between cues. */
export function HeadsetCaption({ cue, width, position }: { cue: string; width: number; position: [number, number, number] }) {
  const height = 0.06;
  const w = Math.round(width * PX_PER_M);
  const h = Math.round(height * PX_PER_M);
  const texture = useCanvasTexture(w, h, cue, (ctx) => paintCaption(ctx, w, h, cue), [cue]);
  const material = useMaterial('label', { map: texture });
  const geometry = useMemo(() => new PlaneGeometry(width, height), [width]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return <mesh geometry={geometry} material={material} position={position} />;
}
