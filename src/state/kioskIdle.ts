/**
 * A kiosk's attention, as museums run it: an attract loop while nobody is there; any touch makes
 * it active; after `idleMs` without input a visible "Still there?" countdown; after `promptMs`
 * more, a reset back to the attract loop. Pure: the kiosk shell feeds it input and clock ticks,
 * so the tiers, pauses and resets are unit-tested without timers.
 */
export type KioskPhase = 'attract' | 'active' | 'prompt';

export interface IdleState {
  phase: KioskPhase;
  /** When the current phase began (ms, the shell's clock). */
  since: number;
  /** The last input, or the last tick something held the visitor's attention. */
  lastInput: number;
  /** Resets so far: the shell starts a fresh visitor session whenever this grows. */
  resets: number;
}

export interface IdleTimes {
  /** Without input this long, an active kiosk asks "Still there?". */
  idleMs: number;
  /** The question's countdown: unanswered this long, the kiosk resets. */
  promptMs: number;
}

export type IdleEvent =
  /** A touch, click, key or wheel anywhere on the page. */
  | { type: 'input'; now: number }
  /**
   * The clock. `busy`: something holds the visitor's attention without input (a video playing,
   * focus inside an H5 page): idle time does not run meanwhile.
   */
  | { type: 'tick'; now: number; busy: boolean }
  /** The visitor asked to finish (a "Start over" button): reset at once. */
  | { type: 'finish'; now: number };

export function initialIdle(now: number): IdleState {
  return { phase: 'attract', since: now, lastInput: now, resets: 0 };
}

const enter = (s: IdleState, phase: KioskPhase, now: number): IdleState => ({ ...s, phase, since: now });
const reset = (s: IdleState, now: number): IdleState => ({ phase: 'attract', since: now, lastInput: now, resets: s.resets + 1 });

export function stepIdle(s: IdleState, e: IdleEvent, times: IdleTimes): IdleState {
  switch (e.type) {
    case 'input':
      return s.phase === 'active' ? { ...s, lastInput: e.now } : { ...enter(s, 'active', e.now), lastInput: e.now };
    case 'finish':
      return s.phase === 'attract' ? s : reset(s, e.now);
    case 'tick':
      if (s.phase === 'attract') return s;
      if (e.busy) return s.phase === 'prompt' ? { ...enter(s, 'active', e.now), lastInput: e.now } : { ...s, lastInput: e.now };
      if (s.phase === 'active') return e.now - s.lastInput >= times.idleMs ? enter(s, 'prompt', e.now) : s;
      return e.now - s.since >= times.promptMs ? reset(s, e.now) : s;
  }
}

/** Whole seconds left on the "Still there?" countdown (0 outside the prompt). */
export function promptSecondsLeft(s: IdleState, now: number, times: IdleTimes): number {
  if (s.phase !== 'prompt') return 0;
  return Math.max(0, Math.ceil((times.promptMs - (now - s.since)) / 1000));
}
