import { useRef } from 'react';
import { localize, type Lang } from '../../manifest';
import type { Contest } from '../../manifest/programme';
import type { BestScore } from '../../state/bestScore';
import { t, tf } from '../../i18n/strings';
import { useFocusOnMount } from './useFocusOnMount';

interface Props {
  contest: Contest;
  best: BestScore | null;
  lang: Lang;
  onStart: () => void;
}

/** What the contest is, how long, the best score so far, and Start. */
export function ContestIntro({ contest, best, lang, onStart }: Props) {
  const start = useRef<HTMLButtonElement>(null);
  useFocusOnMount(start);
  const n = Math.min(contest.questionsPerAttempt, contest.questions.length);
  return (
    <div className="contest-screen contest-intro">
      {contest.summary && <p className="contest-summary">{localize(contest.summary, lang)}</p>}
      <ul className="contest-facts">
        <li>
          <strong>{tf('contestHowMany', lang, { n })}</strong>
          <span>{t('contestHow', lang)}</span>
        </li>
        <li>
          <strong>{t('contestBest', lang)}</strong>
          <span>
            {best
              ? `${best.correct} / ${best.total} · ${tf('contestPercent', lang, { percent: best.percent })}`
              : t('contestNoBest', lang)}
          </span>
        </li>
      </ul>
      <p className="contest-privacy">{t('contestPrivacy', lang)}</p>
      <div className="contest-actions">
        <button ref={start} type="button" className="contest-btn primary" onClick={onStart}>
          {t('contestStart', lang)}
        </button>
      </div>
    </div>
  );
}
