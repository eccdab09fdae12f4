import { useRef, useState } from 'react';
import type { Lang, Localized } from '../../manifest';
import type { Contest } from '../../manifest/programme';
import type { AttemptScore } from '../../programme/contestDraw';
import type { BestScore } from '../../state/bestScore';
import { t, tf } from '../../i18n/strings';
import { ContestCertificate } from './ContestCertificate';
import { useFocusOnMount } from './useFocusOnMount';

interface Props {
  contest: Contest;
  hallTitle: Localized;
  score: AttemptScore;
  best: BestScore | null;
  newBest: boolean;
  earnedAt: Date;
  timeZone: string;
  lang: Lang;
  onTryAgain: () => void;
}

/** The score, the best so far, another go, and the certificate on demand. */
export function ContestResult({ contest, hallTitle, score, best, newBest, earnedAt, timeZone, lang, onTryAgain }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const [certificate, setCertificate] = useState(false);
  return (
    <div className="contest-screen contest-result">
      <h3 ref={heading} tabIndex={-1}>
        {t('contestScore', lang)}
      </h3>
      <p className="contest-score">
        <span className="contest-score-big">
          {score.correct} / {score.total}
        </span>
        <span className="contest-score-percent">{tf('contestPercent', lang, { percent: score.percent })}</span>
      </p>
      {newBest ? (
        <p className="contest-best new">{t('contestNewBest', lang)}</p>
      ) : (
        best && (
          <p className="contest-best">
            {t('contestBest', lang)}
            {t('contestColon', lang)}
            {best.correct} / {best.total} · {tf('contestPercent', lang, { percent: best.percent })}
          </p>
        )
      )}
      <div className="contest-actions">
        <button type="button" className="contest-btn" onClick={onTryAgain}>
          {t('contestTryAgain', lang)}
        </button>
        <button
          type="button"
          className="contest-btn primary"
          aria-expanded={certificate}
          aria-controls="contest-certificate"
          onClick={() => setCertificate(!certificate)}
        >
          {t('contestCertificate', lang)}
        </button>
      </div>
      <div id="contest-certificate">
        {certificate && (
          <ContestCertificate
            contest={contest}
            hallTitle={hallTitle}
            score={score}
            earnedAt={earnedAt}
            timeZone={timeZone}
            lang={lang}
          />
        )}
      </div>
    </div>
  );
}
