import { useLang } from '../../context/useLang';
import { Icon } from '../../icons/Icon';
import { t } from '../../i18n/strings';

/**
 * Where the booth's preview goes. The shared 3D and panel preview (`preview/BoothPreview`) is
 * being written on another branch; until it lands here, the submitted manifest opens in a new tab.
 */
export function PreviewBlock({ manifestUrl }: { manifest: unknown; manifestUrl: string }) {
  const lang = useLang();
  return (
    <div className="preview-pending">
      <p className="muted">{t('reviewPreviewPending', lang)}</p>
      <a className="review-btn" href={manifestUrl} target="_blank" rel="noopener noreferrer">
        <Icon name="external" size={18} /> {t('reviewOpenPreview', lang)}
      </a>
    </div>
  );
}
