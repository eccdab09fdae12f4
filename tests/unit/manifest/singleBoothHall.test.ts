import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../../src/hall/world';
import { mapBoothUrls } from '../../../src/manifest/mapBoothUrls';
import { validateBooth } from '../../../src/manifest/parse';
import { singleBoothHall } from '../../../src/manifest/singleBoothHall';
import { boothAssetUrls } from '../../../src/manifest/assetUrls';

const url = 'https://studio.invalid/booth/booth.json';
const sample = JSON.parse(readFileSync('scenes/sample/booths/anhe-insurance-dpo.json', 'utf8')) as unknown;
const booth = validateBooth(sample, { file: 'booth.json', url }, null).value!;

describe('singleBoothHall', () => {
  it('is a one-zone hall whose world places the one booth', () => {
    const loaded = singleBoothHall(booth, `${url}#rev-1`);
    expect(loaded.booths).toEqual([booth]);
    expect(loaded.hall.zones).toHaveLength(1);
    expect(loaded.hall.zones[0]!.booths).toEqual([booth.id]);
    const world = buildWorld(loaded.hall, loaded.booths);
    expect(world.layout.byId.get(booth.id)).toBeDefined();
  });
});

describe('mapBoothUrls', () => {
  it('maps every asset URL and leaves links alone', () => {
    const mapped = mapBoothUrls(booth, (u) => `blob:x/${u.length}`);
    for (const { url: u } of boothAssetUrls(mapped)) expect(u).toMatch(/^blob:x\//);
    const link = mapped.media.find((m) => m.type === 'link');
    expect(link).toEqual(booth.media.find((m) => m.type === 'link'));
  });
});
