import type { Hall, Zone } from '../manifest/model';
import type { Programme, ThemeDay } from '../manifest/programme';
import { todayIn } from './clock';

export type WeekPhase = 'before' | 'during' | 'after';

export interface DayNow {
  /** Today in the hall's time zone (YYYY-MM-DD). */
  date: string;
  /** Where today falls against the hall's dates. */
  phase: WeekPhase;
  /** Today's theme day and its zone; null on a day without a theme or outside the week. */
  today: { day: ThemeDay; zone: Zone } | null;
}

/**
 * The week's theme days: the programme's when it has them (titles and summaries), else the
 * hall's zones that carry a `themeDay` (their names as titles). Only days whose zone is in the
 * hall, one a date, in date order.
 */
export function themeDaysOf(hall: Hall, programme: Programme | null): { day: ThemeDay; zone: Zone }[] {
  const zones = new Map(hall.zones.map((z) => [z.id, z]));
  const days: ThemeDay[] = programme?.days.length
    ? programme.days
    : hall.zones.flatMap((z) => (z.themeDay ? [{ date: z.themeDay, zone: z.id, title: z.name, summary: z.name }] : []));
  const seen = new Set<string>();
  return days
    .flatMap((day) => {
      const zone = zones.get(day.zone);
      if (!zone || seen.has(day.date)) return [];
      seen.add(day.date);
      return [{ day, zone }];
    })
    .sort((a, b) => a.day.date.localeCompare(b.day.date));
}

/** Which day it is in the hall at `nowMs`, and its theme. */
export function dayAt(hall: Hall, programme: Programme | null, nowMs: number): DayNow {
  const date = todayIn(hall.timeZone, new Date(nowMs));
  const phase: WeekPhase = date < hall.dates.start ? 'before' : date > hall.dates.end ? 'after' : 'during';
  const today = phase === 'during' ? (themeDaysOf(hall, programme).find((d) => d.day.date === date) ?? null) : null;
  return { date, phase, today };
}

/** Whole days from `from` to `to` (both YYYY-MM-DD): "the week starts in 3 days". */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
