import { useLang } from '../../context/useLang';
import { usePassport } from '../../context/usePassport';
import { usePavilion } from '../../context/usePavilion';
import { tp } from '../../i18n/passportStrings';
import { Icon } from '../../icons/Icon';
import './passportButton.css';

/**
 * A HUD button for the passport: its stamp count; it opens the `passport` sheet (`#/passport`),
 * where the programme's sheets mount PassportDialog.
 */
export function PassportButton({ className = 'hud-btn' }: { className?: string }) {
  const lang = useLang();
  const { tour } = usePavilion();
  const count = usePassport(({ hall, stamps }) => (hall ? stamps.filter((id) => hall.slots.includes(id)).length : 0));
  const label = tp('passportButton', lang);
  return (
    <button
      type="button"
      className={`${className} passport-btn`}
      aria-haspopup="dialog"
      // Named by its text ("展位护照 3"): on a narrow screen the label leaves the view, not the name.
      onClick={() => tour.getState().openSheet({ kind: 'passport' })}
    >
      <Icon name="stamp" /> <span className="label">{label}</span>
      {count > 0 && (
        <span className="passport-btn-count" data-count={count}>
          {count}
        </span>
      )}
    </button>
  );
}
