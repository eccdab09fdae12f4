import { describe, expect, it } from 'vitest';
import { createAudioStore } from '../../../src/state/audioStore';
import { memoryPrefs } from '../../../src/state/prefs';

describe('createAudioStore', () => {
  it('remembers mute across visits', () => {
    const prefs = memoryPrefs();
    createAudioStore(prefs).getState().setMuted(true);
    expect(prefs.get('pavilion.muted')).toBe('1');
    expect(createAudioStore(prefs).getState().muted).toBe(true);
    createAudioStore(prefs).getState().setMuted(false);
    expect(createAudioStore(prefs).getState().muted).toBe(false);
  });

  it('starts locked: nothing may play before a gesture', () => {
    const audio = createAudioStore(memoryPrefs());
    expect(audio.getState().unlocked).toBe(false);
    audio.getState().unlock();
    expect(audio.getState().unlocked).toBe(true);
  });
});
