import { useShallow } from 'zustand/react/shallow';
import type { HallLayout } from '../../hall/layout';
import type { Booth } from '../../manifest';
import { usePavilion } from '../../context/usePavilion';
import { useTour } from '../../context/useTour';
import { useMotion } from '../../context/useMotion';
import { pageFlags } from '../../boot/flags';
import { BoothVideo } from './BoothVideo';

interface Props {
  layout: HallLayout;
  booths: readonly Booth[];
}

/**
 * The screens of the booths awake near the visitor. Its own component, so a change of awake
 * booths while walking re-renders these few and not the whole hall.
 */
export function AwakeVideos({ layout, booths }: Props) {
  const { tour } = usePavilion();
  const awake = useTour(useShallow((s) => s.awakeBoothIds));
  // Reduced motion: the screens keep their posters; every video still plays in the booth's panel.
  const still = useMotion((s) => s.reduced) && pageFlags.kiosk === null;
  if (still) return null;
  return awake.map((id) => {
    const p = layout.byId.get(id);
    return p ? (
      <BoothVideo key={id} placement={p} booth={booths[p.index]!} onClick={() => tour.getState().openBooth(id)} />
    ) : null;
  });
}
