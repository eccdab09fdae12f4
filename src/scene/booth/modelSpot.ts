import type { BoothPlacement } from '../../hall/layout';
import type { BoothTemplate } from '../../manifest';
import { boothFixtures } from './boothParts';

/** Where a booth's model stands, in the booth's own frame: on its counter, or on a plinth inside its front, right of the counter. */
export function modelSpot(
  placement: BoothPlacement,
  template: BoothTemplate,
  inHall: 'counter' | 'plinth',
): [number, number, number] {
  if (inHall === 'plinth') return [placement.w / 2 - 0.55, 0, placement.d / 2 - 1.1];
  const counter = boothFixtures(placement, template).parts.find((p) => p.color === 'counter');
  return counter ? [counter.pos[0], counter.pos[1] + counter.size[1] / 2, counter.pos[2]] : [0, 1, placement.d / 2 - 0.75];
}
