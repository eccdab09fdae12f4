import { useRef, useState, type FormEvent } from 'react';
import { localize, type Lang } from '../../manifest';
import { isMultipleAnswer, scoreAnswer, type DrawnQuestion } from '../../programme/contestDraw';
import { t, tf } from '../../i18n/strings';
import { Icon } from '../../icons/Icon';
import { ContestFeedback } from './ContestFeedback';
import { ContestOption } from './ContestOption';
import { useFocusOnMount } from './useFocusOnMount';

interface Props {
  question: DrawnQuestion;
  index: number;
  total: number;
  chosen: number[];
  checked: boolean;
  lang: Lang;
  onChoose: (option: number) => void;
  onCheck: () => void;
  onNext: () => void;
}

/**
 * One question a screen (mounted afresh for each, so focus starts at its legend): the options in
 * a fieldset, "Check answer", then the verdict (announced), the explanation and "Next".
 */
export function ContestQuestion({ question, index, total, chosen, checked, lang, onChoose, onCheck, onNext }: Props) {
  const legend = useRef<HTMLLegendElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  useFocusOnMount(legend);
  useFocusOnMount(next, checked);
  const [nudge, setNudge] = useState(false);
  const multiple = isMultipleAnswer(question);
  const right = checked ? scoreAnswer(question, chosen) : null;
  const last = index + 1 === total;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (checked) return onNext();
    if (chosen.length === 0) return setNudge(true);
    setNudge(false);
    onCheck();
  };

  return (
    <form className="contest-screen contest-question" onSubmit={submit}>
      <div className="contest-progress">
        <span>{tf('contestQuestionOf', lang, { n: index + 1, total })}</span>
        <span className="contest-bar" aria-hidden="true">
          <span style={{ width: `${((index + (checked ? 1 : 0)) / total) * 100}%` }} />
        </span>
      </div>
      <fieldset disabled={checked} aria-describedby={`contest-hint-${question.id}`}>
        <legend ref={legend} tabIndex={-1}>
          {localize(question.prompt, lang)}
        </legend>
        <p className="contest-hint" id={`contest-hint-${question.id}`}>
          {t(multiple ? 'contestMultiple' : 'contestSingle', lang)}
        </p>
        <div className="contest-options">
          {question.options.map((o, i) => (
            <ContestOption
              key={question.optionOrder[i]}
              name={`contest-${question.id}`}
              index={i}
              text={localize(o, lang)}
              multiple={multiple}
              chosen={chosen.includes(i)}
              right={checked ? question.correct.includes(i) : null}
              lang={lang}
              onChoose={(option) => {
                setNudge(false);
                onChoose(option);
              }}
            />
          ))}
        </div>
      </fieldset>
      <p role="status" className={`contest-verdict ${right === null ? '' : right ? 'right' : 'wrong'}`}>
        {right !== null && <Icon name={right ? 'check' : 'close'} size={22} />}
        {right === null ? (nudge ? t('contestChooseFirst', lang) : '') : t(right ? 'contestRight' : 'contestWrong', lang)}
      </p>
      {checked && <ContestFeedback question={question} lang={lang} />}
      <div className="contest-actions">
        {checked ? (
          <button ref={next} type="submit" className="contest-btn primary" key="next">
            {t(last ? 'contestFinish' : 'contestNext', lang)}
          </button>
        ) : (
          <button type="submit" className="contest-btn primary" key="check">
            {t('contestCheck', lang)}
          </button>
        )}
      </div>
    </form>
  );
}
