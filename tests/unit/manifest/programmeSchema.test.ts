import { describe, expect, it } from 'vitest';
import type { ProgrammeManifestInput } from '../../../src/manifest/programmeSchema';
import { checkProgrammeAgainstHall, parseProgramme } from '../../../src/manifest/programme';
import { APP, hall, validHall } from './fixtures';

const FILE = 'programme.json';
const URL_ = `${APP}/scenes/test/programme.json`;

function validProgramme(): ProgrammeManifestInput {
  const q = (id: string) => ({
    id,
    prompt: { zh: '问', en: 'Q' },
    options: [{ zh: '甲' }, { zh: '乙' }, { zh: '丙' }],
    correct: [1],
    explanation: { zh: '因为' },
    source: { zh: '某法' },
  });
  return {
    schemaVersion: 1,
    hall: 'test-hall',
    days: [{ date: '2026-09-15', zone: 'campus', title: { zh: '校园日' }, summary: { zh: '摘要' } }],
    sessions: [
      {
        id: 'talk-a',
        title: { zh: '讲座甲' },
        start: '2026-09-15T09:30:00+08:00',
        end: '2026-09-15T10:30:00+08:00',
        where: 'campus',
        stream: 'live/a/index.m3u8',
        replay: { src: 'media/a.mp4', captions: [{ lang: 'zh', src: 'media/a.zh.vtt' }] },
      },
      {
        id: 'talk-b',
        title: { zh: '讲座乙' },
        start: '2026-09-15T14:00:00+08:00',
        end: '2026-09-15T15:00:00+08:00',
        where: 'campus',
      },
    ],
    contests: [
      { id: 'quiz', title: { zh: '竞赛' }, day: '2026-09-15', questionsPerAttempt: 2, questions: [q('q1'), q('q2'), q('q3')] },
    ],
    classes: [],
  };
}

const parse = (value: unknown) => parseProgramme({ text: JSON.stringify(value), file: FILE, url: URL_ }, null);
/** `file: path` of every problem, the location an editor needs. */
const where = (r: { problems: { file: string; path: string }[] }) => r.problems.map((p) => `${p.file}: ${p.path}`);
const messages = (r: { problems: { file: string; path: string; message: string }[] }) =>
  r.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);

describe('programme schema: located errors', () => {
  it('accepts the valid programme and resolves its media against the file', () => {
    const r = parse(validProgramme());
    expect(r.problems).toEqual([]);
    expect(r.value!.sessions[0]).toMatchObject({
      start: Date.parse('2026-09-15T01:30:00Z'),
      stream: `${APP}/scenes/test/live/a/index.m3u8`,
      replay: { src: { zh: `${APP}/scenes/test/media/a.mp4`, en: `${APP}/scenes/test/media/a.mp4` } },
    });
  });

  it('refuses an end before the start, at sessions[i].end', () => {
    const p = validProgramme();
    p.sessions![1]!.end = '2026-09-15T13:00:00+08:00';
    const r = parse(p);
    expect(r.value).toBeNull();
    expect(messages(r)).toEqual([
      'programme.json: sessions[1].end: expected a time after its start 2026-09-15T14:00:00+08:00, got "2026-09-15T13:00:00+08:00"',
    ]);
  });

  it('refuses a time without its offset', () => {
    const p = validProgramme();
    p.sessions![0]!.start = '2026-09-15T09:30:00';
    const r = parse(p);
    expect(r.value).toBeNull();
    expect(where(r)).toEqual(['programme.json: sessions[0].start']);
    expect(r.problems[0]!.message).toMatch(/with its offset/);
  });

  it('refuses two sessions overlapping on one stage, naming the other', () => {
    const p = validProgramme();
    p.sessions![1]!.start = '2026-09-15T10:00:00+08:00';
    const r = parse(p);
    expect(messages(r)).toEqual([
      'programme.json: sessions[1].start: overlaps session "talk-a" on the same stage "campus", got "2026-09-15T10:00:00+08:00"',
    ]);
    // The same hour on another stage is fine.
    p.sessions![1]!.where = 'main-stage';
    expect(parse(p).problems).toEqual([]);
  });

  it('refuses an answer index out of range, at its place in the answer list', () => {
    const p = validProgramme();
    p.contests![0]!.questions[2]!.correct = [0, 3];
    const r = parse(p);
    expect(messages(r)).toEqual([
      'programme.json: contests[0].questions[2].correct[1]: expected an option index from 0 to 2, got number 3',
    ]);
  });

  it('refuses duplicate ids: sessions, contests, questions', () => {
    const p = validProgramme();
    p.sessions![1]!.id = 'talk-a';
    p.contests![0]!.questions[1]!.id = 'q1';
    const r = parse(p);
    expect(messages(r)).toEqual([
      'programme.json: sessions[1].id: duplicate id "talk-a", got "talk-a"',
      'programme.json: contests[0].questions[1].id: duplicate id "q1", got "q1"',
    ]);
  });

  it('refuses more questions per attempt than the bank holds', () => {
    const p = validProgramme();
    p.contests![0]!.questionsPerAttempt = 4;
    const r = parse(p);
    expect(messages(r)).toEqual([
      'programme.json: contests[0].questionsPerAttempt: expected at most the 3 questions in its bank, got number 4',
    ]);
  });
});

describe('checkProgrammeAgainstHall', () => {
  const theHall = () => hall(validHall()).value!;

  it('drops a theme day and a session in a zone the hall does not have, with located errors', () => {
    const p = validProgramme();
    p.days!.push({ date: '2026-09-16', zone: 'telecom', title: { zh: '电信日' }, summary: { zh: '摘要' } });
    p.sessions![1]!.where = 'telecom';
    const parsed = parse(p);
    expect(parsed.problems).toEqual([]);
    const r = checkProgrammeAgainstHall(parsed.value!, theHall(), FILE);
    expect(messages(r)).toEqual([
      'programme.json: days[1].zone: expected one of the hall\'s zones ("campus"), got "telecom"',
      'programme.json: sessions[1].where: expected one of the hall\'s zones ("campus"), got "telecom"',
    ]);
    expect(r.problems.every((x) => x.severity === 'error')).toBe(true);
    expect(r.value!.days.map((d) => d.zone)).toEqual(['campus']);
    expect(r.value!.sessions.map((s) => s.id)).toEqual(['talk-a']);
  });

  it('warns when a theme day is not its zone’s date, and when a contest names no theme day', () => {
    const p = validProgramme();
    p.days![0]!.date = '2026-09-16';
    const r = checkProgrammeAgainstHall(parse(p).value!, theHall(), FILE);
    expect(messages(r)).toEqual([
      'programme.json: days[0].date: zone "campus" says its theme day is 2026-09-15',
      'programme.json: contests[0].day: expected the date of a theme day, got 2026-09-15',
    ]);
    expect(r.problems.every((x) => x.severity === 'warning')).toBe(true);
  });
});
