import { useCallback } from 'react';
import { useHall } from '../context/useHall';
import { useLang } from '../context/useLang';
import { usePavilion } from '../context/usePavilion';
import { useTour } from '../context/useTour';
import { t } from '../i18n/strings';
import { Icon } from '../icons/Icon';
import { localize } from '../manifest';
import { ModalDialog } from './ModalDialog';
import './qr.css';

/**
 * On the visitor's phone, a visit handed over by a hall kiosk (`#/visit/<id>,<id>`, from its QR
 * code): the booths they opened there, each a button that goes to it. The list came from a URL
 * anyone can write: booths this hall does not have are left out.
 */
export function VisitFromKiosk({ webgl }: { webgl: boolean }) {
  const lang = useLang();
  const { tour, nav } = usePavilion();
  const ids = useTour((s) => s.visitFromKiosk);
  const booths = useHall((s) => s.loaded?.booths);
  const listed = (ids ?? []).flatMap((id) => booths?.find((b) => b.id === id) ?? []);
  const close = useCallback(() => tour.getState().setVisitFromKiosk(null), [tour]);

  const go = (id: string) => {
    const s = tour.getState();
    s.setVisitFromKiosk(null);
    // Walk there, then open its panel on arrival; without 3D, open it at once.
    if (webgl && nav.walkToBooth(id)) s.setPendingOpen(id);
    else s.openBooth(id);
  };

  return (
    <ModalDialog
      open={ids !== null}
      onClose={close}
      className="visit-dialog visit-from-kiosk"
      labelledBy="visit-from-kiosk-title"
    >
      {ids && (
        <div className="visit-dialog-inner">
          <header>
            <h2 id="visit-from-kiosk-title">{t('visitFromKiosk', lang)}</h2>
            <button type="button" className="close" aria-label={t('close', lang)} onClick={close} autoFocus>
              <Icon name="close" />
            </button>
          </header>
          <p className="hint">{listed.length ? t('visitFromKioskHint', lang) : t('visitNoneKnown', lang)}</p>
          <ul className="visit-list">
            {listed.map((b) => (
              <li key={b.id}>
                <button type="button" onClick={() => go(b.id)} data-booth-id={b.id}>
                  <img src={b.exhibitor.logo} alt="" width={44} height={44} />
                  <span className="names">
                    <strong>{localize(b.exhibitor.name, lang)}</strong>
                    <small>{localize(b.exhibitor.name, lang === 'zh' ? 'en' : 'zh')}</small>
                  </span>
                  <span className="go" aria-hidden="true">
                    {t('go', lang)} →
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </ModalDialog>
  );
}
