import { useMemo, useState } from 'react';
import { useHall } from '../../context/useHall';
import { useLang } from '../../context/useLang';
import { usePassport } from '../../context/usePassport';
import { usePavilion } from '../../context/usePavilion';
import { tp, type PassportStringKey } from '../../i18n/passportStrings';
import { t } from '../../i18n/strings';
import { Icon } from '../../icons/Icon';
import { localize } from '../../manifest';
import { decodePassport, type PassportDecode } from '../../programme/passportCode';
import { ModalDialog } from '../ModalDialog';
import '../qr.css';
import './passport.css';

const REFUSED: Record<Extract<PassportDecode, { ok: false }>['reason'], PassportStringKey> = {
  malformed: 'passportImportBroken',
  corrupt: 'passportImportBroken',
  version: 'passportImportNewer',
  otherHall: 'passportImportOtherHall',
};

/**
 * A passport link opened here (`#/passport/<code>`, from a kiosk's QR code or a copied link): what
 * it carries, and a confirmation before its stamps join this device's (merged; none removed).
 * The code came from a URL anyone can write: a foreign or damaged one is refused with a reason.
 * Shown once the hall has loaded (a code is read against its booths); `onDone` when dismissed.
 */
export function PassportImport({ code, onDone }: { code: string; onDone: () => void }) {
  const lang = useLang();
  const { passport } = usePavilion();
  const hall = usePassport((s) => s.hall);
  const booths = useHall((s) => s.loaded?.booths);
  const decoded = useMemo(() => (hall ? decodePassport(hall, code) : null), [hall, code]);
  const [added, setAdded] = useState<number | null>(null);
  if (!decoded) return null;

  const add = () => {
    const r = passport.getState().importCode(code);
    setAdded(r.ok ? (r.added ?? 0) : 0);
  };
  const names = decoded.ok ? decoded.ids.map((id) => booths?.find((b) => b.id === id)).filter((b) => b !== undefined) : [];
  return (
    <ModalDialog open onClose={onDone} className="visit-dialog passport-import" labelledBy="passport-import-title">
      <div className="visit-dialog-inner">
        <header>
          <h2 id="passport-import-title">{tp('passportImportTitle', lang)}</h2>
          <button type="button" className="close" aria-label={t('close', lang)} onClick={onDone}>
            <Icon name="close" />
          </button>
        </header>
        {!decoded.ok ? (
          <p className="hint" role="alert" data-refused={decoded.reason}>
            {tp(REFUSED[decoded.reason], lang)}
          </p>
        ) : added !== null ? (
          <p className="hint" role="status" data-added={added}>
            {added > 0 ? tp('passportImportAdded', lang, { n: added }) : tp('passportImportNothingNew', lang)}
          </p>
        ) : (
          <>
            <p className="hint">{tp('passportImportHint', lang, { n: decoded.ids.length })}</p>
            <ul className="passport-import-list">
              {names.map((b) => (
                <li key={b.id}>{localize(b.exhibitor.name, lang)}</li>
              ))}
            </ul>
          </>
        )}
        <div className="passport-import-actions">
          {decoded.ok && added === null ? (
            <>
              <button type="button" className="hud-btn" onClick={onDone}>
                {tp('passportImportCancel', lang)}
              </button>
              <button type="button" className="hud-btn primary" onClick={add} autoFocus>
                {tp('passportImportAdd', lang)}
              </button>
            </>
          ) : (
            <button type="button" className="hud-btn primary" onClick={onDone} autoFocus>
              {tp('passportDone', lang)}
            </button>
          )}
        </div>
      </div>
    </ModalDialog>
  );
}
