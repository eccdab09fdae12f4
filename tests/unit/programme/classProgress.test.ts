import { describe, expect, it } from 'vitest';
import type { Playlist } from '../../../src/manifest/programme';
import { doneCount, markAt, markDone, parseClassProgress, resumeAt } from '../../../src/programme/classProgress';

const pl: Playlist = {
  id: 'office',
  title: { en: 'Office' },
  scenario: ['office'],
  audience: ['staff'],
  items: ['a', 'b', 'c', 'd'].map((id) => ({ type: 'article', id, title: { en: id }, body: { en: id } })),
};

describe('class progress', () => {
  it('resumes at the item left unfinished, else the next not done, wrapping', () => {
    expect(resumeAt(pl, {})).toBe(0);
    let p = markAt({}, 'office', 'b');
    expect(resumeAt(pl, p)).toBe(1);
    p = markDone(p, 'office', 'b');
    expect(resumeAt(pl, p)).toBe(2);
    p = markDone(markDone(p, 'office', 'c'), 'office', 'd');
    expect(resumeAt(pl, p)).toBe(0); // wraps to the first not done
    expect(doneCount(pl, p)).toBe(3);
  });
  it('counts an item done once, and only items the playlist still has', () => {
    const p = markDone(markDone(markDone({}, 'office', 'a'), 'office', 'a'), 'office', 'gone');
    expect(p.office!.done).toEqual(['a', 'gone']);
    expect(doneCount(pl, p)).toBe(1);
  });
  it('round-trips through storage and drops what is malformed', () => {
    const p = markDone({}, 'office', 'a');
    expect(parseClassProgress(JSON.stringify(p))).toEqual(p);
    for (const bad of [null, '', '{', '[]', '"x"', JSON.stringify({ 'Bad Id': { done: [] } })])
      expect(parseClassProgress(bad)).toEqual({});
    expect(parseClassProgress(JSON.stringify({ office: { done: ['a', 5, '<x>', 'a'], last: {} } }))).toEqual({
      office: { done: ['a'], last: null },
    });
  });
});
