import './hudMore.css';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useLang } from '../context/useLang';
import { t } from '../i18n/strings';
import { Icon } from '../icons/Icon';

/**
 * The HUD's less-used controls. On a wide screen they stand in the row like the others (the
 * button is hidden and the list is `display: contents`); on a phone, where ten 36 px controls
 * no longer fit one row, they fold behind "more" into a list that opens under it. One set of
 * controls either way: CSS decides, so nothing is rendered twice. The list closes on Escape
 * (focus back on the button), on a press outside it, and once one of its controls is used.
 */
export function HudMore({ children }: { children: ReactNode }) {
  const lang = useLang();
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // The hall's own Escape (closing a panel) has nothing to close while this list is open.
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    const onDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!list.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onDown, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onDown, true);
    };
  }, [open]);

  return (
    <div className="hud-more">
      <button
        ref={button}
        type="button"
        className="hud-btn hud-more-btn"
        aria-expanded={open}
        aria-controls={id}
        title={t('hudMore', lang)}
        onClick={() => setOpen(!open)}
      >
        {/* An icon wherever it shows, like sound and language: the words are its name and tooltip. */}
        <Icon name="more" /> <span className="visually-hidden">{t('hudMore', lang)}</span>
      </button>
      <div
        ref={list}
        id={id}
        className="hud-more-items"
        data-open={open || undefined}
        onClick={(e) => {
          if ((e.target as HTMLElement).closest('button')) setOpen(false);
        }}
      >
        {children}
      </div>
    </div>
  );
}
