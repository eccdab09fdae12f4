/**
 * How far (px) the pointer moved between press and release: R3F's `delta`, by which a drag to
 * look is told from a click. A headset's pointers (a controller's ray, a fingertip) have no such
 * distance and throw when asked: for them a selection is always a click.
 */
export function pointerTravel(e: { readonly delta: number }): number {
  try {
    return e.delta;
  } catch {
    return 0;
  }
}

/** A drag to look, not a click. */
export function isDrag(e: { readonly delta: number }): boolean {
  return pointerTravel(e) > 6;
}
