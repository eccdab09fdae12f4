/** Where the knob sits, in pixels from the stick's centre, and the walk it asks for (-1..1 each way). */
export interface StickState {
  knob: { x: number; y: number };
  walk: { forward: number; right: number };
}

const REST: StickState = { knob: { x: 0, y: 0 }, walk: { forward: 0, right: 0 } };

/**
 * The on-screen stick's input, by pointer: the first finger down on it holds it until that same
 * finger lifts or is cancelled; other fingers (a second thumb looking around, a palm) neither take
 * it over nor let it go. Each method returns the new state, or null when the event is not the
 * holding finger's and changes nothing.
 */
export function createStickInput(radius: number) {
  let held: { id: number; cx: number; cy: number } | null = null;
  const at = (dx: number, dy: number): StickState => {
    const len = Math.hypot(dx, dy);
    const k = len > radius ? radius / len : 1;
    const x = dx * k;
    const y = dy * k;
    return { knob: { x, y }, walk: { forward: -y / radius, right: x / radius } };
  };
  return {
    /** A finger down at (x, y) on a stick centred at (cx, cy). */
    down(id: number, cx: number, cy: number, x: number, y: number): StickState | null {
      if (held) return null;
      held = { id, cx, cy };
      return at(x - cx, y - cy);
    },
    move(id: number, x: number, y: number): StickState | null {
      return held && held.id === id ? at(x - held.cx, y - held.cy) : null;
    },
    /** The finger lifted or was cancelled. */
    up(id: number): StickState | null {
      if (!held || held.id !== id) return null;
      held = null;
      return REST;
    },
    get holding(): number | null {
      return held?.id ?? null;
    },
  };
}
