import { useContext } from 'react';
import type { Pavilion } from '../state/pavilion';
import { PavilionContext } from './PavilionContext';

/** The pavilion instance this component belongs to (its stores, visitor and navigation). */
export function usePavilion(): Pavilion {
  const p = useContext(PavilionContext);
  if (!p) throw new Error('usePavilion: no <PavilionContext.Provider> above this component');
  return p;
}
