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
});
