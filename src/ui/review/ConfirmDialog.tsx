import { useId } from 'react';
import { useLang } from '../../context/useLang';
import { t } from '../../i18n/strings';
import { ModalDialog } from '../ModalDialog';

interface Props {
  open: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  busy: boolean;
  /** The confirm button's look: green for publishing, blue otherwise. */
  tone?: 'approve' | 'primary';
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks once more before something visitors will see: Cancel has the focus, Esc cancels. */
export function ConfirmDialog({ open, title, text, confirmLabel, busy, tone = 'primary', onConfirm, onCancel }: Props) {
  const lang = useLang();
  const id = useId();
  return (
    <ModalDialog open={open} onClose={onCancel} className="confirm-dialog" labelledBy={`${id}-title`}>
      <div className="confirm-inner">
        <h2 id={`${id}-title`}>{title}</h2>
        <p>{text}</p>
        <div className="confirm-actions">
          {/* Focused first by the dialog: the careful choice is the default one. */}
          <button type="button" className="review-btn" onClick={onCancel} autoFocus>
            {t('reviewCancel', lang)}
          </button>
          <button type="button" className={`review-btn ${tone}`} onClick={onConfirm} disabled={busy}>
            {busy ? t('reviewWorking', lang) : confirmLabel}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
