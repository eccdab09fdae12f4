import type { Object3D } from 'three';

/**
 * What a visitor can point at in the headset, by name ('close', 'exit', 'item-2', …): the
 * read-only window (`__pavilion.headset.targets()`) tells tests where each is, so an emulated
 * controller can aim at it as a hand would.
 */
export const headsetTargets = new Map<string, Object3D>();

/** Of those, the ones a pointer's ray rests on now: what a visitor sees lit before they press. */
export const headsetHovered = new Set<string>();
