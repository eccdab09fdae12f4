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
/** Silhouettes are cheap to draw: coarser cells, fewer draw calls for the far hall. */
const FAR_CHUNK = CHUNK * 4;

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

/**
 * A unit box with only its front and back faces: from 40 m off, a wall's ends, top and bottom
 * are under a pixel, so a silhouette box costs 4 triangles instead of 12.
 */
function slabGeometry(): BoxGeometry {
  const g = new BoxGeometry(1, 1, 1);
  // BoxGeometry's faces come in the order +x, -x, +y, -y, +z, -z, six indices each.
  g.setIndex(Array.from(g.getIndex()!.array.slice(24, 36)));
  g.clearGroups();
  return g;
}

/** A culling cell drawn in full near the visitor; far off, its booths are in the silhouette meshes. */
interface Cell {
  near: CellMesh;
  ks: readonly number[];
  bounds: Rect;
  full: boolean;
}

/** Where one booth's silhouette boxes sit: which far mesh, first instance, how many. */
interface FarSlot {
  mesh: number;
  start: number;
  count: number;
}

function farSlots(far: readonly CellMesh[]): FarSlot[] {
  const slots: FarSlot[] = [];
  far.forEach((m, mesh) =>
    m.owner.forEach((k, i) => {
      const s = slots[k];
      if (s && s.mesh === mesh) s.count++;
      else slots[k] = { mesh, start: i, count: 1 };
    }),
  );
  return slots;
}

/**
 * Every wall, counter and carpet of every booth: instanced boxes sharing one geometry and one
 * material. Near the visitor, one mesh (one draw call) per 36 m cell in full; beyond, the
 * booths' silhouettes (back wall and header) in one mesh per 144 m cell, so far-off parts of a
 * big hall cost a handful of draw calls. A cell that comes near hides its booths' silhouettes
 * (zeroed instance matrices) and shows its full mesh; nothing is rebuilt.
 */
export function BoothBodies({ placements, booths, onBoothClick }: Props) {
  const built = useMemo(() => {
    const geometry = new BoxGeometry(1, 1, 1);
    const material = new MeshLambertMaterial();
    const cells: Cell[] = chunkPlacements(placements, CHUNK).map((ks) => {
      const near = buildMesh(ks, placements, booths, (f) => f.parts, geometry, material);
      near.mesh.visible = false;
      return { near, ks, bounds: boundsOf(placements, ks), full: false };
    });
    const slab = slabGeometry();
    const far = chunkPlacements(placements, FAR_CHUNK).map((ks) =>
      buildMesh(ks, placements, booths, (f) => f.far, slab, material),
    );
    const rest = far.map((m) => Float32Array.from(m.mesh.instanceMatrix.array));
    return { geometry, slab, material, cells, far, rest, slots: farSlots(far), drawnNear: new Uint8Array(placements.length) };
  }, [placements, booths]);

  useEffect(
    () => () => {
      built.geometry.dispose();
      built.slab.dispose();
      built.material.dispose();
      for (const c of built.cells) c.near.mesh.dispose();
      for (const m of built.far) m.mesh.dispose();
    },
    [built],
  );

  // A few dozen distance checks a frame; a switch rewrites a few instance matrices, rarely.
  useFrame(({ camera }) => {
    for (const c of built.cells) {
      const full = wantsFullDetail(distanceToRect(camera.position.x, camera.position.z, c.bounds), c.full);
      if (full === c.full) continue;
      c.full = full;
      c.near.mesh.visible = full;
      for (const k of c.ks) {
        const slot = built.slots[k]!;
        const matrices = built.far[slot.mesh]!.mesh.instanceMatrix;
        const range = [slot.start * 16, (slot.start + slot.count) * 16] as const;
        if (full) (matrices.array as Float32Array).fill(0, ...range);
        else (matrices.array as Float32Array).set(built.rest[slot.mesh]!.subarray(...range), range[0]);
        matrices.needsUpdate = true;
        built.drawnNear[k] = full ? 1 : 0;
      }
    }
  });

  const click = (m: CellMesh, far: boolean) => (e: ThreeEvent<MouseEvent>) => {
    if (e.delta > 6 || e.instanceId === undefined) return; // a drag to look, not a click
    const k = m.owner[e.instanceId]!;
    if (far && built.drawnNear[k]) return; // a hidden silhouette: the full booth takes the click
    e.stopPropagation();
    onBoothClick(k, m.opens[e.instanceId] === 1);
  };

  return (
    <group name="booth-bodies">
      {built.cells.map((c, n) => (
        <primitive key={`near-${n}`} object={c.near.mesh} onClick={click(c.near, false)} />
      ))}
      {built.far.map((m, n) => (
        <primitive key={`far-${n}`} object={m.mesh} onClick={click(m, true)} />
      ))}
    </group>
  );
}
