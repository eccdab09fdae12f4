import { describe, expect, it } from 'vitest';
import { createTourStore } from '../../../src/state/tourStore';

describe('createTourStore', () => {
  it('notifies subscribers only when the nearest booth or the awake set really changes', () => {
    const tour = createTourStore();
    let calls = 0;
    const unsub = tour.subscribe(() => calls++);
    const s = tour.getState();
    s.setNearest('a');
    s.setNearest('a');
    s.setAwake(['a', 'b']);
    s.setAwake(['a', 'b']);
    s.setAwake(['b', 'a']);
    unsub();
    expect(calls).toBe(3);
    expect(tour.getState().awakeBoothIds).toEqual(['b', 'a']);
  });

  it('opens and closes a booth, and remembers a booth to open on arrival', () => {
    const tour = createTourStore();
    const s = tour.getState();
    s.setPendingOpen('x');
    s.openBooth('y');
    expect(tour.getState()).toMatchObject({ openBoothId: 'y', pendingOpenId: 'x' });
    s.openBooth(null);
    expect(tour.getState().openBoothId).toBeNull();
  });

  it('makes independent stores', () => {
    const a = createTourStore();
    const b = createTourStore();
    a.getState().openBooth('x');
    expect(b.getState().openBoothId).toBeNull();
  });
});

describe('the visitor session', () => {
  it('remembers each booth opened once, in order, and a reset forgets it all', () => {
    const tour = createTourStore();
    const s = () => tour.getState();
    s().openBooth('b');
    s().openBooth(null);
    s().openBooth('a');
    s().openBooth('b');
    s().setDirectoryOpen(true);
    expect(s().visited).toEqual(['b', 'a']);
    s().resetSession();
    expect(s()).toMatchObject({ visited: [], openBoothId: null, directoryOpen: false, pendingOpenId: null });
  });

  it('a reset also closes a QR code for the phone and a visit handed over', () => {
    const tour = createTourStore();
    const s = () => tour.getState();
    s().showPhoneQr({ text: 'https://acme.example.com/', title: 'Acme' });
    s().setVisitFromKiosk(['a', 'b']);
    expect(s()).toMatchObject({ phoneQr: { title: 'Acme' }, visitFromKiosk: ['a', 'b'] });
    s().resetSession();
    expect(s()).toMatchObject({ phoneQr: null, visitFromKiosk: null });
  });

  it('notifies only when the visit handed over really changes', () => {
    const tour = createTourStore();
    let calls = 0;
    const unsub = tour.subscribe(() => calls++);
    tour.getState().setVisitFromKiosk(['a']);
    tour.getState().setVisitFromKiosk(['a']);
    tour.getState().setVisitFromKiosk(null);
    tour.getState().setVisitFromKiosk(null);
    unsub();
    expect(calls).toBe(2);
  });

  it('keeps one dialog at a time: a programme dialog closes the panel and directory, a booth closes the dialog', () => {
    const tour = createTourStore();
    const s = () => tour.getState();
    s().openBooth('a');
    s().setDirectoryOpen(true);
    s().openSheet({ kind: 'contest', id: 'telecom' });
    expect(s()).toMatchObject({ sheet: { kind: 'contest', id: 'telecom' }, openBoothId: null, directoryOpen: false });
    s().openBooth('b');
    expect(s()).toMatchObject({ sheet: null, openBoothId: 'b' });
    s().openSheet({ kind: 'passport' });
    s().resetSession();
    expect(s().sheet).toBeNull();
  });
});
