import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import {
  CanvasTexture,
  Color,
  InstancedMesh,
  Object3D,
  PlaneGeometry,
  RepeatWrapping,
  SRGBColorSpace,
  type Material,
} from 'three';
import { rectCenter, type Rect } from '../../hall/geometry';
import type { HallLayout } from '../../hall/layout';
import { mixHex } from '../colors';
import { MATERIALS } from '../materials/catalogue';
import { useMaterial } from '../materials/useMaterial';
import { cpuCanvas } from '../text/cpuCanvas';
import { isDrag } from '../controls/pointerTravel';

interface Props {
  layout: HallLayout;
  onFloorClick: (x: number, z: number) => void;
}

/** Light stone tiles, drawn once: 2 m tiles with soft joints. */
function tileTexture(): CanvasTexture {
  const { canvas: c, ctx } = cpuCanvas(256, 256);
  ctx.fillStyle = '#f3f5f9';
  ctx.fillRect(0, 0, 256, 256);
  ctx.fillStyle = '#e3e8f0';
  ctx.fillRect(0, 0, 256, 3);
  ctx.fillRect(0, 0, 3, 256);
  const t = new CanvasTexture(c);
  t.colorSpace = SRGBColorSpace;
  t.wrapS = t.wrapT = RepeatWrapping;
  t.anisotropy = 1;
  return t;
}

/** The floor, the zones' tinted aisles (one instanced mesh) and the hall's walls. */
export function HallFloor({ layout, onFloorClick }: Props) {
  const { bounds } = layout;
  const w = bounds.x1 - bounds.x0;
  const d = bounds.z1 - bounds.z0;
  const c = rectCenter(bounds);

  const floorTex = useMemo(() => {
    const t = tileTexture();
    t.repeat.set(w / 2, d / 2);
    return t;
  }, [w, d]);

  const tints = useMemo(() => {
    const rects: { r: Rect; color: string }[] = [{ r: layout.spine, color: '#e0e7f1' }];
    for (const z of layout.zones) for (const a of z.aisles) rects.push({ r: a, color: mixHex(z.color, '#ffffff', 0.8) });
    const mesh = new InstancedMesh(new PlaneGeometry(1, 1), MATERIALS.tint.make({}), rects.length);
    const o = new Object3D();
    const color = new Color();
    rects.forEach(({ r, color: hex }, i) => {
      o.position.set((r.x0 + r.x1) / 2, 0.01 + i * 1e-5, (r.z0 + r.z1) / 2);
      o.rotation.set(-Math.PI / 2, 0, 0);
      o.scale.set(r.x1 - r.x0, r.z1 - r.z0, 1);
      o.updateMatrix();
      mesh.setMatrixAt(i, o.matrix);
      mesh.setColorAt(i, color.set(hex));
    });
    mesh.computeBoundingSphere();
    mesh.raycast = () => {}; // clicks go to the floor below, which covers the same ground
    return mesh;
  }, [layout]);

  useEffect(
    () => () => {
      floorTex.dispose();
      tints.geometry.dispose();
      (tints.material as Material).dispose();
    },
    [floorTex, tints],
  );

  const floorMaterial = useMaterial('tiled', { map: floorTex });
  const wallMaterial = useMaterial('solid', { color: '#f8fafc' });
  const wallH = 7;
  const walls: [number, number, number, number][] = [
    [c.x, bounds.z0 - 0.2, w + 0.8, 0.4],
    [bounds.x0 - 0.2, c.z, 0.4, d + 0.8],
    [bounds.x1 + 0.2, c.z, 0.4, d + 0.8],
  ];

  return (
    <group>
      <mesh
        rotation={[-Math.PI / 2, 0, 0]}
        position={[c.x, 0, c.z]}
        material={floorMaterial}
        onClick={(e: ThreeEvent<MouseEvent>) => {
          if (isDrag(e)) return;
          e.stopPropagation();
          onFloorClick(e.point.x, e.point.z);
        }}
      >
        <planeGeometry args={[w + 0.8, d + 0.8]} />
      </mesh>
      <primitive object={tints} />
      {walls.map(([x, z, sx, sz], i) => (
        <mesh key={i} position={[x, wallH / 2, z]} material={wallMaterial}>
          <boxGeometry args={[sx, wallH, sz]} />
        </mesh>
      ))}
    </group>
  );
}
