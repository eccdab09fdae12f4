import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Color, InstancedMesh, Object3D, PlaneGeometry, Vector3 } from 'three';
import { closestBooths } from '../../hall/nearest';
import type { HallWorld } from '../../hall/world';
import type { Booth, Lang } from '../../manifest';
import { visitor } from '../../state/visitor';
import { addUvRects, atlasMaterial } from '../atlas/atlasMaterial';
import { DynamicAtlas } from '../atlas/DynamicAtlas';
import { sceneProgress } from '../sceneProgress';

export interface AtlasQuadSpec {
  atlas: { width: number; height: number; slotW: number; slotH: number; blank: string };
  /** Booths nearer than this compete for slots. */
  radius: number;
  /** Quad centre and size in the booth's local frame, facing +z. */
  quad: (index: number) => { pos: [number, number, number]; size: [number, number] };
  /** Colour of the quad while it has no slot. */
  idleColor: (booth: Booth) => string;
  /** Loads what painting needs (fonts, images); resolves to a painter. */
  prepare: (
    booth: Booth,
    lang: Lang,
  ) => Promise<(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) => void>;
}

interface Props {
  world: HallWorld;
  booths: readonly Booth[];
  lang: Lang;
  spec: AtlasQuadSpec;
  onBoothClick: (index: number) => void;
  name: string;
}

const Y = new Vector3(0, 1, 0);
const tmpColor = new Color();
const WHITE = new Color('#ffffff');
const UPLOAD_INTERVAL = 0.1;
const PLAN_INTERVAL = 0.3;

/** One instanced quad per booth, textured from a shared atlas whose slots follow the visitor. */
export function AtlasQuads({ world, booths, lang, spec, onBoothClick, name }: Props) {
  const placements = world.layout.booths;
  const { mesh, atlas, uv } = useMemo(() => {
    const atlas = new DynamicAtlas(spec.atlas.width, spec.atlas.height, spec.atlas.slotW, spec.atlas.slotH, spec.atlas.blank);
    const mesh = new InstancedMesh(new PlaneGeometry(1, 1), atlasMaterial(atlas.texture), Math.max(1, placements.length));
    mesh.count = placements.length;
    mesh.name = name;
    const uv = addUvRects(mesh, Math.max(1, placements.length));
    const o = new Object3D();
    const color = new Color();
    const blank = atlas.uvRect(0);
    placements.forEach((p, k) => {
      const q = spec.quad(k);
      o.position.set(q.pos[0], q.pos[1], q.pos[2]).applyAxisAngle(Y, p.rotationY);
      o.position.x += p.x;
      o.position.z += p.z;
      o.rotation.set(0, p.rotationY, 0);
      o.scale.set(q.size[0], q.size[1], 1);
      o.updateMatrix();
      mesh.setMatrixAt(k, o.matrix);
      mesh.setColorAt(k, color.set(spec.idleColor(booths[p.index]!)));
      uv.array.set(blank, k * 4);
    });
    mesh.computeBoundingSphere();
    return { mesh, atlas, uv };
    // spec is a module constant per use; placements and booths change with the hall.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [placements, booths]);

  useEffect(
    () => () => {
      atlas.dispose();
      mesh.geometry.dispose();
      (mesh.material as { dispose: () => void }).dispose();
      mesh.dispose();
    },
    [mesh, atlas],
  );

  const gl = useThree((s) => s.gl);
  const langRef = useRef(lang);
  const timers = useRef({ plan: PLAN_INTERVAL, upload: 0 });
  useEffect(() => {
    langRef.current = lang;
    atlas.reset();
    timers.current.plan = PLAN_INTERVAL; // replan now
  }, [lang, atlas]);

  useFrame((_, dt) => {
    const t = timers.current;
    t.plan += dt;
    t.upload += dt;
    if (t.plan >= PLAN_INTERVAL) {
      t.plan = 0;
      const wanted = closestBooths(visitor.pos, placements, world.boothIndex, atlas.slotCount - 1, spec.radius);
      const plan = atlas.update(wanted);
      const blank = atlas.uvRect(0);
      for (const e of plan.evict) {
        uv.array.set(blank, e.key * 4);
        mesh.setColorAt(e.key, tmpColor.set(spec.idleColor(booths[placements[e.key]!.index]!)));
      }
      if (plan.evict.length) {
        uv.needsUpdate = true;
        mesh.instanceColor!.needsUpdate = true;
      }
      const forLang = langRef.current;
      sceneProgress.wanted += plan.assign.length;
      for (const a of plan.assign) {
        const ticket = atlas.ticket(a.slot);
        const booth = booths[placements[a.key]!.index]!;
        void spec.prepare(booth, forLang).then((paint) => {
          sceneProgress.painted++;
          if (forLang !== langRef.current || !atlas.draw(a.slot, ticket, paint)) return;
          uv.array.set(atlas.uvRect(a.slot), a.key * 4);
          mesh.setColorAt(a.key, WHITE);
          uv.needsUpdate = true;
          mesh.instanceColor!.needsUpdate = true;
        });
      }
    }
    if (t.upload >= UPLOAD_INTERVAL) {
      t.upload = 0;
      atlas.flush(gl);
    }
  });

  return (
    <primitive
      object={mesh}
      onClick={(e: ThreeEvent<MouseEvent>) => {
        if (e.delta > 6 || e.instanceId === undefined) return;
        e.stopPropagation();
        onBoothClick(e.instanceId);
      }}
    />
  );
}
