import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The build made by globalSetup: what a visitor's browser is sent first.
const html = readFileSync('dist/index.html', 'utf8');
const entry = /<script type="module"[^>]*src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
const assets = readdirSync('dist/assets');

describe('the built app', () => {
  it('keeps the bench driver and the reference build out of the visitor\u2019s first script', () => {
    expect(entry).toBeDefined();
    const main = readFileSync(`dist/assets/${entry}`, 'utf8');
    // Strings only the bench driver and the reference build contain.
    expect(main).not.toContain('__bench');
    expect(main).not.toContain('reference-booths');
    // They are chunks of their own, fetched when their flag asks.
    expect(assets.some((a) => /^BenchDriver-.*\.js$/.test(a))).toBe(true);
    expect(assets.some((a) => /^ReferenceBooths-.*\.js$/.test(a))).toBe(true);
  });

  it('keeps the QR code maker out of every script the page starts with: a kiosk fetches it for its first code', () => {
    const firstScripts = [...html.matchAll(/<script type="module"[^>]*src="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(firstScripts.length).toBeGreaterThan(0);
    // A message only the qrcode package has.
    const marker = 'too big to be stored in a QR Code';
    for (const f of firstScripts) expect(readFileSync(`dist/assets/${f}`, 'utf8')).not.toContain(marker);
    expect(assets.some((a) => a.endsWith('.js') && readFileSync(`dist/assets/${a}`, 'utf8').includes(marker))).toBe(true);
  });

  it('keeps the kiosk\u2019s service worker out of a visitor\u2019s page: no register script, no web manifest', () => {
    const firstScripts = [...html.matchAll(/<script type="module"[^>]*src="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(firstScripts.length).toBeGreaterThan(0);
    // Strings only the kiosk's offline code contains (its worker's URL, its cache names).
    for (const f of firstScripts) {
      const text = readFileSync(`dist/assets/${f}`, 'utf8');
      expect(text).not.toContain('kioskSw');
      expect(text).not.toContain('pavilion-media');
    }
    expect(html).not.toMatch(/registerSW|kioskSw|rel="manifest"|webmanifest/);
    // The worker is built beside the pages, with the app shell (every first script) listed for precaching.
    const sw = readFileSync('dist/kioskSw.js', 'utf8');
    for (const f of firstScripts) expect(sw).toContain(`assets/${f}`);
    expect(sw).not.toContain('scenes/sample');
  });

  it('keeps the headset mode in a chunk of its own, out of a kiosk’s cache, and no WebXR emulator in the build', () => {
    const main = readFileSync(`dist/assets/${entry}`, 'utf8');
    // @react-three/xr's store: only in the headset's chunk.
    expect(main).not.toContain('enterVR');
    const headset = assets.filter((a) => /^HallHeadset-.*\.js$/.test(a));
    expect(headset).toHaveLength(1);
    expect(readFileSync(`dist/assets/${headset[0]}`, 'utf8')).toContain('enterVR');
    expect(readFileSync('dist/kioskSw.js', 'utf8')).not.toContain(headset[0]);
    // iwer's device class and its dev UI are never built (tests inject the emulator themselves).
    for (const a of assets.filter((f) => f.endsWith('.js')))
      expect(readFileSync(`dist/assets/${a}`, 'utf8')).not.toContain('installDevUI');
  });
});
