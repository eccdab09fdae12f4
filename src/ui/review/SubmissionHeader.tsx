import type { SubmissionDetail } from '../../api/types';
import { useLang } from '../../context/useLang';
import { t } from '../../i18n/strings';
import { localize, type Localized } from '../../manifest';
import { formatWhen } from './formatWhen';

/** The exhibitor's name as the submitted manifest gives it (unchecked JSON: either form of text, or nothing). */
function exhibitorName(manifest: unknown): Localized | undefined {
  const name = (manifest as { exhibitor?: { name?: unknown } } | null)?.exhibitor?.name;
  if (typeof name === 'string') return { zh: name, en: name };
  if (name && typeof name === 'object') {
    const { zh, en } = name as Record<string, unknown>;
    return { ...(typeof zh === 'string' ? { zh } : {}), ...(typeof en === 'string' ? { en } : {}) };
  }
  return undefined;
}

/** Whose submission, for which booth, when, and against what. */
export function SubmissionHeader({ detail, headingId }: { detail: SubmissionDetail; headingId: string }) {
  const lang = useLang();
  const name = localize(exhibitorName(detail.manifest), lang);
  return (
    <header className="submission-head">
      <h2 id={headingId}>
        {name || detail.booth}
        {name && <code className="booth-id"> {detail.booth}</code>}
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
