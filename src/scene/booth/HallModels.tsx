import { useFrame } from '@react-three/fiber';
import { useCallback, useMemo, useRef, useState } from 'react';
import { closestBooths } from '../../hall/nearest';
import { HALL_MODELS, nearModels } from '../../hall/nearModels';
import type { HallWorld } from '../../hall/world';
import type { Booth, Model3D } from '../../manifest';
import { usePavilion } from '../../context/usePavilion';
import { useMaterial } from '../materials/useMaterial';
import { HallModel } from './HallModel';
import { ModelStandIns } from './ModelStandIns';

const INTERVAL = 0.25;
/** Booths looked at for models each time: the nearest ones within reach, of any kind. */
const LOOKED_AT = 24;

type InHall = Model3D & { inHall: 'counter' | 'plinth' };

/**
 * The models booths stand in the hall, near the visitor only: a few at once within the triangle
 * budget (hall/nearModels), checked a few times a second, never per frame. Far away a booth shows
 * its model's stand-in (ModelStandIns: a plinth, a box of the model's size and colour). All share
 * the booths' baked material: no new shader.
 */
export function HallModels({ world, booths }: { world: HallWorld; booths: readonly Booth[] }) {
  const { visitor, tour } = usePavilion();
  const material = useMaterial('bakedBody', {});
  const models = useMemo(() => {
    const m = new Map<string, InHall>();
    for (const p of world.layout.booths) {
      const found = booths[p.index]!.media.find((x): x is InHall => x.type === 'model' && x.inHall !== undefined);
      if (found) m.set(p.id, found);
    }
    return m;
  }, [world, booths]);
  const triangles = useRef(new Map<string, number>());
  const [shown, setShown] = useState<string[]>([]);
  const t = useRef(INTERVAL);

  useFrame((_, dt) => {
    if (models.size === 0) return;
    t.current += dt;
    if (t.current < INTERVAL) return;
    t.current = 0;
    const placements = world.layout.booths;
    const candidates = closestBooths(visitor.pos, placements, world.boothIndex, LOOKED_AT, HALL_MODELS.leave)
      .map((k) => placements[k]!)
      .filter((p) => models.has(p.id))
      .map((p) => ({
        id: p.id,
        distance: Math.hypot(visitor.pos.x - p.x, visitor.pos.z - p.z),
        triangles: triangles.current.get(p.id),
      }));
    const next = nearModels(candidates, new Set(shown));
    if (next.length !== shown.length || next.some((id, i) => id !== shown[i])) setShown(next);
  });

  // Stable: a model entering must not reload the others.
  const onBaked = useCallback((id: string, n: number) => void triangles.current.set(id, n), []);
  const open = useCallback((id: string) => tour.getState().openBooth(id), [tour]);
  const near = shown.map((id) => {
    const p = world.layout.byId.get(id);
    const model = models.get(id);
    return p && model ? (
      <HallModel
        key={id}
        placement={p}
        booth={booths[p.index]!}
        model={model}
        material={material}
        onBaked={onBaked}
        onClick={() => open(id)}
      />
    ) : null;
  });
  return (
    <>
      {models.size > 0 && <ModelStandIns world={world} booths={booths} models={models} material={material} onClick={open} />}
      {near}
    </>
  );
}
