import { describe, expect, it } from 'vitest';
import {
  BRIDGE_MAX_PER_SECOND,
  bridgeDecide,
  floodGatePass,
  floodGateStart,
  isStampMessage,
  type BridgeEvent,
  type FloodGate,
} from '../../../src/programme/stampBridge';

const STAMP = { type: 'pavilion:stamp', version: 1 };
const fromFrame = (data: unknown, now = 0): BridgeEvent => ({ fromBoothFrame: true, origin: 'null', data, now });

describe('isStampMessage', () => {
  it('accepts exactly the documented message', () => {
    expect(isStampMessage({ ...STAMP })).toBe(true);
    expect(isStampMessage(Object.assign(Object.create(null) as object, STAMP))).toBe(true);
  });

  it('ignores any other shape: extra keys, wrong types or values, strings, arrays, oversized objects', () => {
    const big = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]));
    for (const bad of [
      null,
      undefined,
      'pavilion:stamp',
      JSON.stringify(STAMP),
      [STAMP.type, STAMP.version],
      { type: 'pavilion:stamp' },
      { ...STAMP, booth: 'another-booth' },
      { type: 'pavilion:stamp', version: '1' },
      { type: 'pavilion:stamp', version: 2 },
      { type: 'PAVILION:STAMP', version: 1 },
      { type: ['pavilion:stamp'], version: 1 },
      { ...big, ...STAMP },
      new (class Stamp {
        type = 'pavilion:stamp';
        version = 1;
      })(),
      Object.assign({ [Symbol('x')]: 1 }, STAMP),
    ]) {
      expect(isStampMessage(bad)).toBe(false);
    }
  });
});

describe('the flood gate', () => {
  it('passes a few messages a second and drops the rest of that second', () => {
    let gate: FloodGate = floodGateStart();
    const passed: boolean[] = [];
    for (let i = 0; i < 50; i++) {
      const r = floodGatePass(gate, 10_000 + i * 10); // 50 messages in half a second
      passed.push(r.pass);
      gate = r.gate;
    }
    expect(passed.filter(Boolean)).toHaveLength(BRIDGE_MAX_PER_SECOND);
    expect(passed.slice(0, BRIDGE_MAX_PER_SECOND).every(Boolean)).toBe(true);
    // Bounded: the count stops growing however long the flood.
    expect(gate.count).toBe(BRIDGE_MAX_PER_SECOND + 1);
    // A second later the frame is heard again.
    expect(floodGatePass(gate, 11_000).pass).toBe(true);
  });

  it('opens a new window if the clock steps back', () => {
    let gate = floodGateStart();
    for (let i = 0; i < 10; i++) gate = floodGatePass(gate, 5000).gate;
    expect(floodGatePass(gate, 4000).pass).toBe(true);
  });
});

describe('bridgeDecide', () => {
  it('stamps for the documented message from the open booth’s own sandboxed frame', () => {
    expect(bridgeDecide(floodGateStart(), fromFrame({ ...STAMP })).action).toBe('stamp');
  });

  it('ignores a message from any other window, whatever it says, and does not count it against the frame', () => {
    const gate = floodGateStart();
    const foreign = bridgeDecide(gate, { ...fromFrame({ ...STAMP }), fromBoothFrame: false });
    expect(foreign).toEqual({ action: 'ignore', gate });
  });

  it('ignores the frame’s message from an origin a sandboxed frame cannot have', () => {
    for (const origin of ['http://127.0.0.1:4173', 'https://content.example.cn', '', 'NULL'])
      expect(bridgeDecide(floodGateStart(), { ...fromFrame({ ...STAMP }), origin }).action).toBe('ignore');
  });

  it('ignores a wrong shape from the right frame', () => {
    expect(bridgeDecide(floodGateStart(), fromFrame({ ...STAMP, booth: 'x' })).action).toBe('ignore');
  });

  it('drops a flood: after the first few in a second, even well-formed messages are not read', () => {
    let gate = floodGateStart();
    const actions: string[] = [];
    for (let i = 0; i < 20; i++) {
      const d = bridgeDecide(gate, fromFrame(i < BRIDGE_MAX_PER_SECOND ? 'junk' : { ...STAMP }, 100 + i));
      actions.push(d.action);
      gate = d.gate;
    }
    expect(actions.every((a) => a === 'ignore')).toBe(true);
  });
});
