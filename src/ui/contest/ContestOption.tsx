import type { Lang } from '../../manifest';
import { t } from '../../i18n/strings';
import { Icon } from '../../icons/Icon';

interface Props {
  name: string;
  index: number;
  text: string;
  multiple: boolean;
  chosen: boolean;
  /** Once checked: whether this option is one of the right answers (null before). */
  right: boolean | null;
  lang: Lang;
  onChoose: (index: number) => void;
}

const LETTERS = 'ABCDEF';

/** One answer: a real radio button or checkbox in a label as big as a fingertip. */
export function ContestOption({ name, index, text, multiple, chosen, right, lang, onChoose }: Props) {
  const state = right === null ? '' : right ? 'is-right' : chosen ? 'is-wrong' : '';
  return (
    <label className={`contest-option ${chosen ? 'is-chosen' : ''} ${state}`}>
      <input type={multiple ? 'checkbox' : 'radio'} name={name} value={index} checked={chosen} onChange={() => onChoose(index)} />
      <span className="contest-letter" aria-hidden="true">
        {LETTERS[index]}
      </span>
      <span className="contest-option-text">{text}</span>
      {right !== null && (right || chosen) && (
        <span className={`contest-mark ${right ? 'right' : 'wrong'}`}>
          <Icon name={right ? 'check' : 'close'} size={18} />
          {t(right ? (chosen ? 'contestRightChosen' : 'contestRightMissed') : 'contestWrongChosen', lang)}
        </span>
      )}
    </label>
  );
}
