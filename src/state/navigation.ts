import type { StoreApi } from 'zustand/vanilla';
import { yawTowards, type Vec2 } from '../hall/geometry';
import { FRONT_STANDOFF } from '../hall/layout';
import { cruiseSpeed } from '../hall/motion';
import { findPath } from '../hall/pathfind';
import { zoneViewpoint } from '../hall/zoneView';
import type { HallState } from './hallStore';
import { placeVisitor, type Visitor } from './visitor';

/** Narrower than this (width / height), the view is a portrait phone's. */
const PORTRAIT_ASPECT = 0.8;
/** A portrait phone sees a narrow slice of the world: it steps back across the aisle to fit the booth's header in view. */
const PORTRAIT_STANDOFF = 3.1;

/** How far in front of a booth to stand, for a view of this aspect (width / height). */
export function standoff(aspect: number): number {
  return aspect < PORTRAIT_ASPECT ? PORTRAIT_STANDOFF : FRONT_STANDOFF;
}

export interface Navigation {
  /** Starts an automatic walk to a point; false when it cannot be reached. */
  walkTo: (target: Vec2, arriveYaw?: number | null) => boolean;
  walkToBooth: (id: string) => boolean;
  /** Walks to see a zone: the stage's screen, a theme zone from its sign. */
  walkToZone: (id: string) => boolean;
  /** Puts the visitor at a booth at once (deep links, kiosk resets). */
  jumpToBooth: (id: string) => boolean;
  jumpToEntrance: () => void;
  walkToEntrance: () => boolean;
  stopWalking: () => void;
}

interface NavigationDeps {
  hall: StoreApi<HallState>;
  visitor: Visitor;
  /** The view's width / height now: where to stand depends on it. */
  aspect: () => number;
  /** Reduced motion: an automatic walk is a cut to its end, not a glide the visitor did not ask for. */
  reducedMotion?: () => boolean;
}

/** Moves one pavilion's visitor about its hall: walks along found paths, or jumps. */
export function createNavigation({ hall, visitor, aspect, reducedMotion }: NavigationDeps): Navigation {
  /** Where to stand to see a booth, facing it. */
  const boothView = (id: string): { front: Vec2; yaw: number } | null => {
    const b = hall.getState().world?.layout.byId.get(id);
    if (!b) return null;
    const k = b.d / 2 + standoff(aspect());
    const front = { x: b.x + b.normal.x * k, z: b.z + b.normal.z * k };
    return { front, yaw: yawTowards(front, { x: b.x, z: b.z }) };
  };

  const walkTo = (target: Vec2, arriveYaw: number | null = null): boolean => {
    const world = hall.getState().world;
    if (!world) return false;
    const path = findPath(world.grid, visitor.pos, target);
    if (!path) return false;
    if (reducedMotion?.()) {
      const end = path[path.length - 1] ?? target;
      placeVisitor(visitor, end, arriveYaw ?? visitor.yaw);
      return true;
    }
    let length = 0;
    let prev = visitor.pos;
    for (const p of path) {
      length += Math.hypot(p.x - prev.x, p.z - prev.z);
      prev = p;
    }
    visitor.path = path;
    visitor.arriveYaw = arriveYaw;
    visitor.autoSpeed = cruiseSpeed(length);
    return true;
  };

  return {
    walkTo,
    walkToBooth: (id) => {
      const t = boothView(id);
      return t ? walkTo(t.front, t.yaw) : false;
    },
    walkToZone: (id) => {
      const world = hall.getState().world;
      const view = world ? zoneViewpoint(world.layout, id) : null;
      return view ? walkTo(view.at, view.yaw) : false;
    },
    jumpToBooth: (id) => {
      const t = boothView(id);
      if (!t) return false;
      placeVisitor(visitor, t.front, t.yaw);
      return true;
    },
    jumpToEntrance: () => {
      const world = hall.getState().world;
      if (world) placeVisitor(visitor, world.layout.entrance, world.layout.entrance.yaw);
    },
    walkToEntrance: () => {
      const world = hall.getState().world;
      return world ? walkTo(world.layout.entrance, world.layout.entrance.yaw) : false;
    },
    stopWalking: () => {
      visitor.path = [];
      visitor.arriveYaw = null;
    },
  };
}
