import { useLang } from '../../context/useLang';
import { t } from '../../i18n/strings';
import type { Booth } from '../../manifest';
import { useBoothVisit } from '../panel/useBoothVisit';
import { FlatBooth } from './FlatBooth';

/**
 * An open booth in the running 2D pavilion: its page, stamping the passport as the booth panel
 * does (ten seconds here, or its media played). Keyed by booth: another booth is another visit.
 */
export function FlatBoothPage({
  booth,
  onBack,
  live,
  webgl,
}: {
  booth: Booth;
  onBack: () => void;
  live: boolean;
  webgl: boolean;
}) {
  const lang = useLang();
  const { zone, at, imageOriginAllowed, stampMedia } = useBoothVisit(booth);
  return (
    <FlatBooth
      booth={booth}
      zone={zone}
      lang={lang}
      live={live}
      webgl={webgl}
      onPlay={stampMedia}
      imageOriginAllowed={imageOriginAllowed}
      at={at}
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
