import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateHall } from '../../../scripts/gen-hall/generateHall';
import { validateFiles } from '../../../scripts/validate/validateFiles';
import { parseBooth, parseHall } from '../../../src/manifest/parse';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const logos = readdirSync('scenes/sample/logos')
  .filter((f) => f.endsWith('.svg'))
  .sort();
const APP = 'http://pavilion.local';

describe('generateHall', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(generateHall(50, 7, logos))).toBe(JSON.stringify(generateHall(50, 7, logos)));
    expect(JSON.stringify(generateHall(50, 8, logos))).not.toBe(JSON.stringify(generateHall(50, 7, logos)));
  });

  it('writes halls valid against the schema, with unique ids, every booth in a zone', () => {
    for (const n of [1, 36, 400, 1000]) {
      const { hall, booths } = generateHall(n, 1, logos);
      const h = parseHall(
        { text: JSON.stringify(hall), file: 'hall.json', url: `${APP}/halls/g/hall.json` },
        { appOrigin: APP, allowedOrigins: [] },
      );
      expect(h.problems).toEqual([]);
      expect(h.value!.boothUrls).toHaveLength(n);
      const ids = new Set<string>();
      for (const b of booths) {
        const r = parseBooth(
          { text: JSON.stringify(b.manifest), file: b.file, url: `${APP}/halls/g/${b.file}` },
          { appOrigin: APP, allowedOrigins: [] },
        );
        expect(r.problems).toEqual([]);
        ids.add(r.value!.id);
      }
      expect(ids.size).toBe(n);
      expect(hall.zones.flatMap((z) => z.booths ?? []).sort()).toEqual([...ids].sort());
    }
  });

  it('references only files that exist in the sample expo (checked by the validator)', () => {
    const { hall, booths } = generateHall(60, 3, logos);
    // Under the project root, so that /scenes/sample/... resolves to the real files.
    const dir = mkdtempSync(path.join('node_modules', '.gen-hall-test-'));
    mkdirSync(path.join(dir, 'booths'));
    writeFileSync(path.join(dir, 'hall.json'), JSON.stringify(hall));
    for (const b of booths) writeFileSync(path.join(dir, b.file), JSON.stringify(b.manifest));
    try {
      expect(validateFiles([path.join(dir, 'hall.json')]).flatMap((r) => r.problems)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stands a model in every fifth booth when asked, and leaves the rest of the hall as it was', () => {
    const plain = generateHall(60, 1, logos);
    const withModels = generateHall(60, 1, logos, { modelEvery: 5 });
    const models = withModels.booths.filter((b) => b.manifest.media?.some((m) => m.type === 'model'));
    expect(models).toHaveLength(12);
    const strip = (h: typeof plain) =>
      h.booths.map((b) => ({ ...b, manifest: { ...b.manifest, media: b.manifest.media?.filter((m) => m.type !== 'model') } }));
    expect(strip(withModels)).toEqual(strip(plain));
    expect(withModels.hall).toEqual(plain.hall);
    for (const b of models) {
      const r = parseBooth({ text: JSON.stringify(b.manifest), file: b.file, url: `${APP}/scenes/x/${b.file}` }, null);
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(r.value!.media.find((m) => m.type === 'model')).toMatchObject({
        inHall: expect.stringMatching(/^(counter|plinth)$/),
      });
    }
  });
});
