import { describe, expect, it } from 'vitest';
import type { MediaItem } from '../../../src/manifest/model';
import { booth, FILE, messages, validBooth } from './fixtures';

const B = 'https://expo.example.cn/scenes/test/booths/';
const withMedia = (media: unknown[]) => {
  const b = validBooth();
  b.media = media as typeof b.media;
  return booth(b);
};
const pano = (extra: Record<string, unknown> = {}) => ({ type: 'panorama', title: '全景', src: 'vr/soc.jpg', ...extra });
const model = (extra: Record<string, unknown> = {}) => ({ type: 'model', title: '模型', src: 'vr/key.glb', ...extra });
const link = { type: 'link', label: 'Site', href: 'https://acme.example.org/' };

describe('panorama and model items', () => {
  it('resolves a picture panorama, a video panorama with captions, and a model with its defaults', () => {
    const r = withMedia([
      pano({ hotspots: [{ yaw: 30, pitch: -5, label: '大屏', item: 2 }] }),
      pano({ src: 'vr/class.mp4', poster: 'vr/class.jpg', captions: [{ lang: 'zh', src: 'vr/class.zh.vtt' }], initialYaw: 90 }),
      model({ poster: 'vr/key.png', inHall: 'counter' }),
    ]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const [a, b, c] = r.value!.media as [MediaItem, MediaItem, MediaItem];
    expect(a).toMatchObject({ format: 'image', src: `${B}vr/soc.jpg`, initialYaw: 0, captions: [] });
    expect(a.type === 'panorama' && a.hotspots).toEqual([{ yaw: 30, pitch: -5, label: { zh: '大屏', en: '大屏' }, item: 2 }]);
    expect(b).toMatchObject({
      format: 'video',
      poster: `${B}vr/class.jpg`,
      initialYaw: 90,
      captions: [{ src: `${B}vr/class.zh.vtt` }],
    });
    expect(c).toEqual({
      type: 'model',
      title: { zh: '模型', en: '模型' },
      src: `${B}vr/key.glb`,
      poster: `${B}vr/key.png`,
      scale: 1,
      inHall: 'counter',
    });
  });

  it.each([
    [
      'a panorama that is not a picture or video',
      pano({ src: 'vr/soc.gif' }),
      'media[0].src: expected a panorama file (.jpg, .jpeg, .png, .webp, .avif, .mp4, .webm), got "vr/soc.gif"',
    ],
    ['a model that is not a GLB', model({ src: 'vr/key.gltf' }), 'media[0].src: expected a model file (.glb), got "vr/key.gltf"'],
    [
      'a hotspot below the floor',
      pano({ hotspots: [{ yaw: 0, pitch: -91, label: 'x' }] }),
      'media[0].hotspots[0].pitch: expected at least -90, got -91',
    ],
    [
      'a hotspot without a label',
      pano({ hotspots: [{ yaw: 0, pitch: 0 }] }),
      'media[0].hotspots[0].label: expected a text, or an object {"zh": "…", "en": "…"} with at least one of them, got nothing',
    ],
    ['a model scaled to nothing', model({ scale: 0 }), 'media[0].scale: expected more than 0, got 0'],
    [
      'a model in the hall somewhere else',
      model({ inHall: 'roof' }),
      'media[0].inHall: expected "counter" or "plinth", got "roof"',
    ],
  ])('refuses %s, naming the path', (_name, item, expected) => {
    const r = withMedia([item, link]);
    expect(r.value!.media.map((m) => m.type)).toEqual(['link']);
    expect(messages(r)).toContain(`${FILE}: ${expected}`);
  });

  it('links hotspots by the index the manifest wrote, though an item before the target was dropped', () => {
    const r = withMedia([
      pano({ hotspots: [{ yaw: 0, pitch: 0, label: 'to the model', item: 3 }] }),
      { type: 'video', title: 'broken', src: 'javascript:alert(1)' },
      link,
      model(),
    ]);
    const kept = r.value!.media;
    expect(kept.map((m) => m.type)).toEqual(['panorama', 'link', 'model']);
    const p = kept[0]!;
    expect(p.type === 'panorama' && p.hotspots[0]!.item).toBe(2);
  });

  it("keeps a hotspot's label but not its link when the link points at itself, past the end, or at a refused item", () => {
    const r = withMedia([
      pano({
        hotspots: [
          { yaw: 0, pitch: 0, label: 'self', item: 0 },
          { yaw: 10, pitch: 0, label: 'past', item: 9 },
          { yaw: 20, pitch: 0, label: 'refused', item: 1 },
        ],
      }),
      model({ src: 'javascript:x' }),
    ]);
    const p = r.value!.media[0]!;
    expect(p.type === 'panorama' && p.hotspots.map((h) => h.item)).toEqual([undefined, undefined, undefined]);
    expect(messages(r)).toEqual(
      expect.arrayContaining([
        `${FILE}: media[0].hotspots[0].item: expected the index of another item in this booth's "media" (0 to 1, not this panorama's own 0), got 0`,
        `${FILE}: media[0].hotspots[1].item: expected the index of another item in this booth's "media" (0 to 1, not this panorama's own 0), got 9`,
        `${FILE}: media[0].hotspots[2].item: media[1] was refused (see its own problem), so this hotspot opens nothing until it is fixed`,
      ]),
    );
  });

  it('stands one model per booth in the hall; a second shows in the panel only, with a warning', () => {
    const r = withMedia([model({ inHall: 'counter' }), model({ src: 'vr/b.glb', inHall: 'plinth' })]);
    const [a, b] = r.value!.media;
    expect(a).toMatchObject({ inHall: 'counter' });
    expect(b).not.toHaveProperty('inHall');
    expect(r.problems).toContainEqual(expect.objectContaining({ path: 'media[1].inHall', severity: 'warning' }));
  });
});
