import type { Lang } from '../manifest';
import { t } from '../i18n/strings';

/** Latin letters: kiosks search by pinyin (or English), so no Chinese layout is needed. */
const ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'] as const;

interface Props {
  lang: Lang;
  /** The search box's id: the keys say what they type into. */
  controls: string;
  onText: (text: string) => void;
  onBackspace: () => void;
  onClear: () => void;
  /** Hides the keyboard, to see more results. */
  onDone: () => void;
}

// A key must not take the focus from the search box: its caret and the screen reader's place stay there.
const keepFocus = (e: { preventDefault: () => void }) => e.preventDefault();

/**
 * A tapped key puts the focus back in the search box (it may have been elsewhere in the dialog);
 * a key pressed from the physical keyboard (detail 0) keeps it, so Tab and Enter still type.
 */
const backToInput = (detail: number, id: string) => {
  if (detail > 0) document.getElementById(id)?.focus({ preventScroll: true });
};

/** A touch keyboard for a kiosk, which has no physical one and no Chinese input method. */
export function OnScreenKeyboard({ lang, controls, onText, onBackspace, onClear, onDone }: Props) {
  const key = (label: string, action: () => void, opts: { name?: string; className?: string } = {}) => (
    <button
      key={label}
      type="button"
      className={`osk-key ${opts.className ?? ''}`}
      aria-label={opts.name}
      aria-controls={controls}
      onPointerDown={keepFocus}
      onMouseDown={keepFocus}
      onClick={(e) => {
        action();
        backToInput(e.detail, controls);
      }}
    >
      {label}
    </button>
  );
  return (
    <div className="osk" role="group" aria-label={t('keyboard', lang)}>
      {ROWS.map((row, i) => (
        <div className="osk-row" key={row}>
          {[...row].map((ch) => key(ch, () => onText(ch)))}
          {i === ROWS.length - 1 && key('⌫', onBackspace, { name: t('keyBackspace', lang), className: 'osk-wide' })}
        </div>
      ))}
      <div className="osk-row">
        {key(t('keyClear', lang), onClear, { className: 'osk-wide' })}
        {key(t('keySpace', lang), () => onText(' '), { className: 'osk-space' })}
        {key(t('keyDone', lang), onDone, { className: 'osk-wide osk-done' })}
      </div>
    </div>
  );
}
