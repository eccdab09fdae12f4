import { useState } from 'react';
import { localize, type Localized } from '../../manifest';
import type { Contest } from '../../manifest/programme';
import { attemptReducer, initialAttempt, type AttemptAction, type AttemptState } from '../../programme/contestAttempt';
import { newSeed } from '../../programme/contestDraw';
import { readBestScore, recordScore, type BestScore, type ScoreStorage } from '../../state/bestScore';
import { useLang } from '../../context/useLang';
import { t } from '../../i18n/strings';
import { Icon } from '../../icons/Icon';
import { ModalDialog } from '../ModalDialog';
import { ContestIntro } from './ContestIntro';
import { ContestQuestion } from './ContestQuestion';
import { ContestResult } from './ContestResult';
import { useHallClock } from './useHallClock';
import './contest.css';

interface Props {
  contest: Contest;
  hallTitle: Localized;
  /** Asked to close (the close button, Esc, the backdrop): the owner unmounts the dialog. */
  onClose: () => void;
  /** The clock for the certificate's date; by default the pavilion's (which honours `?now=`). */
  now?: () => Date;
}

/** The page's localStorage, or null where touching it throws (sandboxed frames, some kiosk policies). */
function pageStorage(): ScoreStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * A knowledge contest: the intro, one question a screen with its explanation, then the score and
 * a certificate. Open while mounted; nothing about the visitor is asked for or leaves the device.
 */
export function ContestDialog({ contest, hallTitle, onClose, now }: Props) {
  const lang = useLang();
  const hallClock = useHallClock();
  const timeZone = hallClock.timeZone;
  const [storage] = useState(pageStorage);
  const [attempt, setAttempt] = useState<AttemptState>(initialAttempt);
  const [best, setBest] = useState<BestScore | null>(() => readBestScore(storage, contest.id));
  const [result, setResult] = useState<{ earnedAt: Date; newBest: boolean } | null>(null);

  const act = (a: AttemptAction) => {
    const next = attemptReducer(attempt, a);
    if (next.phase === 'result' && attempt.phase !== 'result') {
      const kept = recordScore(storage, contest.id, next.score);
      // A first score is the best by default; "a new best" is for beating an earlier one.
      setResult({ earnedAt: (now ?? hallClock.now)(), newBest: kept.improved && best !== null });
      setBest(kept.best);
    }
    setAttempt(next);
  };
  const start = () => act({ type: 'start', contest, seed: newSeed() });

  return (
    <ModalDialog open onClose={onClose} className="contest-dialog" labelledBy="contest-title">
      <div className="contest-inner" data-contest-id={contest.id}>
        <header className="contest-head">
          <div>
            <p className="contest-kicker">{t('contest', lang)}</p>
            <h2 id="contest-title">{localize(contest.title, lang)}</h2>
          </div>
          <button type="button" className="close" aria-label={t('close', lang)} onClick={onClose}>
            <Icon name="close" />
          </button>
        </header>
        <div className="contest-body">
          {attempt.phase === 'intro' && <ContestIntro contest={contest} best={best} lang={lang} onStart={start} />}
          {attempt.phase === 'question' && (
            <ContestQuestion
              key={`${attempt.seed}-${attempt.index}`}
              question={attempt.questions[attempt.index]!}
              index={attempt.index}
              total={attempt.questions.length}
              chosen={attempt.chosen}
              checked={attempt.checked}
              lang={lang}
              onChoose={(option) => act({ type: 'choose', option })}
              onCheck={() => act({ type: 'check' })}
              onNext={() => act({ type: 'next' })}
            />
          )}
          {attempt.phase === 'result' && result && (
            <ContestResult
              key={attempt.seed}
              contest={contest}
              hallTitle={hallTitle}
              score={attempt.score}
              best={best}
              newBest={result.newBest}
              earnedAt={result.earnedAt}
              timeZone={timeZone}
              lang={lang}
              onTryAgain={start}
            />
          )}
        </div>
      </div>
    </ModalDialog>
  );
}
