import { describe, expect, it } from 'vitest';
import { MANIFEST_LIMITS, parseJsonGuarded } from '../../../src/manifest/guards';
import { booth, FILE, messages, validBooth } from './fixtures';

describe('input guards', () => {
  it('refuses a file over the size limit before parsing it', () => {
    const text = `{"pad": "${'x'.repeat(MANIFEST_LIMITS.maxBytes)}"}`;
    const r = parseJsonGuarded(text, FILE);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]).toEqual({
      file: FILE,
      path: '',
      message: `expected a manifest of at most 1,048,576 bytes (1 MiB), got ${text.length.toLocaleString('en-US')} bytes`,
      severity: 'error',
    });
  });

  it('counts bytes, not characters (CJK text is 3 bytes a character)', () => {
    const text = `"${'网'.repeat(Math.ceil(MANIFEST_LIMITS.maxBytes / 3))}"`;
    expect(text.length).toBeLessThan(MANIFEST_LIMITS.maxBytes);
    expect(parseJsonGuarded(text, FILE).ok).toBe(false);
  });

  it('reports a JSON syntax error with the file name', () => {
    const r = parseJsonGuarded('{"id": ', FILE);
    expect(!r.ok && r.problems[0]).toMatchObject({ file: FILE, path: '', severity: 'error' });
    expect(!r.ok && r.problems[0]!.message).toMatch(/^expected valid JSON, got a syntax error: /);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s wherever it is', (key) => {
    const text = `{"exhibitor": {"name": {"${key}": {"polluted": true}}}}`;
    const r = parseJsonGuarded(text, FILE);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      `exhibitor.name.${key}: expected an ordinary key, got "${key}", which is not allowed in a manifest`,
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses deep nesting without overflowing the stack', () => {
    const depth = 100_000;
    const r = parseJsonGuarded('['.repeat(depth) + ']'.repeat(depth), FILE);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]).toEqual({
      file: FILE,
      path: `[0]`.repeat(MANIFEST_LIMITS.maxDepth),
      message: `expected at most ${MANIFEST_LIMITS.maxDepth} levels of nesting, got deeper`,
      severity: 'error',
    });
  });

  it('lists the first 50 problems of a hostile file, and says how many more there are', () => {
    const keys = Array.from({ length: 80 }, (_, i) => `"k${i}": {"constructor": 1}`).join(',');
    const r = parseJsonGuarded(`{${keys}}`, FILE);
    expect(!r.ok && r.problems.length).toBe(51);
    expect(!r.ok && r.problems[50]!.message).toBe('30 more problem(s) of this kind not listed: fix the above first');
  });

  it('refuses absurdly long strings, naming where they are', () => {
    const b = validBooth();
    b.exhibitor.description = 'x'.repeat(MANIFEST_LIMITS.maxStringLength + 1);
    expect(messages(booth(b))).toEqual([
      `${FILE}: exhibitor.description: expected a text of at most ${MANIFEST_LIMITS.maxStringLength} characters, got ${MANIFEST_LIMITS.maxStringLength + 1}`,
    ]);
  });

  it('applies per-field length limits from the schema', () => {
    const b = validBooth();
    b.exhibitor.name = { zh: '长'.repeat(81) };
    expect(messages(booth(b))).toEqual([`${FILE}: exhibitor.name.zh: expected at most 80 characters, got 81`]);
  });

  it('accepts a UTF-8 byte order mark', () => {
    expect(parseJsonGuarded('\ufeff{"a": 1}', FILE).ok).toBe(true);
  });
});
