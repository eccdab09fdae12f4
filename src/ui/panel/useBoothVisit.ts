import { useCallback } from 'react';
import { useHall } from '../../context/useHall';
import { usePavilion } from '../../context/usePavilion';
import { originAllowed, type Booth, type Zone } from '../../manifest';
import { usePanelDwellStamp } from './usePanelDwellStamp';

/**
 * What an open booth needs, as a panel in 3D or a page in 2D: its zone, where it stands (audio
 * guides play there), which image origins its case studies may show, and the passport, stamped
 * after ten seconds open or when any of its media plays.
 */
export function useBoothVisit(booth: Booth) {
  const loaded = useHall((s) => s.loaded)!;
  const placement = useHall((s) => s.world?.layout.byId.get(booth.id));
  const zone: Zone | undefined = loaded.hall.zones.find((z) => z.booths.includes(booth.id));
  const { allowedOrigins } = loaded.hall;
  const imageOriginAllowed = useCallback(
    (origin: string) => originAllowed(origin, booth.url, { appOrigin: location.origin, allowedOrigins }),
    [booth.url, allowedOrigins],
  );
  usePanelDwellStamp(booth.id);
  const { passport } = usePavilion();
  const stampMedia = useCallback(() => void passport.getState().stamp(booth.id, 'media'), [passport, booth.id]);
  const at = placement ? { x: placement.x, z: placement.z } : undefined;
  return { zone, at, imageOriginAllowed, stampMedia };
}
