import type { Session } from '../manifest/programme';
import { todayIn } from './clock';

/**
 * What is on, when: pure functions of the programme's sessions and an instant, so the stage, the
 * programme dialog and the tests agree on "live now" and "starts in 12 min".
 */

export type SessionStatus = 'upcoming' | 'live' | 'ended';

export function sessionStatus(s: Session, now: number): SessionStatus {
  return now < s.start ? 'upcoming' : now < s.end ? 'live' : 'ended';
}

/** How soon a session is marked "starts in N min". */
export const SOON_MS = 60 * 60_000;

export type SessionMark = { kind: 'live' } | { kind: 'soon'; minutes: number } | null;

/** The mark beside a session in the programme: live now, starting within the hour, or none. */
export function sessionMark(s: Session, now: number): SessionMark {
  const status = sessionStatus(s, now);
  if (status === 'live') return { kind: 'live' };
  if (status === 'upcoming' && s.start - now <= SOON_MS)
    return { kind: 'soon', minutes: Math.max(1, Math.ceil((s.start - now) / 60_000)) };
  return null;
}

export type StageState =
  | { kind: 'live'; session: Session; next: Session | null }
  | { kind: 'countdown'; session: Session; ms: number; last: Session | null }
  | { kind: 'replay'; session: Session; next: Session | null }
  | { kind: 'idle' };

/** How long before a session its stage turns from the last replay to the countdown. */
export const COUNTDOWN_MS = 2 * 60 * 60_000;

/**
 * What a stage (a zone) shows at `now`: the live session while one runs; the countdown to the
 * next one when it starts within two hours or nothing has been shown yet; otherwise the replay of
 * the last one (with the next one named); idle on a stage with no sessions.
 */
export function stageAt(sessions: readonly Session[], where: string, now: number): StageState {
  const here = sessions.filter((s) => s.where === where).sort((a, b) => a.start - b.start);
  const live = here.find((s) => sessionStatus(s, now) === 'live');
  const next = here.find((s) => s.start > now) ?? null;
  const last = [...here].reverse().find((s) => s.end <= now) ?? null;
  if (live) return { kind: 'live', session: live, next: here.find((s) => s.start >= live.end) ?? null };
  if (next && (!last || next.start - now <= COUNTDOWN_MS))
    return { kind: 'countdown', session: next, ms: next.start - now, last };
  if (last) return { kind: 'replay', session: last, next };
  return { kind: 'idle' };
}

/** When a stage's state next changes on its own (a start or an end), or null: when to look again. */
export function nextChangeAt(sessions: readonly Session[], where: string, now: number): number | null {
  let at = Infinity;
  for (const s of sessions) {
    if (s.where !== where) continue;
    if (s.start > now) at = Math.min(at, s.start, s.start - COUNTDOWN_MS > now ? s.start - COUNTDOWN_MS : Infinity);
    if (s.end > now) at = Math.min(at, s.end);
  }
  return Number.isFinite(at) ? at : null;
}

/** Sessions grouped by their date in the hall's time zone, dates in order, sessions by start. */
export function sessionsByDay(sessions: readonly Session[], timeZone: string): { date: string; sessions: Session[] }[] {
  const days = new Map<string, Session[]>();
  for (const s of [...sessions].sort((a, b) => a.start - b.start)) {
    const date = todayIn(timeZone, new Date(s.start));
    days.set(date, [...(days.get(date) ?? []), s]);
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, list]) => ({ date, sessions: list }));
}

/** "19:30–20:30" in the visitor's own time zone (`timeZone` undefined) or a given one. */
export function formatSessionTime(s: Session, locale: string, timeZone?: string): string {
  const f = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  });
  return `${f.format(s.start)}–${f.format(s.end)}`;
}
