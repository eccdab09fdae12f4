import { describe, expect, it } from 'vitest';
import { createGuideStore } from '../../../src/state/guideStore';

const stops = ['a', 'b', 'c'].map((boothId) => ({ boothId, narration: { en: boothId } }));
const at = (g: ReturnType<typeof createGuideStore>) => {
  const s = g.getState();
  return `${s.status}:${s.stops[s.index]?.boothId ?? '-'}`;
};

describe('the guide store', () => {
  it('walks, dwells and ends after the last stop without loop', () => {
    const g = createGuideStore();
    const s = g.getState();
    s.start({ stops, loop: false, voice: true });
    expect(at(g)).toBe('travelling:a');
    s.dwellDone(); // not dwelling yet: ignored
    expect(at(g)).toBe('travelling:a');
    s.arrived();
    expect(at(g)).toBe('dwelling:a');
    s.dwellDone();
    s.arrived();
    s.dwellDone();
    s.arrived();
    expect(at(g)).toBe('dwelling:c');
    s.dwellDone();
    expect(g.getState()).toMatchObject({ status: 'off', stops: [], index: 0 });
  });

  it('loops forever with loop on, and every walk is a new leg', () => {
    const g = createGuideStore();
    const s = g.getState();
    s.start({ stops, loop: true, voice: false });
    const legs = new Set<number>();
    for (let i = 0; i < 7; i++) {
      legs.add(g.getState().leg);
      s.arrived();
      s.dwellDone();
    }
    expect(at(g)).toBe('travelling:b');
    expect(legs.size).toBe(7);
    s.previous();
    s.previous();
    expect(at(g)).toBe('travelling:c');
  });

  it('pauses and resumes to where it was; next and previous set off at once', () => {
    const g = createGuideStore();
    const s = g.getState();
    s.start({ stops, loop: false, voice: true });
    s.arrived();
    s.pause('panel');
    expect(g.getState()).toMatchObject({ status: 'paused', paused: { from: 'dwelling', by: 'panel' } });
    s.arrived();
    expect(g.getState().status).toBe('paused');
    s.resume();
    expect(at(g)).toBe('dwelling:a');
    s.pause();
    s.next();
    expect(at(g)).toBe('travelling:b');
    expect(g.getState().paused).toBeNull();
    s.previous();
    s.previous();
    expect(at(g)).toBe('travelling:a');
    s.next();
    s.next();
    s.next();
    expect(at(g)).toBe('off:-');
  });

  it('skips unreachable stops, and ends when none can be reached', () => {
    const g = createGuideStore();
    const s = g.getState();
    s.start({ stops, loop: true, voice: false });
    s.unreachable();
    expect(at(g)).toBe('travelling:b');
    s.arrived();
    s.dwellDone();
    s.unreachable();
    s.unreachable();
    expect(at(g)).toBe('travelling:b');
    s.unreachable();
    s.unreachable();
    s.unreachable();
    expect(at(g)).toBe('off:-');
  });

  it('does not start without stops, ignores actions while off, and stops at any time', () => {
    const g = createGuideStore();
    const s = g.getState();
    s.start({ stops: [], loop: true, voice: true });
    s.next();
    s.resume();
    s.arrived();
    expect(at(g)).toBe('off:-');
    s.start({ stops, loop: true, voice: true });
    s.stop();
    expect(at(g)).toBe('off:-');
  });
});
