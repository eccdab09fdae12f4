import { useStore } from 'zustand';
import type { ProgrammeState } from '../state/programmeStore';
import { usePavilion } from './usePavilion';

/** A field of this pavilion's programme store (pick single fields, or use useShallow). */
export function useProgramme<T>(selector: (s: ProgrammeState) => T): T {
  return useStore(usePavilion().programme, selector);
}
