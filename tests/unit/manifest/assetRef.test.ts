import { describe, expect, it } from 'vitest';
import { isAssetRef, resolveAssetUrl } from '../../../src/manifest/assetRef';

const BASE = 'https://expo.example.cn/scenes/a/booths/x.json';
describe('asset references', () => {
  it.each([
    ['media/a.mp4', 'https://expo.example.cn/scenes/a/booths/media/a.mp4'],
    ['../media/a.mp4', 'https://expo.example.cn/scenes/a/media/a.mp4'],
    ['/scenes/shared/a.mp4', 'https://expo.example.cn/scenes/shared/a.mp4'],
    ['https://cdn.example.net/a.mp4?x=1', 'https://cdn.example.net/a.mp4?x=1'],
    ['../../../../../../etc/passwd', 'https://expo.example.cn/etc/passwd'],
  ])('resolves %s', (ref, expected) => {
    expect(resolveAssetUrl(ref, BASE)?.href).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,hi',
    'vbscript:x',
    'file:///etc/passwd',
    '//evil.example/a.mp4',
    '\\\\evil.example\\a.mp4',
    'https://user:pw@evil.example/a.mp4',
    'blob:https://expo.example.cn/1',
    '',
  ])('refuses %j', (ref) => {
    expect(isAssetRef(ref)).toBe(false);
    expect(resolveAssetUrl(ref, BASE)).toBeNull();
  });
});
