import { useLang } from '../context/useLang';
import { t } from '../i18n/strings';
import { ViewSwitch } from './ViewSwitch';

/**
 * The 3D canvas's text alternative, first in the page's reading order: what the canvas is, how to
 * walk it, and the way to the 2D view (the same content as headings and lists).
 */
export function CanvasAlt() {
  const lang = useLang();
  return (
    <div className="visually-hidden canvas-alt">
      <p>{t('canvasAlt', lang)}</p>
      <ViewSwitch className="canvas-alt-switch" />
    </div>
  );
}
