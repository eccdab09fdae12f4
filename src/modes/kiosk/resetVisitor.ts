import { langStore } from '../../context/pageStores';
import type { KioskSettings } from '../../state/kioskSettings';
import type { Pavilion } from '../../state/pavilion';
import { forgetClassProgress } from '../../ui/programme/useClassProgress';

/**
 * Forgets the last visitor: panels, directory and walks stopped, the booths they visited and their passport, how far
 * they got in the cloud classes, their language. The 2D overlay is remounted by the caller (every dialog's and field's own state).
 */
export function resetVisitor(pavilion: Pavilion, settings: KioskSettings): void {
  pavilion.nav.stopWalking();
  pavilion.tour.getState().resetSession();
  forgetClassProgress();
  pavilion.passport.getState().resetPassport();
  langStore.getState().setLang(settings.lang);
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  if (location.hash && location.hash !== '#/') history.replaceState(null, '', '#/');
}
