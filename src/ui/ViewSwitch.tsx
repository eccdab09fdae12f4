import { viewStore } from '../context/pageStores';
import { useLang } from '../context/useLang';
import { useView } from '../context/useView';
import { Icon } from '../icons/Icon';
import { t } from '../i18n/strings';

/**
 * The switch between the 3D hall and the 2D pavilion, always on screen in both. Its visible
 * text names the view it leads to; its accessible name says what the 2D view is for.
 */
export function ViewSwitch({ className }: { className: string }) {
  const lang = useLang();
  const view = useView();
  const to = view === '3d' ? '2d' : '3d';
  return (
    <button
      type="button"
      className={`${className} view-switch`}
      data-view-to={to}
      aria-label={t(to === '2d' ? 'view2dLabel' : 'view3dLabel', lang)}
      onClick={() => viewStore.getState().setView(to)}
    >
      <Icon name={to === '2d' ? 'page' : 'cube'} /> <span className="label">{t(to === '2d' ? 'view2d' : 'view3d', lang)}</span>
    </button>
  );
}
