import { useLang } from '../../context/useLang';
import { Icon } from '../../icons/Icon';
import { t } from '../../i18n/strings';
import { BoothPreview } from '../../preview/BoothPreview';

/**
 * The submission as visitors would see it: the studio's own 3D and panel preview, its files read
 * from the content origin beside `manifestUrl`; and the submitted manifest itself, in a new tab.
 */
export function PreviewBlock({ manifest, manifestUrl }: { manifest: unknown; manifestUrl: string }) {
  const lang = useLang();
  return (
    <div className="preview-block">
      <BoothPreview manifest={manifest} manifestUrl={manifestUrl} />
      <a className="review-link" href={manifestUrl} target="_blank" rel="noopener noreferrer">
        <Icon name="external" size={16} /> {t('reviewOpenManifest', lang)}
      </a>
    </div>
  );
}
