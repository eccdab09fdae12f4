import { describe, expect, it } from 'vitest';
import { imageProblems, imageSize } from '../../../../src/manifest/files/imageSize';
import { svgSize } from '../../../../src/manifest/files/svgSize';
import { box, concat, counting, fullBox, ftyp, gif, jpeg, png, be32, src, webpVp8, webpVp8l, webpVp8x } from './support';

describe('imageSize', () => {
  it('reads PNG, GIF and WebP (lossy, lossless, extended) headers', async () => {
    expect(await imageSize(src(png(1234, 567)), 'image/png')).toEqual({ width: 1234, height: 567 });
    expect(await imageSize(src(gif(320, 200)), 'image/gif')).toEqual({ width: 320, height: 200 });
    expect(await imageSize(src(webpVp8(800, 450)), 'image/webp')).toEqual({ width: 800, height: 450 });
    expect(await imageSize(src(webpVp8l(1000, 3001)), 'image/webp')).toEqual({ width: 1000, height: 3001 });
    expect(await imageSize(src(webpVp8x(16383, 9000)), 'image/webp')).toEqual({ width: 16383, height: 9000 });
  });

  it('finds the JPEG frame header past a large EXIF segment, reading only segment headers', async () => {
    const file = counting(src(jpeg(4032, 3024)));
    expect(await imageSize(file, 'image/jpeg')).toEqual({ width: 4032, height: 3024 });
    expect(file.bytesRead).toBeLessThan(100);
    expect(await imageSize(src(jpeg(640, 480, 0xc2)), 'image/jpeg')).toEqual({ width: 640, height: 480 });
  });

  it('returns null for a JPEG whose frame header is missing or damaged', async () => {
    const bytes = jpeg(640, 480);
    expect(await imageSize(src(bytes.subarray(0, 100)), 'image/jpeg')).toBeNull();
    expect(await imageSize(src(Uint8Array.of(0xff, 0xd8, 0x00, 0x00)), 'image/jpeg')).toBeNull();
  });

  it('reads an AVIF size from its ispe property', async () => {
    const ispe = fullBox('ispe', 0, be32(2048), be32(1536));
    const avif = concat(ftyp('avif'), fullBox('meta', 0, box('iprp', box('ipco', ispe))));
    expect(await imageSize(src(avif), 'image/avif')).toEqual({ width: 2048, height: 1536 });
  });

  it('reads SVG width and height, with units, or the viewBox', () => {
    expect(svgSize('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="500"/>')).toEqual({ width: 800, height: 500 });
    expect(svgSize('<?xml version="1.0"?>\n<!-- x -->\n<svg viewBox="0 0 300 150"></svg>')).toEqual({ width: 300, height: 150 });
    expect(svgSize("<svg width='2in' viewBox='0,0,100,50'/>")).toEqual({ width: 192, height: 96 });
    expect(svgSize('<svg width="100%" height="100%" viewBox="0 0 64 32"/>')).toEqual({ width: 64, height: 32 });
    expect(svgSize('<svg width="10em"/>')).toBeNull();
    expect(svgSize('<html><svg width="5" height="5"/></html>')).toBeNull();
  });
});

describe('imageProblems', () => {
  it('accepts ordinary sizes, warns over 4096 px and refuses over 8192 px or 40 megapixels', () => {
    expect(imageProblems({ width: 4096, height: 4096 })).toEqual([]);
    expect(imageProblems({ width: 5000, height: 300 })).toEqual([
      { message: expect.stringContaining('5000×300 px, over 4096 px on a side') as string, severity: 'warning' },
    ]);
    expect(imageProblems({ width: 300, height: 9000 })[0]).toMatchObject({ severity: 'error' });
    expect(imageProblems({ width: 8000, height: 6000 })[0]?.message).toContain(
      '48 megapixels, over the 40 that phones can decode',
    );
  });
});
