import { describe, expect, it } from 'vitest';
import { validateBooth } from '../../../src/manifest/parse';
import { MEDIA_TYPES } from '../../../src/manifest/schema';
import { missingFiles, STUDIO_MANIFEST_URL, studioProblems } from '../../../src/state/studioChecks';
import { newMediaItem, starterBooths } from '../../../src/state/studioTemplates';

const filesOf = (f: Record<string, { text: string }>) => new Map(Object.entries(f).map(([k, v]) => [k, new Blob([v.text])]));

describe('starter booths', () => {
  it('every template passes validateBooth, with no warnings', () => {
    for (const s of starterBooths()) {
      const r = validateBooth(s.manifest, { file: 'booth.json', url: STUDIO_MANIFEST_URL }, null);
      expect(r.problems, s.id).toEqual([]);
      expect(r.value?.exhibitor.name.zh).toBeTruthy();
    }
  });
  it('brings its files, except the video the exhibitor adds', () => {
    const [videoH5, cases, minimal] = starterBooths();
    expect(missingFiles(videoH5!.manifest, filesOf(videoH5!.files)).map((p) => p.path)).toEqual(['media[0].src']);
    expect(studioProblems(cases!.manifest, filesOf(cases!.files))).toEqual([]);
    expect(studioProblems(minimal!.manifest, filesOf(minimal!.files))).toEqual([]);
  });
  it('a new media item of every type is valid', () => {
    for (const type of MEDIA_TYPES) {
      const m = { ...starterBooths()[2]!.manifest, media: [newMediaItem(type)] };
      const r = validateBooth(m, { file: 'booth.json', url: STUDIO_MANIFEST_URL }, null);
      expect(r.problems, type).toEqual([]);
    }
  });
});
