/**
 * The options every selecting pointer in the headset shares. The library counts a press as a
 * selection only if it is let go within 300 ms; a pinch is often held longer than that, and
 * someone with unsteady hands holds a trigger longer still. Nothing here is dragged or
 * long-pressed, so any press let go on the thing it started on, within a second and a half, selects.
 */
export const XR_POINTER = { clickThresholdMs: 1500 } as const;

/**
 * The select events a pointer mounted mid-session is given to replay: none. The library keeps
 * every select of an input source since it appeared and replays them all to each pointer that
 * mounts later (meant for transient pointers that appear after their first press); a controller's
 * arc or ray, swapped in by the stick, would replay the last click where it now points, and the
 * visitor was teleported without pressing anything.
 */
export const NO_REPLAYED_EVENTS: readonly XRInputSourceEvent[] = [];
