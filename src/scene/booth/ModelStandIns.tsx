import { useFrame, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import { BoxGeometry, Euler, Matrix4, Mesh, Quaternion, Vector3, type Material } from 'three';
import type { HallWorld } from '../../hall/world';
import type { Booth, Model3D } from '../../manifest';
import { BakedBoxes } from './BakedBoxes';
import { PLINTH } from './bakeModel';
import { hallModelsShown } from './hallModelsShown';
import { modelSpot } from './modelSpot';
import { learnedStandIns, standInsShown } from './standIns';

const INTERVAL = 0.25;

type InHall = Model3D & { inHall: 'counter' | 'plinth' };

interface Props {
  world: HallWorld;
  booths: readonly Booth[];
  models: ReadonlyMap<string, InHall>;
  material: Material;
  onClick: (boothId: string) => void;
}

const at = new Matrix4();
const q = new Quaternion();
const e = new Euler();
const p = new Vector3();
const s = new Vector3();

/**
 * What stands where a booth's model would, while the model itself is not shown (too far, or
 * still loading): its plinth, always; and a box of the model's size in its average colour once
 * the model has been seen near (standIns). All of them one baked geometry drawn with the booths'
 * material: one draw call, a few triangles a booth, no new shader.
 */
export function ModelStandIns({ world, booths, models, material, onClick }: Props) {
  const [version, setVersion] = useState(learnedStandIns.version);
  const built = useMemo(() => {
    const matrices: Matrix4[] = [];
    const colors: number[] = [];
    const owner: string[] = [];
    const slots = new Map<string, { start: number; count: number }>();
    const learnedFor = new Set<string>();
    const add = (id: string, m: Matrix4, c: readonly [number, number, number]) => {
      matrices.push(m.clone());
      colors.push(...c);
      owner.push(id);
    };
    for (const placement of world.layout.booths) {
      const model = models.get(placement.id);
      if (!model) continue;
      const start = matrices.length;
      const spot = modelSpot(placement, booths[placement.index]!.template, model.inHall);
      const base = new Matrix4().compose(
        p.set(placement.x, 0, placement.z),
        q.setFromEuler(e.set(0, placement.rotationY, 0)),
        s.set(1, 1, 1),
      );
      base.multiply(at.makeTranslation(spot[0], spot[1], spot[2]));
      if (model.inHall === 'plinth') {
        const m = base
          .clone()
          .multiply(at.compose(p.set(0, PLINTH.height / 2, 0), q.identity(), s.set(PLINTH.side, PLINTH.height, PLINTH.side)));
        add(placement.id, m, [PLINTH.color.r, PLINTH.color.g, PLINTH.color.b]);
      }
      const learned = learnedStandIns.byUrl.get(model.src);
      if (learned) {
        const [w, h, d] = learned.size;
        const m = base.clone().multiply(at.compose(p.set(0, learned.y0 + h / 2, 0), q.identity(), s.set(w, h, d)));
        add(placement.id, m, learned.color);
        learnedFor.add(placement.id);
      }
      if (matrices.length > start) slots.set(placement.id, { start, count: matrices.length - start });
    }
    if (matrices.length === 0) return null;
    const box = new BoxGeometry(1, 1, 1);
    const baked = new BakedBoxes(box, matrices, Float32Array.from(colors));
    box.dispose();
    return { baked, mesh: new Mesh(baked.geometry, material), owner, slots, learnedFor, hidden: new Set<string>() };
    // `version`: rebuilt when a new stand-in is learned.
  }, [world, booths, models, material, version]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    for (const id of built?.learnedFor ?? []) standInsShown.add(id);
    return () => {
      built?.baked.dispose();
      standInsShown.clear();
    };
  }, [built]);

  const t = useRef(INTERVAL);
  useFrame((_, dt) => {
    t.current += dt;
    if (t.current < INTERVAL) return;
    t.current = 0;
    if (learnedStandIns.version !== version) setVersion(learnedStandIns.version);
    if (!built) return;
    // A model standing near hides its stand-in (the baked model has its own plinth).
    for (const [id, slot] of built.slots) {
      const hide = hallModelsShown.has(id);
      if (hide === built.hidden.has(id)) continue;
      built.baked.setShown(slot.start, slot.count, !hide);
      if (hide) built.hidden.add(id);
      else built.hidden.delete(id);
      if (built.learnedFor.has(id) && !hide) standInsShown.add(id);
      else standInsShown.delete(id);
    }
  });

  if (!built) return null;
  return (
    <primitive
      object={built.mesh}
      onClick={(ev: ThreeEvent<MouseEvent>) => {
        if (ev.faceIndex == null) return;
        const id = built.owner[built.baked.copyOfFace(ev.faceIndex)];
        if (!id) return;
        ev.stopPropagation();
        onClick(id);
      }}
    />
  );
}
