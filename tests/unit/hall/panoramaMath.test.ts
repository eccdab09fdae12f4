import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  directionOf,
  dragLook,
  FOV,
  gyroLook,
  lookOf,
  MAX_PITCH,
  projectToView,
  wrapYaw,
  zoomFov,
} from '../../../src/hall/panoramaMath';

const close = (a: readonly number[], b: readonly number[]) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, 9));

describe('panorama maths', () => {
  it('points yaw 0 ahead (-Z), yaw 90 to the right (+X), pitch 90 up', () => {
    close(directionOf(0, 0), [0, 0, -1]);
    close(directionOf(90, 0), [1, 0, 0]);
    close(directionOf(-90, 0), [-1, 0, 0]);
    close(directionOf(180, 0), [0, 0, 1]);
    close(directionOf(0, 90), [0, 1, 0]);
    close(directionOf(0, -45), [0, -Math.SQRT1_2, -Math.SQRT1_2]);
  });

  it('turns a direction back into the yaw and pitch it came from', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -179.9, max: 180, noNaN: true }),
        fc.double({ min: -89, max: 89, noNaN: true }),
        (yaw, pitch) => {
          const back = lookOf(directionOf(yaw, pitch));
          expect(back.yaw).toBeCloseTo(yaw, 6);
          expect(back.pitch).toBeCloseTo(pitch, 6);
        },
      ),
    );
  });

  it('wraps yaw into (-180, 180]', () => {
    expect(wrapYaw(190)).toBe(-170);
    expect(wrapYaw(-180)).toBe(180);
    expect(wrapYaw(540)).toBe(180);
    expect(wrapYaw(-725)).toBe(-5);
  });

  it('follows the finger: dragging right turns left, across a whole view height turns by the field of view', () => {
    const l = dragLook({ yaw: 0, pitch: 0 }, 100, 0, 400, 80);
    expect(l.yaw).toBeCloseTo(-20);
    expect(dragLook({ yaw: 0, pitch: 0 }, 0, 400, 400, 80).pitch).toBeCloseTo(80);
    expect(dragLook({ yaw: 0, pitch: 80 }, 0, 400, 400, 80).pitch).toBe(MAX_PITCH);
    expect(dragLook({ yaw: 175, pitch: 0 }, -100, 0, 400, 80).yaw).toBeCloseTo(-165);
  });

  it('zooms within its bounds', () => {
    expect(zoomFov(75, 0.3)).toBe(FOV.min);
    expect(zoomFov(75, 2)).toBe(FOV.max);
    expect(zoomFov(60, 0.8)).toBeCloseTo(48);
  });

  it('reads a phone held up: upright looks at the horizon, tilted back looks up, turned left looks left', () => {
    const upright = gyroLook(0, 90, 0, 0);
    expect(upright.pitch).toBeCloseTo(0);
    expect(upright.yaw).toBeCloseTo(0);
    expect(gyroLook(0, 120, 0, 0).pitch).toBeCloseTo(30);
    expect(gyroLook(0, 60, 0, 0).pitch).toBeCloseTo(-30);
    expect(gyroLook(90, 90, 0, 0).yaw).toBeCloseTo(-90);
    expect(gyroLook(-30, 90, 0, 0).yaw).toBeCloseTo(30);
    // Flat on a table, screen up: the back camera looks at the floor (held at the limit).
    expect(gyroLook(0, 0, 0, 0).pitch).toBe(-MAX_PITCH);
  });

  it('reads a phone on its side the same way: landscape (screen turned 90°) held upright looks at the horizon', () => {
    // Rotated to landscape: gamma -90 with the screen's angle 90 is the same upright pose.
    const side = gyroLook(0, 0, -90, 90);
    expect(side.pitch).toBeCloseTo(0);
  });

  it('projects a hotspot into the view: centred when looked at, right and up where it is, nowhere when behind', () => {
    const centre = projectToView(30, 10, { yaw: 30, pitch: 10 }, 75, 16 / 9)!;
    expect(centre.x).toBeCloseTo(0);
    expect(centre.y).toBeCloseTo(0);
    const right = projectToView(10, 0, { yaw: 0, pitch: 0 }, 90, 1)!;
    expect(right.x).toBeCloseTo(Math.tan((10 * Math.PI) / 180));
    expect(right.y).toBeCloseTo(0);
    expect(projectToView(0, 20, { yaw: 0, pitch: 0 }, 90, 1)!.y).toBeCloseTo(Math.tan((20 * Math.PI) / 180));
    expect(projectToView(180, 0, { yaw: 0, pitch: 0 }, 75, 1)).toBeNull();
    expect(projectToView(80, 0, { yaw: 0, pitch: 0 }, 60, 1)).toBeNull();
    // Across the seam: looking at 170, a point at -170 is 20 to the right.
    expect(projectToView(-170, 0, { yaw: 170, pitch: 0 }, 90, 1)!.x).toBeCloseTo(Math.tan((20 * Math.PI) / 180));
  });
});
