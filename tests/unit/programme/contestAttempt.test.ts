import { describe, expect, it } from 'vitest';
import type { Contest, Question } from '../../../src/manifest/programme';
import { attemptReducer, checkedRight, initialAttempt, type AttemptState } from '../../../src/programme/contestAttempt';

function question(id: string, correct: number[]): Question {
  return {
    id,
    prompt: { en: id },
    options: ['a', 'b', 'c', 'd'].map((en) => ({ en })),
    correct,
    explanation: { en: 'why' },
    source: { en: 'law' },
  };
}

const contest: Contest = {
  id: 'c',
  title: { en: 'Contest' },
  questionsPerAttempt: 2,
  questions: [question('single', [1]), question('multi', [0, 2])],
};

type QuestionState = Extract<AttemptState, { phase: 'question' }>;

function started(seed = 3): QuestionState {
  const s = attemptReducer(initialAttempt, { type: 'start', contest, seed });
  if (s.phase !== 'question') throw new Error('not started');
  return s;
}

/** Ticks the bank's right answers for the question on screen, as this attempt shows them. */
function answerRight(s: AttemptState): AttemptState {
  if (s.phase !== 'question') throw new Error('no question');
  return s.questions[s.index]!.correct.reduce<AttemptState>((acc, option) => attemptReducer(acc, { type: 'choose', option }), s);
}

describe('a contest attempt', () => {
  it('starts with the seed’s draw on its first question', () => {
    const s = started();
    expect(s.index).toBe(0);
    expect(s.questions).toHaveLength(2);
    expect(s.chosen).toEqual([]);
    expect(attemptReducer(initialAttempt, { type: 'start', contest: { ...contest, questions: [] }, seed: 1 })).toBe(
      initialAttempt,
    );
  });

  it('chooses one option on a single-answer question and toggles on a multiple-answer one', () => {
    const s = started();
    const single = s.questions.findIndex((q) => q.id === 'single');
    const atSingle: QuestionState = { ...s, index: single };
    const a = attemptReducer(attemptReducer(atSingle, { type: 'choose', option: 0 }), { type: 'choose', option: 2 });
    expect((a as QuestionState).chosen).toEqual([2]);
    const atMulti: QuestionState = { ...s, index: 1 - single };
    let m: AttemptState = atMulti;
    for (const option of [3, 0, 3]) m = attemptReducer(m, { type: 'choose', option });
    expect((m as QuestionState).chosen).toEqual([0]);
    expect(attemptReducer(m, { type: 'choose', option: 9 })).toBe(m);
  });

  it('checks only a given answer, then locks it and says whether it was right', () => {
    const s = started();
    expect(attemptReducer(s, { type: 'check' })).toBe(s);
    expect(attemptReducer(s, { type: 'next' })).toBe(s);
    const checked = attemptReducer(answerRight(s), { type: 'check' }) as QuestionState;
    expect(checked.checked).toBe(true);
    expect(checkedRight(checked)).toBe(true);
    expect(attemptReducer(checked, { type: 'choose', option: 3 })).toBe(checked);
    expect(checkedRight(s)).toBeNull();
  });

  it('goes question by question to the score', () => {
    let s: AttemptState = started();
    s = attemptReducer(answerRight(s), { type: 'check' });
    s = attemptReducer(s, { type: 'next' });
    expect(s.phase === 'question' && s.index).toBe(1);
    s = attemptReducer(s, { type: 'choose', option: 3 });
    s = attemptReducer(s, { type: 'check' });
    expect(checkedRight(s)).toBe(false);
    s = attemptReducer(s, { type: 'next' });
    expect(s.phase).toBe('result');
    if (s.phase === 'result') expect(s.score).toEqual({ correct: 1, total: 2, percent: 50 });
    // Once scored, only a new start moves on.
    expect(attemptReducer(s, { type: 'next' })).toBe(s);
    expect(attemptReducer(s, { type: 'start', contest, seed: 4 }).phase).toBe('question');
  });
});
