/**
 * The stamp bridge (docs/stamp-bridge.md): an exhibitor's H5 page, framed in its booth's panel,
 * may award that booth's passport stamp by posting one message to its parent:
 *
 *     window.parent.postMessage({ type: 'pavilion:stamp', version: 1 }, '*');
 *
 * Pure rules; the panel's listener (ui/panel/useStampBridge.ts) applies them in this order:
 * 1. Who sent it: only `event.source === <that booth's iframe>.contentWindow`, with the opaque
 *    origin `"null"` its sandbox gives it. The source check is the real guard: `"null"` is the
 *    origin of *every* sandboxed frame, data: URL or file page, so it names no one; the window
 *    reference cannot be forged by another frame or tab. The booth stamped is the one whose
 *    frame that is, never one named in the message (the message has no booth field at all).
 * 2. How often: a frame's messages are counted in one-second windows; past
 *    BRIDGE_MAX_PER_SECOND in a window the rest are dropped unread (a bounded counter per frame).
 * 3. What: exactly the shape below; anything else (extra keys, other types or values, a string,
 *    an array, an object with a prototype) is ignored without an answer.
 * 4. What it does: stamps, once per booth; later messages change nothing. No reply is sent.
 */

export const STAMP_MESSAGE_TYPE = 'pavilion:stamp';
export const STAMP_MESSAGE_VERSION = 1;

export interface StampMessage {
  type: typeof STAMP_MESSAGE_TYPE;
  version: typeof STAMP_MESSAGE_VERSION;
}

/** The origin a frame sandboxed without `allow-same-origin` posts from (H5Frame's H5_SANDBOX). */
export const SANDBOXED_ORIGIN = 'null';

/** Whether posted data is exactly a stamp message: a plain object of these two keys and values. */
export function isStampMessage(data: unknown): data is StampMessage {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const proto: unknown = Object.getPrototypeOf(data);
  if (proto !== Object.prototype && proto !== null) return false;
  // Counting keys first: an oversized object is refused before anything else is read from it.
  const keys = Object.keys(data);
  if (keys.length !== 2 || Object.getOwnPropertySymbols(data).length) return false;
  const d = data as Record<string, unknown>;
  return d.type === STAMP_MESSAGE_TYPE && d.version === STAMP_MESSAGE_VERSION;
}

/** Messages a frame may post in a second; past it, the rest of that second is dropped. */
export const BRIDGE_MAX_PER_SECOND = 5;
const WINDOW_MS = 1000;

/** One frame's message count: two numbers, however many messages it sends. */
export interface FloodGate {
  windowStart: number;
  count: number;
}

export const floodGateStart = (): FloodGate => ({ windowStart: -Infinity, count: 0 });

/** Counts one message at `now`: whether it may be read, and the gate after it. */
export function floodGatePass(gate: FloodGate, now: number): { pass: boolean; gate: FloodGate } {
  // A clock going back (it should not) opens a new window rather than closing the gate for good.
  const fresh = now - gate.windowStart >= WINDOW_MS || now < gate.windowStart;
  const next = fresh
    ? { windowStart: now, count: 1 }
    : { windowStart: gate.windowStart, count: Math.min(gate.count + 1, BRIDGE_MAX_PER_SECOND + 1) };
  return { pass: next.count <= BRIDGE_MAX_PER_SECOND, gate: next };
}

/** What a message event tells the bridge (the listener reads these from the MessageEvent). */
export interface BridgeEvent {
  /** `event.source === frame.contentWindow` for the open booth's H5 frame. */
  fromBoothFrame: boolean;
  origin: string;
  data: unknown;
  now: number;
}

/**
 * The bridge's decision for one message: `stamp` the frame's booth, or `ignore` it; and the
 * frame's gate after it (unchanged for a message from elsewhere, which is not the frame's).
 */
export function bridgeDecide(gate: FloodGate, e: BridgeEvent): { action: 'stamp' | 'ignore'; gate: FloodGate } {
  if (!e.fromBoothFrame || e.origin !== SANDBOXED_ORIGIN) return { action: 'ignore', gate };
  const counted = floodGatePass(gate, e.now);
  if (!counted.pass) return { action: 'ignore', gate: counted.gate };
  return { action: isStampMessage(e.data) ? 'stamp' : 'ignore', gate: counted.gate };
}
