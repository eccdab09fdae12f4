import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { layoutHall, type LayoutInput } from '../../../src/hall/layout';
import { hallOf } from './support';

/**
 * Pins the exact output of layoutHall, recorded before it was split into phases, so any
 * refactor that moves a booth by a millimetre (or reorders zones, aisles or booths) fails.
 * Maps become entry lists and -0 is kept distinct, since JSON would otherwise hide both.
 */
function serialise(input: LayoutInput): string {
  return JSON.stringify(layoutHall(input), (_key, value: unknown) => {
    if (value instanceof Map) return [...value.entries()];
    if (Object.is(value, -0)) return '-0';
    return value;
  });
}

const CASES: [string, LayoutInput][] = [
  ...[1, 7, 38, 400, 1000].map((n): [string, LayoutInput] => [`hallOf(${n})`, hallOf(n)]),
  ['hallOf(60, {stageBooths: 30, unzoned: 9})', hallOf(60, { stageBooths: 30, unzoned: 9 })],
];

describe('layoutHall characterisation', () => {
  it('gives byte-identical plans to the recorded ones', async () => {
    // A hash per case keeps the snapshot small; the 7-booth plan in full makes a failure readable.
    const lines = CASES.map(([name, input]) => `${name} ${createHash('sha256').update(serialise(input)).digest('hex')}`);
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot('./__snapshots__/layoutHall.sha256.txt');
    await expect(JSON.stringify(JSON.parse(serialise(hallOf(7))), null, 2) + '\n').toMatchFileSnapshot(
      './__snapshots__/layoutHall.hallOf7.txt',
    );
  });
});
