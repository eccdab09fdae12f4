import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHall } from '../../../src/manifest/parse';
import { checkProgrammeAgainstHall, parseProgramme } from '../../../src/manifest/programme';

const SAMPLE = fileURLToPath(new URL('../../../scenes/sample/', import.meta.url));
const ORIGIN = 'http://127.0.0.1';
const read = (name: string) => readFileSync(SAMPLE + name, 'utf8');
/** The file on disk behind a resolved URL of the sample. */
const onDisk = (url: string) => SAMPLE + decodeURIComponent(new URL(url).pathname.replace(/^\/scenes\/sample\//, ''));

function load() {
  const hall = parseHall({ text: read('hall.json'), file: 'hall.json', url: `${ORIGIN}/scenes/sample/hall.json` }, null);
  const url = `${ORIGIN}/scenes/sample/programme.json`;
  expect(hall.value?.programmeUrl).toBe(url);
  const parsed = parseProgramme({ text: read('programme.json'), file: 'programme.json', url }, null);
  const checked = checkProgrammeAgainstHall(parsed.value!, hall.value!, 'programme.json');
  return { hall: hall.value!, problems: [...hall.problems, ...parsed.problems, ...checked.problems], programme: checked.value! };
}

/** A video's cuts: one file, or one per language. */
const cuts = (src: string | { zh?: string; en?: string }): string[] =>
  typeof src === 'string' ? [src] : [src.zh, src.en].filter((u): u is string => !!u);

describe('the sample expo programme', () => {
  it('parses and fits the hall without a single problem', () => {
    const { problems, programme } = load();
    expect(problems).toEqual([]);
    expect(programme.hall).toBe('cybersecurity-week-2026');
  });

  it('has a theme day for every themed zone, on that zone’s date', () => {
    const { hall, programme } = load();
    const themed = hall.zones.filter((z) => z.kind !== 'stage' && z.themeDay);
    expect(themed).toHaveLength(6);
    for (const z of themed) expect(programme.days.find((d) => d.zone === z.id)?.date).toBe(z.themeDay);
  });

  it('has sessions every theme day, each with a captioned replay, and a live stream for the opening', () => {
    const { hall, programme } = load();
    expect(programme.sessions.length).toBeGreaterThanOrEqual(8);
    for (const s of programme.sessions) {
      expect(s.replay?.captions.map((c) => c.lang).sort(), s.id).toEqual(['en', 'zh']);
      for (const f of [...cuts(s.replay!.src), s.replay!.poster!, ...s.replay!.captions.map((c) => c.src)])
        expect(existsSync(onDisk(f)), f).toBe(true);
    }
    // A session on each zone's theme day (dates in the hall's own zone, +08:00).
    const dayOf = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
    for (const z of hall.zones)
      expect(
        programme.sessions.some((s) => dayOf(s.start) === z.themeDay),
        z.id,
      ).toBe(true);
    const streamed = programme.sessions.filter((s) => s.stream);
    expect(streamed.map((s) => s.id)).toContain('opening-keynote');
    for (const s of streamed) {
      expect(s.stream).toMatch(/\.m3u8$/);
      expect(existsSync(onDisk(s.stream!)), s.stream).toBe(true);
      expect(existsSync(onDisk(s.poster!)), s.poster).toBe(true);
    }
  });

  it('has a contest of at least 12 questions for each theme day', () => {
    const { programme } = load();
    expect(programme.contests).toHaveLength(6);
    expect(new Set(programme.contests.map((c) => c.day)).size).toBe(6);
    for (const c of programme.contests) {
      expect(c.questions.length, c.id).toBeGreaterThanOrEqual(12);
      expect(c.questionsPerAttempt).toBeGreaterThanOrEqual(5);
      expect(c.questionsPerAttempt).toBeLessThanOrEqual(10);
      // Some multiple-answer questions, but never all.
      expect(
        c.questions.some((q) => q.correct.length > 1),
        c.id,
      ).toBe(true);
    }
  });

  it('has three cloud-class playlists mixing videos and illustrated articles, whose files exist', () => {
    const { programme } = load();
    expect(programme.classes).toHaveLength(3);
    const items = programme.classes.flatMap((p) => p.items);
    expect(items.length).toBeGreaterThanOrEqual(12);
    expect(new Set(items.map((i) => i.type))).toEqual(new Set(['video', 'article']));
    for (const i of items) {
      const files = i.type === 'video' ? [...cuts(i.src), ...i.captions.map((c) => c.src)] : i.image ? [i.image.src] : [];
      for (const f of files) expect(existsSync(onDisk(f)), f).toBe(true);
    }
  });
});
