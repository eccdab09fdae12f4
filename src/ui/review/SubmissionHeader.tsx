import type { SubmissionDetail } from '../../api/types';
import { useLang } from '../../context/useLang';
import { t } from '../../i18n/strings';
import { formatWhen } from './formatWhen';

/** Whose submission, for which booth, when, and against what. */
export function SubmissionHeader({ detail, headingId }: { detail: SubmissionDetail; headingId: string }) {
  const lang = useLang();
  return (
    <header className="submission-head">
      <h2 id={headingId}>
        <span className="muted-label">{t('reviewBooth', lang)}</span> {detail.booth}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('reviewBy', lang)}</dt>
          <dd>{detail.by}</dd>
        </div>
        <div>
          <dt>{t('reviewSubmittedAt', lang)}</dt>
          <dd>
            <time dateTime={detail.createdAt}>{formatWhen(detail.createdAt, lang)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('reviewAgainst', lang)}</dt>
          <dd>{detail.live ? `v${detail.live.version}` : <span className="pill new">{t('reviewNewBooth', lang)}</span>}</dd>
        </div>
      </dl>
    </header>
  );
}
