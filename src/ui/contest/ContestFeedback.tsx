import { localize, type Lang } from '../../manifest';
import type { Question } from '../../manifest/programme';
import { t } from '../../i18n/strings';

interface Props {
  question: Question;
  lang: Lang;
}

/** After an answer: why the right answer is right, and where that comes from. */
export function ContestFeedback({ question, lang }: Props) {
  return (
    <section className="contest-explain" aria-label={t('contestExplanation', lang)}>
      <h4>{t('contestExplanation', lang)}</h4>
      <p>{localize(question.explanation, lang)}</p>
      <p className="contest-source">
        <strong>
          {t('contestSource', lang)}
          {t('contestColon', lang)}
        </strong>
        {localize(question.source, lang)}
      </p>
    </section>
  );
}
