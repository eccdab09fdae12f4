import { useEffect } from 'react';
import { stopGuide } from '../../audio/hallAudio';
import { audioStore } from '../../context/pageStores';

/** A guide keeps playing positionally after its panel closes; opening another booth's panel stops it. */
export function useGuideStopsElsewhere(boothId: string): void {
  useEffect(() => {
    const playing = audioStore.getState().playing;
    if (playing && !playing.startsWith(`${boothId}#`)) {
      stopGuide();
      audioStore.getState().setPlaying(null);
    }
  }, [boothId]);
}
