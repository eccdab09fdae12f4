import type { Pavilion } from '../../state/pavilion';

/**
 * What holds a visitor's attention without input: idle time does not run meanwhile. The DOM
 * is read (a few times a second, not per frame) rather than each player reporting in, so a
 * media element added later by any part of the panel counts too.
 */

/** A panel's player with sound or captions running; the hall's muted booth screens are not in the document. */
export function mediaPlaying(doc: Document): boolean {
  for (const m of doc.querySelectorAll<HTMLMediaElement>('video, audio')) if (!m.paused && !m.ended) return true;
  return false;
}

/**
 * Focus inside an H5 page's frame: the visitor is using it (its taps never reach this page).
 * A frame keeps focus after the visitor walks away, so it holds idle off only for `capMs` after
 * the focus entered it: the kiosk still resets, later.
 */
export function createFrameFocusWatch(doc: Document, capMs: number): (now: number) => boolean {
  let frame: Element | null = null;
  let since = 0;
  return (now) => {
    const el = doc.activeElement;
    if (!(el instanceof HTMLIFrameElement)) {
      frame = null;
      return false;
    }
    if (el !== frame) {
      frame = el;
      since = now;
    }
    return now - since < capMs;
  };
}

/**
 * The pavilion taking the visitor where they asked to go (a walk to a booth from the directory,
 * a guided tour they started): not input, but not idleness either.
 */
export function takingVisitor({ visitor, guide }: Pavilion): boolean {
  const status = guide.getState().status;
  return visitor.path.length > 0 || status === 'travelling' || status === 'dwelling';
}
