import { lazy, Suspense, useState } from 'react';
import { useLang } from '../../context/useLang';
import { usePassport } from '../../context/usePassport';
import { tp } from '../../i18n/passportStrings';
import { Icon } from '../../icons/Icon';
import './passportButton.css';

// The dialog, its zones and its QR code load when a visitor first opens the passport.
const PassportDialog = lazy(() => import('./PassportDialog').then((m) => ({ default: m.PassportDialog })));

interface Props {
  className?: string;
  /** The pavilion's public origin for the passport's link (PassportDialog's `origin`). */
  origin?: string;
}

/** The HUD's passport button: its stamp count, and the passport dialog it opens. */
export function PassportButton({ className = 'hud-btn', origin }: Props) {
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const count = usePassport(({ hall, stamps }) => (hall ? stamps.filter((id) => hall.slots.includes(id)).length : 0));
  const label = tp('passportButton', lang);
  return (
    <>
      <button
        type="button"
        className={`${className} passport-btn`}
        aria-haspopup="dialog"
        // Named in full: the HUD hides its buttons' labels on a narrow screen.
        aria-label={count > 0 ? `${label} (${count})` : label}
        onClick={() => setOpen(true)}
      >
        <Icon name="stamp" /> <span className="label">{label}</span>
        {count > 0 && (
          <span className="passport-btn-count" data-count={count}>
            {count}
          </span>
        )}
      </button>
      {open && (
        <Suspense fallback={null}>
          <PassportDialog onClose={() => setOpen(false)} origin={origin} />
        </Suspense>
      )}
    </>
  );
}
