import { useCallback } from 'react';
import { useLang } from '../context/useLang';
import { usePavilion } from '../context/usePavilion';
import { useTour } from '../context/useTour';
import { t } from '../i18n/strings';
import { Icon } from '../icons/Icon';
import { ModalDialog } from './ModalDialog';
import { QrCode } from './QrCode';

/**
 * A kiosk's answer to anything that would leave the pavilion (an outside link, "open in a new
 * tab", `window.open`): the page as a QR code for the visitor's phone. Opened through the tour
 * store's `showPhoneQr`, so a kiosk's reset closes it with everything else.
 */
export function PhoneQrDialog() {
  const { tour } = usePavilion();
  const lang = useLang();
  const qr = useTour((s) => s.phoneQr);
  const close = useCallback(() => tour.getState().showPhoneQr(null), [tour]);
  return (
    <ModalDialog open={qr !== null} onClose={close} className="phone-qr" labelledBy="phone-qr-title">
      {qr && (
        <div className="phone-qr-inner">
          <header>
            <h2 id="phone-qr-title">
              {t('qrOpenOnPhone', lang)}: {qr.title}
            </h2>
            <button type="button" className="close" aria-label={t('close', lang)} onClick={close} autoFocus>
              <Icon name="close" />
            </button>
          </header>
          <QrCode text={qr.text} title={qr.title} size={320} />
          <p className="hint">{t('qrScanHint', lang)}</p>
        </div>
      )}
    </ModalDialog>
  );
}
