import { useEffect, useMemo } from 'react';
import type { ThreeEvent } from '@react-three/fiber';
import { BoxGeometry, Color, InstancedMesh, MeshLambertMaterial, Object3D, Vector3 } from 'three';
import type { BoothPlacement } from '../../hall/layout';
import type { Booth } from '../../manifest';
import { mixHex } from '../colors';
import { boothFixtures, type PartColor } from './boothParts';

interface Props {
  placements: readonly BoothPlacement[];
  booths: readonly Booth[];
  /** Placement index and which part was clicked (the counter opens the booth). */
  onBoothClick: (index: number, part: PartColor) => void;
}

const Y = new Vector3(0, 1, 0);
const FIXED: Partial<Record<PartColor, string>> = { wall: '#f8fafc', counter: '#ffffff', post: '#334155' };

/** Every wall, counter and carpet of every booth: one instanced box mesh, one draw call. */
export function BoothBodies({ placements, booths, onBoothClick }: Props) {
  const { mesh, owner, role } = useMemo(() => {
    const fixtures = placements.map((p) => boothFixtures(p, booths[p.index]!.template));
    const count = fixtures.reduce((n, f) => n + f.parts.length, 0);
    const mesh = new InstancedMesh(new BoxGeometry(1, 1, 1), new MeshLambertMaterial(), count);
    const owner = new Int32Array(count);
    const role: PartColor[] = [];
    const o = new Object3D();
    const color = new Color();
    let i = 0;
    placements.forEach((p, k) => {
      const booth = booths[p.index]!;
      for (const part of fixtures[k]!.parts) {
        o.position.set(part.pos[0], part.pos[1], part.pos[2]);
        o.scale.set(part.size[0], part.size[1], part.size[2]);
        o.position.applyAxisAngle(Y, p.rotationY);
        o.position.x += p.x;
        o.position.z += p.z;
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
        role[i] = part.color === 'accent' && part.size[1] < 0.2 ? 'counter' : part.color;
        i++;
      }
    });
    mesh.computeBoundingSphere();
    return { mesh, owner, role };
  }, [placements, booths]);

  useEffect(
    () => () => {
      mesh.geometry.dispose();
      (mesh.material as MeshLambertMaterial).dispose();
      mesh.dispose();
    },
    [mesh],
  );

  return (
    <primitive
      object={mesh}
      onClick={(e: ThreeEvent<MouseEvent>) => {
        if (e.delta > 6 || e.instanceId === undefined) return; // a drag to look, not a click
        e.stopPropagation();
        onBoothClick(owner[e.instanceId]!, role[e.instanceId]!);
      }}
    />
  );
}
