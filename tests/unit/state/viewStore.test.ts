import { describe, expect, it } from 'vitest';
import { memoryPrefs } from '../../../src/state/prefs';
import { createViewStore, hasChosenView, parseViewParam } from '../../../src/state/viewStore';

describe('viewStore', () => {
  it('opens the 3D hall unless the visitor chose 2D before', () => {
    expect(createViewStore(memoryPrefs(), null).getState().view).toBe('3d');
    expect(createViewStore(memoryPrefs({ 'pavilion.view': '2d' }), null).getState().view).toBe('2d');
    expect(createViewStore(memoryPrefs({ 'pavilion.view': 'nonsense' }), null).getState().view).toBe('3d');
  });

  it('lets a link ask for either view for one visit, without remembering it', () => {
    const prefs = memoryPrefs({ 'pavilion.view': '2d' });
    expect(createViewStore(prefs, '3d').getState().view).toBe('3d');
    expect(prefs.get('pavilion.view')).toBe('2d');
    expect(createViewStore(memoryPrefs(), '2d').getState().view).toBe('2d');
  });

  it('remembers a switch', () => {
    const prefs = memoryPrefs();
    expect(hasChosenView(prefs)).toBe(false);
    createViewStore(prefs, null).getState().setView('2d');
    expect(hasChosenView(prefs)).toBe(true);
    expect(createViewStore(prefs, null).getState().view).toBe('2d');
  });

  it('reads ?view= strictly', () => {
    expect(parseViewParam('2d')).toBe('2d');
    expect(parseViewParam('3d')).toBe('3d');
    for (const raw of [null, '', '2D', '4d', '2d ']) expect(parseViewParam(raw)).toBeNull();
  });
});
