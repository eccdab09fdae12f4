import type { Lang } from '../../manifest';
import { t } from '../../i18n/strings';

/** Zoom in, zoom out and reset: the same three buttons under the panorama and the model viewers. */
export function ViewButtons({ lang, onZoom, onReset }: { lang: Lang; onZoom: (factor: number) => void; onReset: () => void }) {
  return (
    <>
      <button type="button" className="pill-btn" onClick={() => onZoom(0.8)} aria-label={t('zoomIn', lang)}>
        +
      </button>
      <button type="button" className="pill-btn" onClick={() => onZoom(1.25)} aria-label={t('zoomOut', lang)}>
        −
      </button>
      <button type="button" className="pill-btn" onClick={onReset}>
        {t('resetView', lang)}
      </button>
    </>
  );
}
