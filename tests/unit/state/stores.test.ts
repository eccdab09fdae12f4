// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { useAudioStore } from '../../../src/state/audioStore';
import { useLangStore } from '../../../src/state/langStore';
import { useTourStore } from '../../../src/state/tourStore';

afterEach(() => {
  useTourStore.setState(useTourStore.getInitialState());
  useAudioStore.setState(useAudioStore.getInitialState());
  localStorage.clear();
});

describe('tourStore', () => {
  it('notifies subscribers only when the nearest booth or the awake set really changes', () => {
    let calls = 0;
    const unsub = useTourStore.subscribe(() => calls++);
    const s = useTourStore.getState();
    s.setNearest('a');
    s.setNearest('a');
    s.setAwake(['a', 'b']);
    s.setAwake(['a', 'b']);
    s.setAwake(['b', 'a']);
    unsub();
    expect(calls).toBe(3);
    expect(useTourStore.getState().awakeBoothIds).toEqual(['b', 'a']);
  });

  it('opens and closes a booth, and remembers a booth to open on arrival', () => {
    const s = useTourStore.getState();
    s.setPendingOpen('x');
    s.openBooth('y');
    expect(useTourStore.getState()).toMatchObject({ openBoothId: 'y', pendingOpenId: 'x' });
    s.openBooth(null);
    expect(useTourStore.getState().openBoothId).toBeNull();
  });
});

describe('audioStore', () => {
  it('remembers mute across visits', () => {
    useAudioStore.getState().setMuted(true);
    expect(localStorage.getItem('pavilion.muted')).toBe('1');
    useAudioStore.getState().setMuted(false);
    expect(localStorage.getItem('pavilion.muted')).toBe('0');
  });
  it('starts locked: nothing may play before a gesture', () => {
    expect(useAudioStore.getState().unlocked).toBe(false);
    useAudioStore.getState().unlock();
    expect(useAudioStore.getState().unlocked).toBe(true);
  });
});

describe('langStore', () => {
  it('switches language, remembers it and sets the document language', () => {
    useLangStore.getState().setLang('en');
    expect(useLangStore.getState().lang).toBe('en');
    expect(localStorage.getItem('pavilion.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    useLangStore.getState().setLang('zh');
    expect(document.documentElement.lang).toBe('zh-CN');
  });
});
