import { describe, expect, it } from 'vitest';
import { boothAdvice } from '../../../src/manifest/advice';
import { bytesSource, inspectFile } from '../../../src/manifest/files';
import { fileReportProblems, STUDIO_FILE } from '../../../src/state/studioChecks';
import { starterBooths } from '../../../src/state/studioTemplates';

const enc = new TextEncoder();

describe("the studio's file checks", () => {
  it("locates a file's problems at the JSON paths that name it", async () => {
    const [, cases] = starterBooths();
    const report = await inspectFile('logo.svg', bytesSource(enc.encode('<html><body>not an svg</body></html>')));
    expect(report.problems.length).toBeGreaterThan(0);
    const problems = fileReportProblems(cases!.manifest, [report]);
    expect(problems[0]).toMatchObject({ file: 'logo.svg', path: 'exhibitor.logo', severity: 'error' });
    const unnamed = fileReportProblems(cases!.manifest, [{ ...report, path: 'extra.svg' }]);
    expect(unnamed[0]!.path).toBe('');
  });

  it('the starter booths and their files draw no advice and pass the file checks', async () => {
    for (const s of starterBooths()) {
      const reports = await Promise.all(
        Object.entries(s.files).map(([path, f]) => inspectFile(path, bytesSource(enc.encode(f.text)))),
      );
      expect(
        reports.flatMap((r) => r.problems),
        s.id,
      ).toEqual([]);
      expect(boothAdvice(s.manifest, { file: STUDIO_FILE, allowedOrigins: [], files: reports }), s.id).toEqual([]);
    }
  });
});
