import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import { PlaneGeometry, type Mesh } from 'three';
import { useMaterial } from '../materials/useMaterial';
import { useCanvasTexture } from '../text/useCanvasTexture';
import { headsetHovered, headsetTargets } from './headsetTargets';
import { paintButton, PX_PER_M, type ButtonTone } from './paintHeadset';

interface Props {
  label: string;
  width: number;
  height: number;
  onSelect: () => void;
  position?: [number, number, number];
  tone?: ButtonTone;
  /** Listed for tests under this name (headsetTargets). */
  name?: string;
}

/** A button in the world: a pointer ray or a fingertip selects it; it grows a little under the pointer. */
export function XrButton({ label, width, height, onSelect, position, tone = 'plain', name }: Props) {
  const w = Math.round(width * PX_PER_M);
  const h = Math.round(height * PX_PER_M);
  const texture = useCanvasTexture(w, h, label, (ctx) => paintButton(ctx, w, h, label, tone), [label, tone]);
  const material = useMaterial('label', { map: texture });
  const geometry = useMemo(() => new PlaneGeometry(width, height), [width, height]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  const [hover, setHover] = useState(false);
  const mesh = useRef<Mesh>(null);
  useEffect(() => {
    const m = mesh.current;
    if (!name || !m) return;
    headsetTargets.set(name, m);
    return () => {
      if (headsetTargets.get(name) === m) headsetTargets.delete(name);
      headsetHovered.delete(name);
    };
  }, [name]);
  return (
    <mesh
      ref={mesh}
      name={name}
      geometry={geometry}
      material={material}
      position={position}
      scale={hover ? 1.05 : 1}
      onClick={(e: ThreeEvent<MouseEvent>) => {
        e.stopPropagation();
        onSelect();
      }}
      onPointerOver={() => {
        if (name) headsetHovered.add(name);
        setHover(true);
      }}
      onPointerOut={() => {
        if (name) headsetHovered.delete(name);
        setHover(false);
      }}
    ></mesh>
  );
}
