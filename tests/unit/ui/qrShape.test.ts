import { describe, expect, it } from 'vitest';
import { makeQrShape, qrShape } from '../../../src/ui/qrShape';

describe('a QR code as an SVG path', () => {
  it('merges each row’s dark runs, offset by the quiet zone', () => {
    // Row 0: ##.#   row 1: ....   row 2: .###   row 3: #...
    const rows = ['##.#', '....', '.###', '#...'];
    const shape = qrShape(4, (r, c) => rows[r]![c] === '#');
    expect(shape.side).toBe(12);
    expect(shape.path).toBe('M4 4h2v1h-2zM7 4h1v1h-1zM5 6h3v1h-3zM4 7h1v1h-1z');
  });

  it('makes a real code locally, with its quiet zone', async () => {
    const shape = await makeQrShape('https://expo.example.com/#/visit/a,b');
    // Version 3 at medium correction: 29 modules, and 4 of quiet zone each side.
    expect(shape?.side).toBe(29 + 8);
    // The three finder patterns' corners are dark.
    expect(shape?.path.startsWith('M4 4h7v1h-7z')).toBe(true);
  });

  it('gives no code for text too long for any', async () => {
    expect(await makeQrShape('x'.repeat(3000))).toBeNull();
  });
});
