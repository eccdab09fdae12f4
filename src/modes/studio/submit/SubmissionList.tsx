import { useCallback, useEffect, useState } from 'react';
import type { Api } from '../../../api/client';
import type { SubmissionDetail, SubmissionStatus, SubmissionSummary } from '../../../api/types';
import { ts, type StudioStringKey } from '../../../i18n/studioStrings';
import { useStudio } from '../StudioContext';

const STATUS: Record<SubmissionStatus, StudioStringKey> = {
  submitted: 'statusSubmitted',
  approved: 'statusApproved',
  rejected: 'statusRejected',
  superseded: 'statusSuperseded',
};
const REFRESH_MS = 30_000;

/** The booth's submissions, newest first, refreshed after a submit (`stamp`) and on a timer. */
export function SubmissionList({
  api,
  booth,
  stamp,
  onPreview,
}: {
  api: Api;
  booth: string;
  stamp: number;
  /** Shows a submission as stored by the service, in the page's preview. */
  onPreview: (detail: SubmissionDetail) => void;
}) {
  const { lang } = useStudio();
  const [list, setList] = useState<SubmissionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(() => {
    api.submissions(booth).then(
      (l) => {
        setList(l);
        setError(null);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [api, booth]);
  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh, stamp]);
  const date = (iso: string) =>
    new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="card submissions" aria-labelledby="sec-subs">
      <div className="card-head">
        <h2 id="sec-subs">{ts('submissionsTitle', lang)}</h2>
        <button type="button" className="btn small" onClick={refresh}>
          {ts('refresh', lang)}
        </button>
      </div>
      {error && <p className="notice error">{ts('serviceDown', lang, { why: error })}</p>}
      {list && list.length === 0 && <p className="muted">{ts('submissionsNone', lang)}</p>}
      {list && list.length > 0 && (
        <ul className="submission-list">
          {list.map((s) => (
            <li key={s.id}>
              <span className={`status ${s.status}`}>{ts(STATUS[s.status], lang)}</span>
              {s.version !== undefined && <span className="version">{ts('submissionVersion', lang, { v: s.version })}</span>}
              <span className="muted small">
                {ts('submittedAt', lang, { at: date(s.createdAt) })}
                {s.decidedAt && ` · ${ts('decidedAt', lang, { at: date(s.decidedAt) })}`}
              </span>
              <button
                type="button"
                className="btn small"
                onClick={() =>
                  api.submission(s.id).then(onPreview, (e: unknown) => setError(e instanceof Error ? e.message : String(e)))
                }
              >
                {ts('previewSubmission', lang)}
              </button>
              {s.reason && <p className="reason">{ts('submissionReason', lang, { why: s.reason })}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
