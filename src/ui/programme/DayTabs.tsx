import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Lang } from '../../manifest';
import { dayTabDate } from './formatDate';

export interface DayTab {
  date: string;
  /** The theme's title, or empty on a day without one. */
  theme: string;
  color: string | null;
  today: boolean;
}

interface Props {
  days: DayTab[];
  selected: string;
  onSelect: (date: string) => void;
  lang: Lang;
  label: string;
  todayTag: string;
}

/** The week's days as ARIA tabs: arrows, Home and End move between them (roving tabindex). */
export function DayTabs({ days, selected, onSelect, lang, label, todayTag }: Props) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const at = days.findIndex((d) => d.date === selected);
  // On a phone the row scrolls: the chosen day (today, at first) is brought into view.
  useEffect(() => {
    refs.current[at]?.scrollIntoView?.({ block: 'nearest', inline: 'center' });
  }, [at]);
  const onKey = (e: KeyboardEvent, i: number) => {
    const to =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? (i + 1) % days.length
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? (i - 1 + days.length) % days.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? days.length - 1
              : -1;
    if (to < 0) return;
    e.preventDefault();
    onSelect(days[to]!.date);
    refs.current[to]?.focus();
  };
  return (
    <div className="day-tabs" role="tablist" aria-label={label}>
      {days.map((d, i) => (
        <button
          key={d.date}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`day-tab-${d.date}`}
          aria-selected={d.date === selected}
          aria-controls="day-panel"
          tabIndex={d.date === selected ? 0 : -1}
          className="day-tab"
          style={d.color ? { ['--zone' as string]: d.color } : undefined}
          onClick={() => onSelect(d.date)}
          onKeyDown={(e) => onKey(e, i)}
        >
          <span className="day-date">
            {dayTabDate(d.date, lang)}
            {d.today && <span className="today-tag"> · {todayTag}</span>}
          </span>
          <span className="day-theme">{d.theme || '—'}</span>
        </button>
      ))}
    </div>
  );
}
