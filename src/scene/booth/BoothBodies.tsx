import { useEffect, useMemo } from 'react';
import { useFrame, type ThreeEvent } from '@react-three/fiber';
import { usePavilion } from '../../context/usePavilion';
import type { Matrix4 } from 'three';
import { BoxGeometry, BufferGeometry, Color, Mesh, Object3D, Vector3, type Material } from 'three';
import type { BoothPlacement } from '../../hall/layout';
import type { Booth } from '../../manifest';
import { chunkPlacements } from '../../hall/chunks';
import { boundsOf, DETAIL, distanceToRect, wantsFullDetail } from '../../hall/detail';
import type { Rect } from '../../hall/geometry';
import { mixHex } from '../colors';
import { MATERIALS } from '../materials/catalogue';
import { BakedBoxes } from './BakedBoxes';
import { boothFixtures, type BoothFixtures, type BoothPart, type PartColor } from './boothParts';
import { isDrag } from '../controls/pointerTravel';

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
/** How far beyond full-detail distance a cell's full mesh is baked ahead of need (m). */
const PREFETCH = CHUNK;
/** Silhouettes are cheap to draw: coarser cells, fewer draw calls for the far hall. */
const FAR_CHUNK = CHUNK * 4;

/** Every part of the booths `ks`, placed in the hall: where, what colour, whose, and whether it opens the booth. */
function partsOf(
  ks: readonly number[],
  placements: readonly BoothPlacement[],
  booths: readonly Booth[],
  pick: (f: BoothFixtures) => readonly BoothPart[],
) {
  const matrices: Matrix4[] = [];
  const colors: number[] = [];
  const owner: number[] = [];
  const opens: boolean[] = [];
  const o = new Object3D();
  const color = new Color();
  for (const k of ks) {
    const p = placements[k]!;
    const booth = booths[p.index]!;
    for (const part of pick(boothFixtures(p, booth.template))) {
      o.position.set(part.pos[0], part.pos[1], part.pos[2]).applyAxisAngle(Y, p.rotationY);
      o.position.x += p.x;
      o.position.z += p.z;
      o.scale.set(part.size[0], part.size[1], part.size[2]);
      o.rotation.set(0, p.rotationY, 0);
      o.updateMatrix();
      matrices.push(o.matrix.clone());
      const hex =
        part.color === 'primary'
          ? booth.colors.primary
          : part.color === 'accent'
            ? booth.colors.accent
            : part.color === 'carpet'
              ? mixHex(booth.colors.primary, '#ffffff', 0.82)
              : FIXED[part.color]!;
      colors.push(...color.set(hex).toArray());
      owner.push(k);
      opens.push(part.opens === true);
    }
  }
  return { matrices, colors: Float32Array.from(colors), owner: Int32Array.from(owner), opens: Uint8Array.from(opens, Number) };
}

type Parts = ReturnType<typeof partsOf>;

/** A group of booths' parts baked into one mesh; `owner`/`opens` per part, for clicks. */
interface BakedMesh {
  mesh: Mesh;
  baked: BakedBoxes | null;
  owner: Int32Array;
  opens: Uint8Array;
}

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

/**
 * A culling cell drawn in full near the visitor; far off, its booths are in the silhouette
 * meshes. Its full mesh is baked just before it first comes near: most cells of a big hall never do.
 */
interface Cell {
  near: BakedMesh;
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

function farSlots(far: readonly BakedMesh[]): FarSlot[] {
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

function bake(parts: Parts, shape: BufferGeometry, material: Material): BakedMesh {
  const baked = new BakedBoxes(shape, parts.matrices, parts.colors);
  return { mesh: new Mesh(baked.geometry, material), baked, owner: parts.owner, opens: parts.opens };
}

/**
 * Every wall, counter and carpet of every booth, baked into a few meshes sharing one material.
 * Near the visitor, one mesh (one draw call) per 36 m cell in full; beyond, the booths'
 * silhouettes (back wall and header) in one mesh per 144 m cell, so far-off parts of a big hall
 * cost a handful of draw calls. A cell that comes near hides its booths' silhouettes and shows
 * its full mesh (baked just before it first comes near); nothing else is rebuilt.
 */
export function BoothBodies({ placements, booths, onBoothClick }: Props) {
  const built = useMemo(() => {
    const box = new BoxGeometry(1, 1, 1);
    const material = MATERIALS.bakedBody.make({});
    const cells: Cell[] = chunkPlacements(placements, CHUNK).map((ks) => {
      const mesh = new Mesh(new BufferGeometry(), material);
      mesh.visible = false;
      return {
        near: { mesh, baked: null, owner: new Int32Array(0), opens: new Uint8Array(0) },
        ks,
        bounds: boundsOf(placements, ks),
        full: false,
      };
    });
    const slab = slabGeometry();
    const far = chunkPlacements(placements, FAR_CHUNK).map((ks) =>
      bake(
        partsOf(ks, placements, booths, (f) => f.far),
        slab,
        material,
      ),
    );
    return { box, slab, material, cells, far, slots: farSlots(far), drawnNear: new Uint8Array(placements.length) };
  }, [placements, booths]);

  useEffect(
    () => () => {
      built.box.dispose();
      built.slab.dispose();
      built.material.dispose();
      for (const c of built.cells) c.near.mesh.geometry.dispose();
      for (const m of built.far) m.baked!.dispose();
    },
    [built],
  );

  const bakeNear = (c: Cell) => {
    const parts = partsOf(c.ks, placements, booths, (f) => f.parts);
    const baked = new BakedBoxes(built.box, parts.matrices, parts.colors);
    c.near.mesh.geometry.dispose();
    c.near.mesh.geometry = baked.geometry;
    Object.assign(c.near, { baked, owner: parts.owner, opens: parts.opens });
  };

  // A few dozen distance checks a frame; a switch rewrites a few silhouettes' vertices, rarely.
  // The visitor's place, not the camera's: in a headset the camera's position is inside the
  // visitor's room, not the hall.
  const { visitor } = usePavilion();
  useFrame(() => {
    const { x, z } = visitor.pos;
    let prefetched = false;
    for (const c of built.cells) {
      const distance = distanceToRect(x, z, c.bounds);
      // Cells about to come near are baked ahead, one a frame, so a cell rarely waits to be baked.
      if (!c.near.baked && !prefetched && distance < DETAIL.near + PREFETCH) {
        bakeNear(c);
        prefetched = true;
      }
      const full = wantsFullDetail(distance, c.full);
      if (full === c.full) continue;
      c.full = full;
      if (full && !c.near.baked) bakeNear(c);
      c.near.mesh.visible = full;
      for (const k of c.ks) {
        const slot = built.slots[k]!;
        built.far[slot.mesh]!.baked!.setShown(slot.start, slot.count, !full);
        built.drawnNear[k] = full ? 1 : 0;
      }
    }
  });

  const click = (m: BakedMesh, far: boolean) => (e: ThreeEvent<MouseEvent>) => {
    if (isDrag(e) || e.faceIndex == null || !m.baked) return; // a drag to look, not a click
    const part = m.baked.copyOfFace(e.faceIndex);
    const k = m.owner[part]!;
    if (far && built.drawnNear[k]) return; // a hidden silhouette: the full booth takes the click
    e.stopPropagation();
    onBoothClick(k, m.opens[part] === 1);
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
