import type { CSSProperties } from 'react';
import type { Booth } from '../manifest';
import { readableInk } from './readableInk';

/**
 * A booth's colours as CSS variables, for the panel and the 2D page alike: `--booth` and
 * `--booth-accent` as the exhibitor chose them (bands and rules), `--booth-deep` and
 * `--booth-accent-deep` darkened until white text on them, or they as text on white, reads (4.5:1).
 * Anything that carries text or marks a state uses the deep ones.
 */
export function boothStyle(colors: Booth['colors']): CSSProperties {
  return {
    ['--booth' as string]: colors.primary,
    ['--booth-accent' as string]: colors.accent,
    ['--booth-deep' as string]: readableInk(colors.primary),
    ['--booth-accent-deep' as string]: readableInk(colors.accent),
  };
}
