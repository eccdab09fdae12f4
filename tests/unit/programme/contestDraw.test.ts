import { describe, expect, it } from 'vitest';
import type { Contest, Question } from '../../../src/manifest/programme';
import { drawQuestions, isMultipleAnswer, newSeed, scoreAnswer, scoreAttempt } from '../../../src/programme/contestDraw';

function question(i: number, options = 4, correct = [i % options]): Question {
  return {
    id: `q${i}`,
    prompt: { zh: `问题 ${i}`, en: `Question ${i}` },
    options: Array.from({ length: options }, (_, o) => ({ zh: `选项 ${i}.${o}`, en: `Option ${i}.${o}` })),
    correct,
    explanation: { en: `Because ${i}` },
    source: { en: 'Cybersecurity Law, art. 1' },
  };
}

function contest(bank: number, perAttempt: number): Contest {
  return {
    id: 'telecom',
    title: { zh: '电信日竞赛', en: 'Telecom Day contest' },
    questionsPerAttempt: perAttempt,
    questions: Array.from({ length: bank }, (_, i) => question(i, 2 + (i % 5), i % 3 === 0 ? [0, 1] : [i % 2])),
  };
}

const ids = (qs: readonly Question[]) => qs.map((q) => q.id);

describe('drawQuestions', () => {
  const c = contest(20, 10);

  it('draws the same questions in the same order, with the same option order, for a seed', () => {
    expect(drawQuestions(c, 42)).toEqual(drawQuestions(c, 42));
    expect(drawQuestions(c, 0xffffffff)).toEqual(drawQuestions(c, 0xffffffff));
  });

  it('draws differently for different seeds', () => {
    const draws = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((s) => ids(drawQuestions(c, s)).join()));
    expect(draws.size).toBe(8);
  });

  it('draws N questions, none twice, and the whole bank when it is smaller than N', () => {
    for (let seed = 0; seed < 200; seed++) {
      const drawn = ids(drawQuestions(c, seed));
      expect(drawn).toHaveLength(10);
      expect(new Set(drawn).size).toBe(10);
    }
    const small = drawQuestions(contest(5, 12), 9);
    expect(new Set(ids(small))).toEqual(new Set(['q0', 'q1', 'q2', 'q3', 'q4']));
  });

  it('reaches every question of the bank, and every one first, across seeds', () => {
    const seen = new Set<string>();
    const first = new Set<string>();
    for (let seed = 0; seed < 500; seed++) {
      const drawn = ids(drawQuestions(c, seed));
      drawn.forEach((id) => seen.add(id));
      first.add(drawn[0]!);
    }
    expect(seen.size).toBe(20);
    expect(first.size).toBe(20);
  });

  it('shuffles options and moves the correct answers with them', () => {
    const bank = contest(30, 30);
    let moved = 0;
    for (const q of drawQuestions(bank, 7)) {
      const original = bank.questions.find((b) => b.id === q.id)!;
      expect([...q.optionOrder].sort()).toEqual(original.options.map((_, i) => i));
      q.optionOrder.forEach((from, shown) => expect(q.options[shown]).toBe(original.options[from]));
      expect(q.correct.map((c) => q.optionOrder[c]).sort()).toEqual([...original.correct].sort());
      // Ticking the bank's right answers at their new places is right.
      expect(scoreAnswer(q, q.correct)).toBe(true);
      if (q.optionOrder.some((from, shown) => from !== shown)) moved++;
    }
    expect(moved).toBeGreaterThan(10);
  });

  it('keeps the order of true/false pairs and of options that speak of the others', () => {
    const above = question(1, 4, [3]);
    above.options[3] = { zh: '以上都是', en: 'All of the above' };
    const ageRule = question(2, 4, [0]);
    ageRule.options[0] = { zh: '已满十四周岁以上的未成年人', en: 'Minors aged fourteen and over' };
    const pair = question(3, 2, [1]);
    const c2: Contest = { id: 'c', title: { en: 'c' }, questionsPerAttempt: 3, questions: [above, ageRule, pair] };
    let ageShuffled = false;
    for (let seed = 0; seed < 30; seed++) {
      const drawn = drawQuestions(c2, seed);
      expect(drawn.find((q) => q.id === 'q1')!.optionOrder).toEqual([0, 1, 2, 3]);
      expect(drawn.find((q) => q.id === 'q3')!.optionOrder).toEqual([0, 1]);
      // "以上" alone (fourteen and over) is not "all of the above": still shuffled.
      if (drawn.find((q) => q.id === 'q2')!.optionOrder.join() !== '0,1,2,3') ageShuffled = true;
    }
    expect(ageShuffled).toBe(true);
  });

  it('gives a seed for an attempt from the platform generator', () => {
    const s = newSeed();
    expect(Number.isInteger(s) && s >= 0 && s <= 0xffffffff).toBe(true);
  });
});

describe('scoring', () => {
  const single = question(1, 4, [2]);
  const multiple = question(2, 5, [0, 3]);

  it('tells single from multiple-answer questions', () => {
    expect(isMultipleAnswer(single)).toBe(false);
    expect(isMultipleAnswer(multiple)).toBe(true);
  });

  it('scores a single-answer question', () => {
    expect(scoreAnswer(single, [2])).toBe(true);
    expect(scoreAnswer(single, [1])).toBe(false);
    expect(scoreAnswer(single, [])).toBe(false);
    expect(scoreAnswer(single, [2, 1])).toBe(false);
  });

  it('scores a multiple-answer question right only for exactly the correct set', () => {
    expect(scoreAnswer(multiple, [3, 0])).toBe(true);
    expect(scoreAnswer(multiple, [0, 3, 3])).toBe(true);
    expect(scoreAnswer(multiple, [0])).toBe(false);
    expect(scoreAnswer(multiple, [0, 3, 4])).toBe(false);
    expect(scoreAnswer(multiple, [1, 2])).toBe(false);
  });

  it('scores an attempt, an unanswered question counting as wrong', () => {
    const qs = [single, multiple, question(3, 3, [0])];
    expect(scoreAttempt(qs, [[2], [0, 3], [0]])).toEqual({ correct: 3, total: 3, percent: 100 });
    expect(scoreAttempt(qs, [[2], [0], undefined])).toEqual({ correct: 1, total: 3, percent: 33 });
    expect(scoreAttempt(qs, [[1], [0, 3]])).toEqual({ correct: 1, total: 3, percent: 33 });
    expect(scoreAttempt([], [])).toEqual({ correct: 0, total: 0, percent: 0 });
  });
});
