import { describe, expect, it } from 'vitest';
import { formatSessionTime, nextChangeAt, sessionMark, sessionsByDay, stageAt } from '../../../src/programme/schedule';
import { bj, session } from './fixtures';

const keynote = session('keynote', 'main-stage', '2026-09-14T09:30', 60);
const panel = session('panel', 'main-stage', '2026-09-14T14:00', 90);
const telecom = session('telecom-talk', 'telecom', '2026-09-16T19:30', 60);
const all = [panel, telecom, keynote];

describe('sessionMark', () => {
  it('marks live now, and starts in N min within the hour', () => {
    expect(sessionMark(keynote, bj('2026-09-14T09:45:00'))).toEqual({ kind: 'live' });
    expect(sessionMark(keynote, bj('2026-09-14T09:18:00'))).toEqual({ kind: 'soon', minutes: 12 });
    expect(sessionMark(keynote, bj('2026-09-14T09:29:30'))).toEqual({ kind: 'soon', minutes: 1 });
    expect(sessionMark(keynote, bj('2026-09-14T08:00:00'))).toBeNull();
    expect(sessionMark(keynote, bj('2026-09-14T10:30:00'))).toBeNull(); // ended at 10:30 exactly
  });
});

describe('stageAt', () => {
  it('shows the live session, naming what follows', () => {
    expect(stageAt(all, 'main-stage', bj('2026-09-14T10:00:00'))).toMatchObject({ kind: 'live', session: keynote, next: panel });
  });
  it('counts down before the first session, however far off', () => {
    const s = stageAt(all, 'main-stage', bj('2026-09-13T10:00:00'));
    expect(s).toMatchObject({ kind: 'countdown', session: keynote, last: null });
    expect(s.kind === 'countdown' && s.ms).toBe(bj('2026-09-14T09:30:00') - bj('2026-09-13T10:00:00'));
  });
  it('shows the replay between sessions, until two hours before the next', () => {
    expect(stageAt(all, 'main-stage', bj('2026-09-14T11:00:00'))).toMatchObject({
      kind: 'replay',
      session: keynote,
      next: panel,
    });
    expect(stageAt(all, 'main-stage', bj('2026-09-14T12:30:00'))).toMatchObject({
      kind: 'countdown',
      session: panel,
      last: keynote,
    });
  });
  it('keeps the last replay after the week', () => {
    expect(stageAt(all, 'main-stage', bj('2026-12-04T12:00:00'))).toMatchObject({ kind: 'replay', session: panel, next: null });
  });
  it('is idle where nothing is scheduled, and reads each stage apart', () => {
    expect(stageAt(all, 'campus', bj('2026-09-14T10:00:00'))).toEqual({ kind: 'idle' });
    expect(stageAt(all, 'telecom', bj('2026-09-16T19:31:00'))).toMatchObject({ kind: 'live', session: telecom });
  });
});

describe('nextChangeAt', () => {
  it('is the next start, end or countdown turn on that stage', () => {
    expect(nextChangeAt(all, 'main-stage', bj('2026-09-14T10:00:00'))).toBe(bj('2026-09-14T10:30:00'));
    expect(nextChangeAt(all, 'main-stage', bj('2026-09-14T11:00:00'))).toBe(bj('2026-09-14T12:00:00'));
    expect(nextChangeAt(all, 'main-stage', bj('2026-09-20T00:00:00'))).toBeNull();
  });
});

describe('sessionsByDay', () => {
  it("groups by the hall's date, in order, across time zones", () => {
    const late = session('late', 'campus', '2026-09-15T23:30', 60); // ends on the 16th in Beijing
    const days = sessionsByDay([telecom, late, panel, keynote], 'Asia/Shanghai');
    expect(days.map((d) => [d.date, d.sessions.map((s) => s.id)])).toEqual([
      ['2026-09-14', ['keynote', 'panel']],
      ['2026-09-15', ['late']],
      ['2026-09-16', ['telecom-talk']],
    ]);
  });
});

describe('formatSessionTime', () => {
  it("shows a session in the visitor's own zone", () => {
    expect(formatSessionTime(telecom, 'en-GB', 'Asia/Shanghai')).toBe('19:30–20:30');
    expect(formatSessionTime(telecom, 'en-GB', 'Europe/Berlin')).toBe('13:30–14:30');
  });
});
