/**
 * The options every selecting pointer in the headset shares. The library counts a press as a
 * selection only if it is let go within 300 ms; a pinch is often held longer than that, and
 * someone with unsteady hands holds a trigger longer still. Nothing here is dragged or
 * long-pressed, so any press let go on the thing it started on, within a second and a half, selects.
 */
export const XR_POINTER = { clickThresholdMs: 1500 } as const;
