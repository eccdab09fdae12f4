import { useMemo } from 'react';
import { createPortal } from 'react-dom';
import { useHall } from '../../context/useHall';
import { useLang } from '../../context/useLang';
import { usePassport } from '../../context/usePassport';
import { tp } from '../../i18n/passportStrings';
import { t } from '../../i18n/strings';
import { Icon } from '../../icons/Icon';
import { passportProgress } from '../../programme/passport';
import { ModalDialog } from '../ModalDialog';
import { PassportBadges } from './PassportBadges';
import { PassportCarry } from './PassportCarry';
import { PassportZones } from './PassportZones';
import './passport.css';

interface Props {
  /** Asked to close (its close button, Esc, the backdrop); the dialog is open while mounted. */
  onClose: () => void;
  /** The pavilion's public origin, for the link a phone opens: this page's own by default (as VisitHandoff). */
  origin?: string;
}

/**
 * The visitor's booth passport: how many booths are stamped, the badges earned, every zone's
 * booths stamped or not, and the passport as a link and QR code to carry to a phone.
 */
export function PassportDialog({ onClose, origin = location.origin }: Props) {
  const lang = useLang();
  const hall = usePassport((s) => s.hall);
  const stamps = usePassport((s) => s.stamps);
  const booths = useHall((s) => s.loaded?.booths);
  const progress = useMemo(() => (hall ? passportProgress(hall, stamps) : null), [hall, stamps]);
  const percent = progress && progress.total ? Math.round((100 * progress.stamped) / progress.total) : 0;

  // At the page's top level: a HUD bar may be scaled (a kiosk's zoom); the dialog must not be twice.
  return createPortal(
    <ModalDialog open onClose={onClose} className="passport-dialog" labelledBy="passport-title">
      <div className="passport-inner">
        <header className="passport-head">
          <h2 id="passport-title">
            <Icon name="stamp" size={26} /> {tp('passportTitle', lang)}
          </h2>
          <button type="button" className="close" aria-label={t('close', lang)} onClick={onClose} autoFocus>
            <Icon name="close" />
          </button>
        </header>
        {progress && hall && (
          <div className="passport-body">
            <div className="passport-main">
              <p className="passport-how">{tp('passportHow', lang)}</p>
              <div className="passport-summary" data-stamped={progress.stamped} data-total={progress.total}>
                <p className="passport-count">{tp('passportCount', lang, { n: progress.stamped, total: progress.total })}</p>
                <div className="passport-bar" aria-hidden="true">
                  <span style={{ width: `${percent}%` }} />
                </div>
              </div>
              <PassportBadges progress={progress} lang={lang} />
              <PassportZones progress={progress} booths={booths ?? []} lang={lang} />
            </div>
            <PassportCarry hall={hall} stamps={stamps} origin={origin} lang={lang} />
          </div>
        )}
      </div>
    </ModalDialog>,
    document.body,
  );
}
