import { createContext } from 'react';
import type { Pavilion } from '../state/pavilion';

/** The pavilion instance the components below read: the tour's, or a preview's own. */
export const PavilionContext = createContext<Pavilion | null>(null);
