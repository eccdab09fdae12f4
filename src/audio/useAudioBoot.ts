import { useEffect } from 'react';
import { audioStore } from '../context/pageStores';
import { useAudioPrefs } from '../context/useAudioPrefs';
import { useHall } from '../context/useHall';
import { disposeAudio, installAudioPolicy, loadAudioLib, startAmbient } from './hallAudio';

/** Nothing sounds before the visitor's first gesture; then the hall's ambient loop fades in. */
export function useAudioBoot(): void {
  const ambientUrl = useHall((s) => s.loaded?.hall.ambientAudio);
  const unlocked = useAudioPrefs((s) => s.unlocked);
  useEffect(() => installAudioPolicy(), []);
  useEffect(() => {
    if (unlocked) return;
    const unlock = () => audioStore.getState().unlock();
    const opts = { once: true, capture: true } as const;
    window.addEventListener('pointerdown', unlock, opts);
    window.addEventListener('keydown', unlock, opts);
    return () => {
      window.removeEventListener('pointerdown', unlock, opts);
      window.removeEventListener('keydown', unlock, opts);
    };
  }, [unlocked]);
  useEffect(() => {
    if (unlocked) void loadAudioLib();
    if (unlocked && ambientUrl) startAmbient(ambientUrl);
  }, [unlocked, ambientUrl]);
  useEffect(() => () => disposeAudio(), []);
}
