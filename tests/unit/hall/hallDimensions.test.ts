import { describe, expect, it } from 'vitest';
import { LAYOUT, rowLengthFor, sideWallX } from '../../../src/hall/hallDimensions';

describe('rowLengthFor', () => {
  it('grows with the hall between the minimum and maximum row length', () => {
    expect(rowLengthFor(0)).toBe(LAYOUT.minRowLength);
    expect(rowLengthFor(100)).toBe(22);
    expect(rowLengthFor(1_000_000)).toBe(LAYOUT.maxRowLength);
  });
});

describe('sideWallX', () => {
  it('is half the spine, a row and the perimeter aisle', () => {
    expect(sideWallX(18)).toBe(26);
  });
});
