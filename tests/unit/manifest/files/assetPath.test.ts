import { describe, expect, it } from 'vitest';
import { checkAssetPath, normalizeAssetRef } from '../../../../src/manifest/files/assetPath';

describe('checkAssetPath', () => {
  it.each([
    'media/intro.mp4',
    'h5/quiz/index.html',
    'a.b-c_d.png',
    '视频/开幕式 2026.mp4',
    'images/café.png',
    'images/cafe\u0301.png',
    'a/b/c/d/e/f/g/h.txt',
  ])('accepts %s', (name) => {
    expect(checkAssetPath(name)).toBeNull();
  });

  it.each([
    ['', /empty/],
    ['a'.repeat(201), /201 characters.*at most 200/],
    ['/etc/passwd', /absolute/],
    ['C:\\x.png', /absolute/],
    ['c:x.png', /absolute/],
    ['\\\\server\\share\\a.png', /absolute/],
    ['media\\a.png', /backslash/],
    ['../a.png', /"\.\."/],
    ['media/../../a.png', /"\.\."/],
    ['./a.png', /"\."/],
    ['a//b.png', /empty folder name/],
    ['media/', /empty folder name/],
    [' a.png', /space/],
    ['media/a.png ', /space/],
    ['a\u0000.png', /control character \(U\+0000\)/],
    ['a\u202e.png', /control character \(U\+202E\)/],
    ['a%20b.png', /"%"/],
    ['a?.png', /"\?"/],
    ['a#b.png', /"#"/],
    ['ab:c.png', /":"/],
    ['a*.png', /"\*"/],
    ['a".png', /quotation mark/],
    ['a<b>.png', /"<"/],
    ['a|b.png', /"\|"/],
    ['a+b.png', /"\+"/],
    ['.htaccess', /hidden/],
    ['media/.env', /hidden/],
    ['con.png', /Windows reserves/],
    ['media/NUL', /Windows reserves/],
    ['COM1.txt', /Windows reserves/],
    ['lpt9.md', /Windows reserves/],
    ['a.', /ends with "\."/],
    ['a/b/c/d/e/f/g/h/i.txt', /8 folders deep; keep it at most 7/],
  ])('refuses %j', (name, message) => {
    expect(checkAssetPath(name)).toMatch(message);
  });

  it('does not take names that merely start like reserved ones', () => {
    expect(checkAssetPath('console.png')).toBeNull();
    expect(checkAssetPath('com10.txt')).toBeNull();
  });
});

describe('normalizeAssetRef', () => {
  it.each([
    ['./media/a.mp4', '', 'media/a.mp4'],
    ['media/a.mp4', '', 'media/a.mp4'],
    ['media/a%20b.mp4?v=2#t=3', '', 'media/a b.mp4'],
    ['media/%E8%A7%86%E9%A2%91.mp4', '', 'media/视频.mp4'],
    ['../media/a.mp4', 'booths', 'media/a.mp4'],
    ['x/../a.png', '', 'a.png'],
    ['%2e%2e/a.png', 'booths', 'a.png'],
    ['a//b.png', '', 'a//b.png'],
  ])('%s from %j → %s', (ref, base, expected) => {
    expect(normalizeAssetRef(ref, base)).toBe(expected);
  });

  it.each([
    ['https://cdn.example.net/a.mp4', ''],
    ['http://x/a.mp4', ''],
    ['//evil.example/a.mp4', ''],
    ['/scenes/a.mp4', ''],
    ['javascript:alert(1)', ''],
    ['../a.png', ''],
    ['../../a.png', 'booths'],
    ['%2e%2e/a.png', ''],
    ['a%2Fb.png', ''],
    ['a%5Cb.png', ''],
    ['a%zz.png', ''],
    ['#frag', ''],
  ])('%s from %j → null', (ref, base) => {
    expect(normalizeAssetRef(ref, base)).toBeNull();
  });
});
