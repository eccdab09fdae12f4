import { createContext } from 'react';

/**
 * How many times the canvas has been replaced after losing its WebGL context for good: 0 for
 * the page's first canvas. Given inside the R3F root, so the scene can tell a first view (worth
 * waiting for, under the loading curtain) from a redraw the visitor is waiting for.
 */
export const CanvasGeneration = createContext(0);
