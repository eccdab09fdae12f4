import { describe, expect, it } from 'vitest';
import { FRONT_STANDOFF } from '../../../src/hall/layout';
import { createHallStore } from '../../../src/state/hallStore';
import { createNavigation, standoff } from '../../../src/state/navigation';
import { createVisitor } from '../../../src/state/visitor';
import { loadedHallOf } from './support';

async function setUp(aspect = 1.6) {
  const hall = createHallStore(async () => loadedHallOf(12));
  await hall.getState().load('https://expo.example.cn/hall.json', 'https://expo.example.cn');
  const visitor = createVisitor();
  const nav = createNavigation({ hall, visitor, aspect: () => aspect });
  nav.jumpToEntrance();
  return { hall, visitor, nav, layout: hall.getState().world!.layout };
}

describe('standoff', () => {
  it('stands at the layout standoff, and further back on a portrait view', () => {
    expect(standoff(16 / 9)).toBe(FRONT_STANDOFF);
    expect(standoff(9 / 19.5)).toBeGreaterThan(FRONT_STANDOFF);
  });
});

describe('createNavigation', () => {
  it('does nothing before a hall is loaded', () => {
    const hall = createHallStore(() => new Promise(() => {}));
    const visitor = createVisitor();
    const nav = createNavigation({ hall, visitor, aspect: () => 1 });
    expect(nav.walkTo({ x: 1, z: 1 })).toBe(false);
    expect(nav.walkToBooth('b0')).toBe(false);
    expect(nav.walkToEntrance()).toBe(false);
  });

  it('under reduced motion, cuts to where a walk would end, facing the booth, with no path to glide', async () => {
    const hall = createHallStore(async () => loadedHallOf(12));
    await hall.getState().load('https://expo.example.cn/hall.json', 'https://expo.example.cn');
    let reduced = true;
    const visitor = createVisitor();
    const nav = createNavigation({ hall, visitor, aspect: () => 1.6, reducedMotion: () => reduced });
    nav.jumpToEntrance();
    const glide = createVisitor();
    const ref = createNavigation({ hall, visitor: glide, aspect: () => 1.6 });
    ref.jumpToEntrance();
    expect(ref.walkToBooth('b5')).toBe(true);
    expect(nav.walkToBooth('b5')).toBe(true);
    expect(visitor.path).toEqual([]);
    expect(visitor.pos).toEqual(glide.path[glide.path.length - 1]);
    expect(visitor.yaw).toBeCloseTo(glide.arriveYaw!);
    reduced = false;
    expect(nav.walkToEntrance()).toBe(true);
    expect(visitor.path.length).toBeGreaterThan(0);
  });

  it('jumps to the entrance, looking into the hall', async () => {
    const { visitor, layout } = await setUp();
    expect(visitor.pos).toEqual({ x: layout.entrance.x, z: layout.entrance.z });
    expect(visitor.yaw).toBe(layout.entrance.yaw);
  });

  it('walks to a booth along a path that ends at its front, facing it', async () => {
    const { visitor, nav, layout } = await setUp();
    const b = layout.byId.get('b5')!;
    expect(nav.walkToBooth('b5')).toBe(true);
    const end = visitor.path[visitor.path.length - 1]!;
    // The layout's own front for this booth, to within the walk grid's half-cell snap.
    expect(Math.hypot(end.x - b.front.x, end.z - b.front.z)).toBeLessThan(0.5);
    // Facing the booth: the arrival yaw looks from the front towards the booth's centre.
    const look = { x: -Math.sin(visitor.arriveYaw!), z: -Math.cos(visitor.arriveYaw!) };
    expect(look.x * b.normal.x + look.z * b.normal.z).toBeCloseTo(-1, 5);
    expect(visitor.autoSpeed).toBeGreaterThan(0);
    expect(nav.walkToBooth('no-such-booth')).toBe(false);
  });

  it('stands further back on a portrait phone', async () => {
    const wide = await setUp(16 / 9);
    const tall = await setUp(0.46);
    wide.nav.jumpToBooth('b3');
    tall.nav.jumpToBooth('b3');
    const b = wide.layout.byId.get('b3')!;
    const d = (p: { x: number; z: number }) => Math.hypot(p.x - b.x, p.z - b.z);
    expect(d(tall.visitor.pos)).toBeGreaterThan(d(wide.visitor.pos) + 1);
  });

  it('stops an automatic walk', async () => {
    const { visitor, nav } = await setUp();
    nav.walkToBooth('b7');
    nav.stopWalking();
    expect(visitor.path).toEqual([]);
    expect(visitor.arriveYaw).toBeNull();
  });
});
