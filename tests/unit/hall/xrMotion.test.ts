import { describe, expect, it } from 'vitest';
import { layoutHall } from '../../../src/hall/layout';
import { buildWalkGrid, isWalkable } from '../../../src/hall/walkGrid';
import {
  arcFollow,
  headInHall,
  originForHead,
  panelPose,
  rotateY,
  snapTurn,
  SNAP,
  teleportHead,
  teleportLanding,
  turnAboutHead,
} from '../../../src/hall/xrMotion';
import { Object3D, Vector3 } from 'three';

const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 9);

describe('xr motion', () => {
  it('rotateY turns like three.js turns a child', () => {
    for (const angle of [0, 0.7, -2.1, Math.PI]) {
      const o = new Object3D();
      o.rotation.y = angle;
      o.updateMatrixWorld();
      const v = new Vector3(1.5, 0, -0.4).applyMatrix4(o.matrixWorld);
      const r = rotateY(1.5, -0.4, angle);
      close(r.x, v.x);
      close(r.z, v.z);
    }
  });

  it('originForHead undoes headInHall: the head lands where it is asked to, facing the way asked', () => {
    const head = { x: 0.6, z: -0.3, yaw: 0.4 };
    const want = { x: 12, z: -7, yaw: -1.2 };
    const origin = originForHead(head, want);
    const got = headInHall(origin, head);
    close(got.x, want.x);
    close(got.z, want.z);
    close(got.yaw, want.yaw);
  });

  it('a snap turn turns the visitor on the spot, not about the room centre', () => {
    const origin = { x: 3, z: 4, yaw: 0.2 };
    const head = { x: 1.2, z: 0.5, yaw: 0.1 }; // standing away from the room's centre
    const before = headInHall(origin, head);
    const after = headInHall(turnAboutHead(origin, head, -Math.PI / 6), head);
    close(after.x, before.x);
    close(after.z, before.z);
    close(after.yaw, before.yaw - Math.PI / 6);
  });

  it('a teleport moves the head, keeps its heading unless one is given', () => {
    const origin = { x: 0, z: 0, yaw: 1 };
    const head = { x: -0.4, z: 0.9, yaw: -0.3 };
    const kept = headInHall(teleportHead(origin, head, { x: 20, z: 5 }), head);
    close(kept.x, 20);
    close(kept.z, 5);
    close(kept.yaw, 0.7);
    close(headInHall(teleportHead(origin, head, { x: 20, z: 5 }, Math.PI / 2), head).yaw, Math.PI / 2);
  });

  it('snap turning: one push is one turn of 30°, the stick must come back before the next', () => {
    let s = { armed: true };
    const turns: number[] = [];
    for (const x of [0, 0.3, 0.8, 1, 0.9, 0.5, 0.2, 0.95, 0, -0.7]) {
      const r = snapTurn(s, x);
      turns.push(Math.round((r.turn * 180) / Math.PI));
      s = { armed: r.armed };
    }
    expect(turns).toEqual([0, 0, -SNAP.degrees, 0, 0, 0, 0, -SNAP.degrees, 0, SNAP.degrees]);
  });

  it('a panel opens ahead of the head, facing it', () => {
    const p = panelPose({ x: 1, z: 1, yaw: Math.PI / 2 }, 2); // looking down -X
    close(p.x, -1);
    close(p.z, 1);
    close(p.yaw, Math.PI / 2);
  });

  describe('teleport landing', () => {
    const layout = layoutHall({
      zones: [{ id: 'z', kind: 'theme', color: '#2a6fdb', booths: ['a', 'b', 'c', 'd'] }],
      booths: ['a', 'b', 'c', 'd'].map((id) => ({ id, size: 'L' as const })),
    });
    const grid = buildWalkGrid(layout);
    const booth = layout.booths[0]!;

    it('open floor lands where aimed', () => {
      expect(teleportLanding(grid, booth.front)).toEqual(booth.front);
    });

    it("aimed at a booth's edge lands on the open floor beside it; deep inside, nowhere", () => {
      const edge = { x: booth.x + booth.normal.x * (booth.d / 2 - 0.2), z: booth.z + booth.normal.z * (booth.d / 2 - 0.2) };
      const landed = teleportLanding(grid, edge);
      expect(landed).not.toBeNull();
      expect(isWalkable(grid, landed!)).toBe(true);
      expect(Math.hypot(landed!.x - edge.x, landed!.z - edge.z)).toBeLessThanOrEqual(1.5);
      expect(teleportLanding(grid, { x: booth.x, z: booth.z }, 0.5)).toBeNull();
    });
  });

  describe('arcFollow', () => {
    it('steps about dt / 100 ms at headset frame rates, as the library does', () => {
      expect(arcFollow(1000 / 90)).toBeCloseTo(1000 / 90 / 100, 1);
      expect(arcFollow(0)).toBe(0);
    });

    it('never swings past the hand, however long the frame', () => {
      for (const dt of [50, 100, 150, 250, 600, 5000]) {
        const a = arcFollow(dt);
        expect(a).toBeGreaterThan(0);
        expect(a).toBeLessThanOrEqual(1);
      }
    });

    it('lands the same whether the same time passes in many frames or few', () => {
      // The share of the way still left after 600 ms: in 60 frames of 10 ms, or 2 of 300 ms.
      const left = (frames: number[]) => frames.reduce((rest, dt) => rest * (1 - arcFollow(dt)), 1);
      close(left(Array(60).fill(10)), left([300, 300]));
      expect(left([300, 300])).toBeLessThan(0.01);
    });
  });
});
