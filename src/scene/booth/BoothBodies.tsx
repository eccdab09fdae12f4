import { useEffect, useMemo } from 'react';
import { useFrame, type ThreeEvent } from '@react-three/fiber';
import { BoxGeometry, Color, InstancedMesh, MeshLambertMaterial, Object3D, Vector3 } from 'three';
import type { BoothPlacement } from '../../hall/layout';
import type { Booth } from '../../manifest';
import { chunkPlacements } from '../../hall/chunks';
import { boundsOf, distanceToRect, wantsFullDetail } from '../../hall/detail';
import type { Rect } from '../../hall/geometry';
import { mixHex } from '../colors';
import { boothFixtures, type BoothFixtures, type BoothPart, type PartColor } from './boothParts';

interface Props {
  placements: readonly BoothPlacement[];
  booths: readonly Booth[];
  /** Placement index, and whether the clicked part opens the booth (the counter). */
  onBoothClick: (index: number, opens: boolean) => void;
}

const Y = new Vector3(0, 1, 0);
const FIXED: Partial<Record<PartColor, string>> = { wall: '#f8fafc', counter: '#ffffff', post: '#334155' };

/** Metres per side of a culling cell: big enough for few draw calls, small enough to cull. */
const CHUNK = 36;

function buildMesh(
  ks: readonly number[],
  placements: readonly BoothPlacement[],
  booths: readonly Booth[],
  partsOf: (f: BoothFixtures) => readonly BoothPart[],
  geometry: BoxGeometry,
  material: MeshLambertMaterial,
) {
  const fixtures = ks.map((k) => partsOf(boothFixtures(placements[k]!, booths[placements[k]!.index]!.template)));
  const count = fixtures.reduce((n, parts) => n + parts.length, 0);
  const mesh = new InstancedMesh(geometry, material, count);
  const owner = new Int32Array(count);
  const opens = new Uint8Array(count);
  const o = new Object3D();
  const color = new Color();
  let i = 0;
  ks.forEach((k, j) => {
    const p = placements[k]!;
    const booth = booths[p.index]!;
    for (const part of fixtures[j]!) {
      o.position.set(part.pos[0], part.pos[1], part.pos[2]).applyAxisAngle(Y, p.rotationY);
      o.position.x += p.x;
      o.position.z += p.z;
      o.scale.set(part.size[0], part.size[1], part.size[2]);
      o.rotation.set(0, p.rotationY, 0);
      o.updateMatrix();
      mesh.setMatrixAt(i, o.matrix);
      const hex =
        part.color === 'primary'
          ? booth.colors.primary
          : part.color === 'accent'
            ? booth.colors.accent
            : part.color === 'carpet'
              ? mixHex(booth.colors.primary, '#ffffff', 0.82)
              : FIXED[part.color]!;
      mesh.setColorAt(i, color.set(hex));
      owner[i] = k;
      opens[i] = part.opens ? 1 : 0;
      i++;
    }
  });
  mesh.computeBoundingSphere();
  return { mesh, owner, opens };
}

type CellMesh = ReturnType<typeof buildMesh>;

interface Cell {
  near: CellMesh;
  far: CellMesh;
  bounds: Rect;
  full: boolean;
}

/**
 * Every wall, counter and carpet of every booth: instanced boxes sharing one geometry and
 * one material, one mesh (one draw call) per culling cell, in full near the visitor and as
 * silhouettes (back wall and header) further off.
 */
export function BoothBodies({ placements, booths, onBoothClick }: Props) {
  const chunks = useMemo(() => {
    const geometry = new BoxGeometry(1, 1, 1);
    const material = new MeshLambertMaterial();
    const list: Cell[] = chunkPlacements(placements, CHUNK).map((ks) => {
      const far = buildMesh(ks, placements, booths, (f) => f.far, geometry, material);
      const near = buildMesh(ks, placements, booths, (f) => f.parts, geometry, material);
      near.mesh.visible = false;
      return { near, far, bounds: boundsOf(placements, ks), full: false };
    });
    return { geometry, material, list };
  }, [placements, booths]);

  useEffect(
    () => () => {
      chunks.geometry.dispose();
      chunks.material.dispose();
      for (const c of chunks.list) {
        c.near.mesh.dispose();
        c.far.mesh.dispose();
      }
    },
    [chunks],
  );

  // A few dozen distance checks a frame; `visible` swaps, nothing is rebuilt or re-rendered.
  useFrame(({ camera }) => {
    for (const c of chunks.list) {
      const full = wantsFullDetail(distanceToRect(camera.position.x, camera.position.z, c.bounds), c.full);
      if (full === c.full) continue;
      c.full = full;
      c.near.mesh.visible = full;
      c.far.mesh.visible = !full;
    }
  });

  const click = (m: CellMesh) => (e: ThreeEvent<MouseEvent>) => {
    if (e.delta > 6 || e.instanceId === undefined) return; // a drag to look, not a click
    e.stopPropagation();
    onBoothClick(m.owner[e.instanceId]!, m.opens[e.instanceId] === 1);
  };

  return (
    <group name="booth-bodies">
      {chunks.list.map((c, n) => (
        <group key={n}>
          <primitive object={c.near.mesh} onClick={click(c.near)} />
          <primitive object={c.far.mesh} onClick={click(c.far)} />
        </group>
      ))}
    </group>
  );
}
