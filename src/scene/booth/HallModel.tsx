import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo, useState } from 'react';
import type { BufferGeometry, Material } from 'three';
import type { BoothPlacement } from '../../hall/layout';
import type { Booth, Model3D } from '../../manifest';
import { bakeModel } from './bakeModel';
import { modelSpot } from './modelSpot';
import { learnStandIn } from './standIns';
import { hallModelsShown } from './hallModelsShown';

/** How big a model shows in the hall (its largest side, metres): seen from the aisle, whatever its real size. */
const SHOWN_SIZE = { counter: 0.45, plinth: 0.6 } as const;

interface Props {
  placement: BoothPlacement;
  booth: Booth;
  model: Model3D & { inHall: 'counter' | 'plinth' };
  material: Material;
  /** Its triangles once baked, for the hall's budget. */
  onBaked: (boothId: string, triangles: number) => void;
  onClick: () => void;
}

/**
 * One booth's model standing in the hall while the visitor is near: loaded, baked to one
 * vertex-coloured geometry (bakeModel) and the original let go at once, freed when far again.
 * Until it has loaded, its stand-in stays (ModelStandIns); once baked, the stand-in it leaves
 * behind is learned for when the visitor walks away.
 */
export function HallModel({ placement, booth, model, material, onBaked, onClick }: Props) {
  const [geometry, setGeometry] = useState<BufferGeometry | null>(null);
  const spot = useMemo(() => modelSpot(placement, booth.template, model.inHall), [placement, booth.template, model.inHall]);

  useEffect(() => {
    let cancelled = false;
    let made: BufferGeometry | null = null;
    // The loader and its decoders are a chunk of their own: only a hall with models near pays for it.
    void import('../../boot/modelLoader')
      .then(async ({ loadGltfScene, disposeObject }) => {
        const scene = await loadGltfScene(model.src);
        try {
          if (cancelled) return;
          const baked = bakeModel(scene, SHOWN_SIZE[model.inHall], model.inHall === 'plinth');
          made = baked.geometry;
          learnStandIn(model.src, baked.standIn);
          onBaked(booth.id, baked.triangles);
          hallModelsShown.add(booth.id);
          setGeometry(baked.geometry);
        } finally {
          disposeObject(scene);
        }
      })
      .catch((err: unknown) => console.warn(`[models] ${booth.id}: ${model.src} not shown in the hall: ${String(err)}`));
    return () => {
      cancelled = true;
      hallModelsShown.delete(booth.id);
      made?.dispose();
    };
  }, [model.src, model.inHall, booth.id, onBaked]);

  if (!geometry) return null;
  return (
    <group position={[placement.x, 0, placement.z]} rotation={[0, placement.rotationY, 0]}>
      <mesh
        geometry={geometry}
        material={material}
        position={spot}
        onClick={(e: ThreeEvent<MouseEvent>) => {
          e.stopPropagation();
          onClick();
        }}
      />
    </group>
  );
}
