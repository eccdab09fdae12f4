import { useCallback } from 'react';
import { useHall } from '../../context/useHall';
import { useLang } from '../../context/useLang';
import { usePavilion } from '../../context/usePavilion';
import { t } from '../../i18n/strings';
import { originAllowed, type Booth } from '../../manifest';
import { usePanelDwellStamp } from '../panel/usePanelDwellStamp';
import { FlatBooth } from './FlatBooth';

/**
 * An open booth in the running 2D pavilion: its page, stamping the passport as the booth panel
 * does (ten seconds here, or its media played). Keyed by booth: another booth is another visit.
 */
export function FlatBoothPage({ booth, onBack, live }: { booth: Booth; onBack: () => void; live: boolean }) {
  const lang = useLang();
  const { passport } = usePavilion();
  const loaded = useHall((s) => s.loaded)!;
  const placement = useHall((s) => s.world?.layout.byId.get(booth.id));
  const zone = loaded.hall.zones.find((z) => z.booths.includes(booth.id));
  const { allowedOrigins } = loaded.hall;
  const imageOriginAllowed = useCallback(
    (origin: string) => originAllowed(origin, booth.url, { appOrigin: location.origin, allowedOrigins }),
    [booth.url, allowedOrigins],
  );
  usePanelDwellStamp(booth.id);
  const stampMedia = useCallback(() => void passport.getState().stamp(booth.id, 'media'), [passport, booth.id]);
  return (
    <FlatBooth
      booth={booth}
      zone={zone}
      lang={lang}
      live={live}
      onPlay={stampMedia}
      imageOriginAllowed={imageOriginAllowed}
      at={placement ? { x: placement.x, z: placement.z } : undefined}
      back={
        <p className="flat-back">
          <a
            href="/"
            onClick={
              live
                ? (e) => {
                    e.preventDefault();
                    onBack();
                  }
                : undefined
            }
          >
            ← {t('backToHall', lang)}
          </a>
        </p>
      }
    />
  );
}
