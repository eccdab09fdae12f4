import { useId, useState, type FormEvent } from 'react';
import { useLang } from '../../context/useLang';
import { t } from '../../i18n/strings';
import { ConfirmDialog } from './ConfirmDialog';

interface Props {
  /** Each resolves when the service has answered (the page announces the outcome). */
  onApprove: () => Promise<void>;
  onReject: (reason: string) => Promise<void>;
}

/** Approve (after a confirmation) or reject with a reason the exhibitor will read. */
export function DecisionBar({ onApprove, onReject }: Props) {
  const lang = useLang();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);

  const approve = async () => {
    setBusy(true);
    try {
      await onApprove();
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  const reject = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await onReject(reason.trim());
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="decision">
      <div className="decision-buttons">
        <button type="button" className="review-btn approve" onClick={() => setConfirming(true)} disabled={busy}>
          {t('reviewApprove', lang)}
        </button>
        <button
          type="button"
          className="review-btn danger-outline"
          aria-expanded={rejecting}
          aria-controls={`${id}-form`}
          onClick={() => setRejecting((r) => !r)}
          disabled={busy}
        >
          {t('reviewReject', lang)}
        </button>
      </div>
      <form id={`${id}-form`} className="reject-form" hidden={!rejecting} onSubmit={reject} noValidate>
        <label htmlFor={`${id}-reason`}>{t('reviewReason', lang)}</label>
        <textarea
          id={`${id}-reason`}
          rows={4}
          required
          maxLength={2000}
          value={reason}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? `${id}-missing` : undefined}
          onChange={(e) => {
            setReason(e.target.value);
            if (e.target.value.trim()) setMissing(false);
          }}
        />
        {missing && (
          <p id={`${id}-missing`} className="review-error" role="alert">
            {t('reviewReasonRequired', lang)}
          </p>
        )}
        <button type="submit" className="review-btn danger" disabled={busy}>
          {busy ? t('reviewWorking', lang) : t('reviewSendReject', lang)}
        </button>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t('reviewConfirmApprove', lang)}
        text={t('reviewConfirmApproveText', lang)}
        confirmLabel={t('reviewApprove', lang)}
        busy={busy}
        tone="approve"
        onConfirm={approve}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
