import { describe, expect, it } from 'vitest';
import { createPavilion } from '../../../src/state/pavilion';
import { memoryPrefs } from '../../../src/state/prefs';
import { loadedHallOf } from './support';

describe('createPavilion', () => {
  it('gives a second pavilion on the page its own hall, tour, visitor and progress', async () => {
    const tour = createPavilion({ loader: async () => loadedHallOf(10), aspect: () => 1.6 });
    const preview = createPavilion({ loader: async () => loadedHallOf(1), aspect: () => 1.6 });
    await tour.hall.getState().load('https://expo.example.cn/hall.json', 'https://expo.example.cn');
    await preview.hall.getState().load('https://expo.example.cn/studio/hall.json', 'https://expo.example.cn');
    tour.nav.jumpToBooth('b4');
    const before = { ...tour.visitor.pos };
    preview.nav.jumpToBooth('b0');
    preview.tour.getState().openBooth('b0');
    preview.progress.shown = true;
    expect(tour.visitor.pos).toEqual(before);
    expect(tour.tour.getState().openBoothId).toBeNull();
    expect(tour.progress.shown).toBe(false);
    expect(tour.hall.getState().loaded?.booths).toHaveLength(10);
    expect(preview.hall.getState().loaded?.booths).toHaveLength(1);
  });
});

describe('the pavilion’s passport', () => {
  it('follows the loaded hall and keeps its stamps in the storage it was given', async () => {
    const storage = memoryPrefs();
    const p = createPavilion({ loader: async () => loadedHallOf(3), aspect: () => 1.6, passportStorage: storage });
    expect(p.passport.getState().hall).toBeNull();
    await p.hall.getState().load('https://expo.example.cn/hall.json', 'https://expo.example.cn');
    expect(p.passport.getState().stamp('b1', 'dwell')).toBe(true);
    const id = p.hall.getState().loaded!.hall.id;
    expect(storage.get(`pavilion.passport.${id}`)).toContain('b1');
  });
});
