import { describe, expect, it } from 'vitest';
import { RectIndex } from '../../../src/hall/collision';
import { rect } from '../../../src/hall/geometry';
import { createWalker, cruiseSpeed, stepWalker, type Walker } from '../../../src/hall/motion';

const bounds = rect(-50, -50, 50, 50);
const empty = new RectIndex([]);

const walker = createWalker;

function run(w: Walker, seconds: number, index = empty, dt = 1 / 60) {
  for (let t = 0; t < seconds; t += dt) stepWalker(w, dt, index, bounds);
}

describe('stepWalker', () => {
  it('walks forward along the view direction (yaw 0 looks north, -z), accelerating smoothly', () => {
    const w = walker({ move: { forward: 1, right: 0 } });
    stepWalker(w, 1 / 60, empty, bounds);
    const firstStep = -w.pos.z;
    expect(firstStep).toBeGreaterThan(0);
    expect(firstStep).toBeLessThan(3.2 / 60); // not at full speed at once
    run(w, 2);
    expect(w.pos.z).toBeLessThan(-5);
    expect(Math.abs(w.pos.x)).toBeLessThan(1e-9);
  });

  it('strafes right (+x when facing north) and turns with the turn input', () => {
    const w = walker({ move: { forward: 0, right: 1 } });
    run(w, 1);
    expect(w.pos.x).toBeGreaterThan(1.5);
    const t = walker({ turn: 1 });
    run(t, 1);
    expect(t.yaw).toBeCloseTo(1.9, 1);
  });

  it('follows a path, eases out and ends facing the requested direction', () => {
    const w = walker({
      path: [
        { x: 0, z: -10 },
        { x: 8, z: -10 },
      ],
      arriveYaw: Math.PI / 2,
    });
    let maxSpeed = 0;
    for (let t = 0; t < 10; t += 1 / 60) {
      stepWalker(w, 1 / 60, empty, bounds);
      maxSpeed = Math.max(maxSpeed, Math.hypot(w.vel.x, w.vel.z));
    }
    expect(w.pos.x).toBeCloseTo(8, 1);
    expect(w.pos.z).toBeCloseTo(-10, 1);
    expect(w.path).toEqual([]);
    expect(w.arriveYaw).toBeNull();
    expect(w.yaw).toBeCloseTo(Math.PI / 2, 2);
    expect(maxSpeed).toBeLessThanOrEqual(4.2 + 1e-6);
  });

  it('drops an automatic walk as soon as the visitor walks by hand', () => {
    const w = walker({ path: [{ x: 0, z: -20 }], arriveYaw: 1 });
    run(w, 0.5);
    w.move.right = 1;
    stepWalker(w, 1 / 60, empty, bounds);
    expect(w.path).toEqual([]);
    expect(w.arriveYaw).toBeNull();
  });

  it('is stopped by obstacles', () => {
    const w = walker({ move: { forward: 1, right: 0 } });
    run(w, 5, new RectIndex([rect(-5, -3, 5, -2)]));
    expect(w.pos.z).toBeGreaterThan(-2 + 0.34);
  });

  it('clamps a long frame (tab was hidden) instead of jumping through walls', () => {
    const w = walker({ move: { forward: 1, right: 0 }, vel: { x: 0, z: -3.2 } });
    stepWalker(w, 5, empty, bounds);
    expect(w.pos.z).toBeGreaterThan(-1);
  });

  it('goes faster on long trips so any booth is a few seconds away', () => {
    expect(cruiseSpeed(5)).toBe(4.2);
    expect(cruiseSpeed(140)).toBe(20);
    expect(cruiseSpeed(5000)).toBe(30);
  });

  it('clamps looking up and down', () => {
    const w = walker({ look: { yaw: 0, pitch: 5 } });
    stepWalker(w, 1 / 60, empty, bounds);
    expect(w.pitch).toBeCloseTo(0.75);
  });
});
