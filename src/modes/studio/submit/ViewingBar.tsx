import type { SubmissionDetail } from '../../../api/types';
import { ts } from '../../../i18n/studioStrings';
import { useStudio } from '../StudioContext';

/** Says the preview shows a stored submission, not the draft, and the way back. */
export function ViewingBar({ detail, onBack }: { detail: SubmissionDetail; onBack: () => void }) {
  const { lang } = useStudio();
  const at = new Date(detail.createdAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <div className="viewing-bar" role="status">
      <span>{ts('viewingSubmission', lang, { at })}</span>
      <button type="button" className="btn small" onClick={onBack} autoFocus>
        {ts('backToDraft', lang)}
      </button>
    </div>
  );
}
