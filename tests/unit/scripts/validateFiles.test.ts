import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, NodeIO } from '@gltf-transform/core';
import { describe, expect, it } from 'vitest';
import { inspectModels } from '../../../scripts/validate/inspectModels';
import { formatProblem } from '../../../src/manifest/problems';
import { validateFiles } from '../../../scripts/validate/validateFiles';

const lines = (paths: string[]) => validateFiles(paths).flatMap((r) => r.problems.map(formatProblem));
const B = 'tests/fixtures/broken';
const readText = (p: string) => readFileSync(p, 'utf8');

describe('npm run validate', () => {
  it('passes the whole sample expo: the hall, its 36+ booths, and every file they reference', () => {
    const reports = validateFiles(['scenes/sample/hall.json']);
    expect(reports.flatMap((r) => r.problems)).toEqual([]);
    expect(reports.filter((r) => r.kind === 'booth').length).toBeGreaterThanOrEqual(36);
    expect(reports.filter((r) => r.kind === 'programme').map((r) => r.file)).toEqual(['scenes/sample/programme.json']);
  });

  it("checks a hall's programme: its schema, its files, and the zones it names", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'validate-'));
    try {
      const session = (id: string, where: string, start: string, end: string) => ({ id, title: 'T', start, end, where });
      writeFileSync(
        path.join(dir, 'hall.json'),
        JSON.stringify({
          schemaVersion: 1,
          id: 'h',
          title: 'H',
          welcome: 'W',
          dates: { start: '2026-09-14', end: '2026-09-20' },
          zones: [{ id: 'campus', name: 'C', color: '#123456', themeDay: '2026-09-15', booths: [] }],
          booths: [],
          programme: 'programme.json',
        }),
      );
      const programme = {
        schemaVersion: 1,
        hall: 'h',
        sessions: [
          { ...session('a', 'campus', '2026-09-15T09:30+08:00', '2026-09-15T10:30+08:00'), stream: 'live/gone.m3u8' },
          session('b', 'telecom', '2026-09-16T09:30+08:00', '2026-09-16T10:30+08:00'),
        ],
      };
      writeFileSync(path.join(dir, 'programme.json'), JSON.stringify(programme));
      const out = () => validateFiles(['hall.json'], { cwd: dir }).flatMap((r) => r.problems.map(formatProblem));
      expect(out()).toEqual([
        `programme.json: sessions[0].stream: file not found: ${path.join('live', 'gone.m3u8')}`,
        'programme.json: sessions[1].where: expected one of the hall\'s zones ("campus"), got "telecom"',
      ]);
      // Refused by its schema: located errors, and the same file checked on its own says so too.
      programme.sessions[1] = session('b', 'campus', '2026-09-15T10:00+08:00', '2026-09-15T11:00+08:00');
      writeFileSync(path.join(dir, 'programme.json'), JSON.stringify(programme));
      const overlap =
        'programme.json: sessions[1].start: overlaps session "a" on the same stage "campus", got "2026-09-15T10:00+08:00"';
      expect(out()).toEqual([overlap]);
      expect(validateFiles(['programme.json'], { cwd: dir }).flatMap((r) => r.problems.map(formatProblem))).toEqual([overlap]);
      rmSync(path.join(dir, 'programme.json'));
      expect(out()).toEqual(['programme.json: file not found (the programme of hall.json)']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports each broken booth with file, JSON path, expectation and what was found', () => {
    expect(lines([`${B}/bad-media.json`, `${B}/bad-core.json`, `${B}/proto.json`])).toEqual([
      `${B}/bad-media.json: media[1].alt: expected a text, or an object {"zh": "…", "en": "…"} with at least one of them, got nothing`,
      `${B}/bad-media.json: media[2].src: expected an http(s) URL or a relative path, got "javascript:alert(1)"`,
      `${B}/bad-media.json: media[3].href: expected an absolute http(s) URL, got "ftp://files.example.org/"`,
      `${B}/bad-media.json: media[4].type: expected one of "video", "h5", "caseStudy", "image", "audio", "link", "panorama", "model", got "hologram"`,
      `${B}/bad-core.json: id: expected a slug: lowercase letters, digits and "-", e.g. "qingyun-security", got "bad core"`,
      `${B}/bad-core.json: exhibitor.name: expected at least one of "zh" and "en", got an object`,
      `${B}/bad-core.json: exhibitor: unknown key "wesbite" (check the spelling)`,
      `${B}/bad-core.json: booth.size: expected "S" or "M" or "L", got "XL"`,
      `${B}/bad-core.json: booth.colors.primary: expected a colour such as "#1d4ed8", got "#12345"`,
      `${B}/proto.json: __proto__: expected an ordinary key, got "__proto__", which is not allowed in a manifest`,
    ]);
  });

  it('checks a hall with all its booths: unreadable, missing, remote and dangling references', () => {
    const out = lines([`${B}/hall-with-broken-booths.json`]);
    expect(out).toContain(
      `${B}/bad-media.json: media[2].src: expected an http(s) URL or a relative path, got "javascript:alert(1)"`,
    );
    expect(out.some((l) => l.startsWith(`${B}/not-json.json: expected valid JSON, got a syntax error:`))).toBe(true);
    expect(out).toContain(`${B}/missing.json: file not found (listed in ${B}/hall-with-broken-booths.json)`);
    expect(out).toContain(
      `${B}/hall-with-broken-booths.json: booths[3]: origin https://elsewhere.example is not on the hall's allowedOrigins list, got "https://elsewhere.example/booth.json"`,
    );
    expect(out).toContain(`${B}/hall-with-broken-booths.json: zones[0].booths[1]: no loaded booth has id "ghost" (warning)`);
  });

  it('refuses a broken hall, naming the path', () => {
    expect(lines([`${B}/hall.json`])).toEqual([
      `${B}/hall.json: id: expected a slug: lowercase letters, digits and "-", e.g. "qingyun-security", got "Broken Hall"`,
    ]);
  });

  it('flags references to files that do not exist', () => {
    expect(lines([`${B}/missing-files.json`])).toEqual([
      `${B}/missing-files.json: exhibitor.logo: file not found: ${B}/gone.svg`,
      `${B}/missing-files.json: media[0].src: file not found: ${B}/media/gone.mp4`,
      `${B}/missing-files.json: media[0].captions[0].src: file not found: ${B}/media/gone.en.vtt`,
    ]);
    // Site-absolute paths resolve from the project root, where /scenes/ is served from.
    expect(lines(['tests/fixtures/halls/hostile/booths/good-alpha.json'])).toEqual([]);
  });

  // Two CLI runs: tsx starts slowly on a busy machine.
  it('exits 1 with --json output listing every problem, 0 when all is well', { timeout: 30_000 }, () => {
    let code = 0;
    let stdout = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', '--json', `${B}/bad-core.json`], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      const err = e as { status: number; stdout: string };
      code = err.status;
      stdout = err.stdout;
    }
    expect(code).toBe(1);
    const json = JSON.parse(stdout) as { ok: boolean; errors: number; files: { file: string; problems: { path: string }[] }[] };
    expect(json.ok).toBe(false);
    expect(json.errors).toBe(5);
    expect(json.files[0]!.problems.map((p) => p.path)).toEqual([
      'id',
      'exhibitor.name',
      'exhibitor',
      'booth.size',
      'booth.colors.primary',
    ]);
    const ok = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/validate.ts', 'scenes/sample/booths/heting-bank-antifraud.json'],
      {
        encoding: 'utf8',
      },
    );
    expect(ok).toContain('✓ 1 manifest valid');
  });

  it('checks a hall outside the project, its booths and files resolved beside it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'validate-'));
    try {
      cpSync('tests/fixtures/halls/hostile', dir, { recursive: true });
      const reports = validateFiles(['hall.json'], { cwd: dir });
      expect(reports.filter((r) => r.kind === 'booth' && r.ok).map((r) => r.file)).toContain(
        path.join('booths', 'good-alpha.json'),
      );
      // The booth files really were read there: one removed is reported missing, by its path.
      rmSync(path.join(dir, 'booths', 'good-alpha.json'));
      expect(validateFiles(['hall.json'], { cwd: dir }).flatMap((r) => r.problems.map(formatProblem))).toContain(
        `${path.join('booths', 'good-alpha.json')}: file not found (listed in hall.json)`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an oversized or deeply nested file by its size or path, without reading it all', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'validate-'));
    try {
      writeFileSync(path.join(dir, 'big.json'), `{"pad": "${'x'.repeat(3 * 1024 * 1024)}"}`);
      writeFileSync(path.join(dir, 'deep.json'), `{"media": ${'['.repeat(40)}${']'.repeat(40)}}`);
      expect(validateFiles(['big.json', 'deep.json'], { cwd: dir }).flatMap((r) => r.problems.map(formatProblem))).toEqual([
        'big.json: expected a manifest of at most 1,048,576 bytes (1 MiB), got 3,145,739 bytes',
        `deep.json: media${'[0]'.repeat(23)}: expected at most 24 levels of nesting, got deeper`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a folder or an unreadable path instead of crashing', () => {
    expect(lines([B])).toEqual([`${B}: expected a JSON file, got a folder`]);
  });

  it('still checks the media of a booth refused for its core fields, so every problem shows at once', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'validate-'));
    try {
      const booth = JSON.parse(readText(`${B}/bad-media.json`)) as Record<string, unknown>;
      writeFileSync(path.join(dir, 'b.json'), JSON.stringify({ ...booth, id: 'Bad Id' }));
      const out = validateFiles(['b.json'], { cwd: dir }).flatMap((r) => r.problems.map(formatProblem));
      expect(out[0]).toMatch(/^b\.json: id: expected a slug/);
      expect(out).toContain('b.json: media[2].src: expected an http(s) URL or a relative path, got "javascript:alert(1)"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("runs the glTF validator and the model budget on a booth's models, at the path that names them", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'validate-'));
    try {
      const booth = JSON.parse(readText(`${B}/bad-media.json`)) as Record<string, unknown>;
      const media = [
        { type: 'model', title: 'Key', src: 'key.glb', description: 'A key', poster: 'key.png' },
        { type: 'model', title: 'Broken', src: 'broken.glb', description: 'A broken one', poster: 'key.png' },
      ];
      writeFileSync(path.join(dir, 'b.json'), JSON.stringify({ ...booth, media }));
      writeFileSync(path.join(dir, 'key.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
      const good = await new NodeIO().writeBinary(triangleDoc());
      writeFileSync(path.join(dir, 'key.glb'), good);
      writeFileSync(path.join(dir, 'broken.glb'), good.slice(0, 40));
      const reports = validateFiles(['b.json'], { cwd: dir });
      await inspectModels(reports);
      const out = reports.flatMap((r) => r.problems.map(formatProblem));
      expect(out.filter((l) => l.includes('media[0]'))).toEqual([]);
      expect(out).toContainEqual(expect.stringMatching(/^b\.json: media\[1\]\.src: glTF validator: .+ \(GLB_\w+ at byte \d+\)$/));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** One triangle, as a valid glTF document. */
function triangleDoc(): Document {
  const doc = new Document();
  const buffer = doc.createBuffer();
  const position = doc
    .createAccessor()
    .setType('VEC3')
    .setArray(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]))
    .setBuffer(buffer);
  const prim = doc.createPrimitive().setAttribute('POSITION', position);
  doc.createScene('s').addChild(doc.createNode('n').setMesh(doc.createMesh('m').addPrimitive(prim)));
  return doc;
}
