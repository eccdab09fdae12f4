import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Color, InstancedMesh, Object3D, PlaneGeometry, Vector3 } from 'three';
import { closestBooths } from '../../hall/nearest';
import type { HallWorld } from '../../hall/world';
import type { Booth, Lang } from '../../manifest';
import { addUvRects } from '../materials/atlasMaterial';
import { MATERIALS } from '../materials/catalogue';
import { DynamicAtlas } from '../atlas/DynamicAtlas';
import { usePavilion } from '../../context/usePavilion';
import { useContextRestored } from '../renderer/useContextRestored';
import { CompactInstances } from './CompactInstances';
import { isDrag } from '../controls/pointerTravel';

export interface AtlasQuadSpec {
  atlas: { width: number; height: number; slotW: number; slotH: number; blank: string };
  /** Booths nearer than this compete for slots. */
  radius: number;
  /**
   * Quads are drawn only this near (they cost per instance, seen or not); beyond it the booth's
   * own header or screen frame, of nearly the idle colour, shows in their place.
   */
  drawRadius: number;
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
/**
 * Slots uploaded per atlas every UPLOAD_INTERVAL (a slot is 0.25–0.33 MB). Under the loading
 * curtain nobody sees a frame, so the first view fills fast; while walking, about 2 MB at a
 * time, a few milliseconds on a phone.
 */
const UPLOAD_SLOTS = { covered: 32, shown: 8 };

/** One instanced quad per booth near the visitor, textured from a shared atlas whose slots follow the visitor. */
export function AtlasQuads({ world, booths, lang, spec, onBoothClick, name }: Props) {
  const placements = world.layout.booths;
  const { mesh, atlas, quads, pending, showing } = useMemo(() => {
    const atlas = new DynamicAtlas(spec.atlas.width, spec.atlas.height, spec.atlas.slotW, spec.atlas.slotH, spec.atlas.blank);
    const mesh = new InstancedMesh(
      new PlaneGeometry(1, 1),
      MATERIALS.atlas.make({ map: atlas.texture }),
      Math.max(1, placements.length),
    );
    mesh.name = name;
    const quads = new CompactInstances(mesh, addUvRects(mesh, Math.max(1, placements.length)));
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
      quads.setMatrix(k, o.matrix);
      quads.setColor(k, color.set(spec.idleColor(booths[p.index]!)));
      quads.setExtra(k, blank);
    });
    quads.fitBounds();
    // Slots drawn on the canvas and not uploaded yet → the placement each was drawn for.
    return { mesh, atlas, quads, pending: new Map<number, number>(), showing: new Map<number, number>() };
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
  const { visitor, progress } = usePavilion();
  const langRef = useRef(lang);
  const timers = useRef({ plan: PLAN_INTERVAL, upload: 0, refill: false });
  // A restored context has an empty atlas texture: the quads showing a slot go back to their idle
  // colour (not black) until their slot is sent again, at the covered rate.
  useContextRestored(() => {
    atlas.restored();
    const blank = atlas.uvRect(0);
    for (const key of showing.keys()) {
      quads.setExtra(key, blank);
      quads.setColor(key, tmpColor.set(spec.idleColor(booths[placements[key]!.index]!)));
    }
    timers.current.refill = true;
    timers.current.upload = UPLOAD_INTERVAL;
  });
  useEffect(() => {
    // Only a switch repaints: on mount the first plan has already drawn in this language.
    if (langRef.current === lang) return;
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
      quads.show(closestBooths(visitor.pos, placements, world.boothIndex, placements.length, spec.drawRadius));
      const wanted = closestBooths(visitor.pos, placements, world.boothIndex, atlas.slotCount - 1, spec.radius);
      const plan = atlas.update(wanted);
      const blank = atlas.uvRect(0);
      for (const e of plan.evict) {
        showing.delete(e.key);
        quads.setExtra(e.key, blank);
        quads.setColor(e.key, tmpColor.set(spec.idleColor(booths[placements[e.key]!.index]!)));
      }
      const forLang = langRef.current;
      progress.wanted += plan.assign.length;
      progress.planned = true;
      for (const a of plan.assign) {
        const ticket = atlas.ticket(a.slot);
        const booth = booths[placements[a.key]!.index]!;
        void spec.prepare(booth, forLang).then((paint) => {
          if (forLang !== langRef.current || !atlas.draw(a.slot, ticket, paint)) progress.painted++;
          else {
            // A slot redrawn before its upload: the earlier drawing is done with.
            if (pending.has(a.slot)) progress.painted++;
            pending.set(a.slot, a.key);
          }
        });
      }
    }
    if (t.upload >= UPLOAD_INTERVAL) {
      t.upload = 0;
      const fast = !progress.shown || t.refill;
      // A quad shows its slot once the slot's pixels are on the GPU, not before.
      for (const slot of atlas.flush(gl, fast ? UPLOAD_SLOTS.covered : UPLOAD_SLOTS.shown)) {
        let key = pending.get(slot);
        if (key !== undefined) {
          pending.delete(slot);
          progress.painted++;
        } else {
          // Sent again after a context restore: the quad that showed it, and still holds it, shows it again.
          for (const [k, s] of showing) if (s === slot && atlas.holders.get(k) === slot) key = k;
          if (key === undefined) continue;
        }
        if (atlas.holders.get(key) !== slot) continue;
        showing.set(key, slot);
        quads.setExtra(key, atlas.uvRect(slot));
        quads.setColor(key, WHITE);
      }
      if (atlas.queued === 0) t.refill = false;
    }
  });

  return (
    <primitive
      object={mesh}
      onClick={(e: ThreeEvent<MouseEvent>) => {
        const k = e.instanceId === undefined ? -1 : quads.keyAt(e.instanceId);
        if (isDrag(e) || k < 0) return;
        e.stopPropagation();
        onBoothClick(k);
      }}
    />
  );
}
