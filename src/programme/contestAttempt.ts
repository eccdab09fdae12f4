import type { Contest } from '../manifest/programme';
import { drawQuestions, isMultipleAnswer, scoreAnswer, scoreAttempt, type AttemptScore, type DrawnQuestion } from './contestDraw';

/**
 * One visitor's way through a contest, as a reducer: the intro, one question a screen (choose,
 * check, read the explanation, next), then the score. Pure, so the dialog only shows it.
 */
export type AttemptState =
  | { phase: 'intro' }
  | {
      phase: 'question';
      seed: number;
      questions: DrawnQuestion[];
      index: number;
      /** Options ticked on this screen, as shown (indexes into the drawn question's options). */
      chosen: number[];
      /** Whether this screen's answer has been checked (its explanation is showing). */
      checked: boolean;
      answers: number[][];
    }
  | { phase: 'result'; seed: number; questions: DrawnQuestion[]; answers: number[][]; score: AttemptScore };

export type AttemptAction =
  { type: 'start'; contest: Contest; seed: number } | { type: 'choose'; option: number } | { type: 'check' } | { type: 'next' };

export const initialAttempt: AttemptState = { phase: 'intro' };

function choose(s: Extract<AttemptState, { phase: 'question' }>, option: number): AttemptState {
  const q = s.questions[s.index]!;
  if (s.checked || !Number.isInteger(option) || option < 0 || option >= q.options.length) return s;
  if (!isMultipleAnswer(q)) return s.chosen.length === 1 && s.chosen[0] === option ? s : { ...s, chosen: [option] };
  const chosen = s.chosen.includes(option) ? s.chosen.filter((c) => c !== option) : [...s.chosen, option].sort((a, b) => a - b);
  return { ...s, chosen };
}

export function attemptReducer(s: AttemptState, a: AttemptAction): AttemptState {
  if (a.type === 'start') {
    const questions = drawQuestions(a.contest, a.seed);
    if (questions.length === 0) return s;
    return { phase: 'question', seed: a.seed, questions, index: 0, chosen: [], checked: false, answers: [] };
  }
  if (s.phase !== 'question') return s;
  switch (a.type) {
    case 'choose':
      return choose(s, a.option);
    case 'check': {
      if (s.checked || s.chosen.length === 0) return s;
      const answers = [...s.answers];
      answers[s.index] = s.chosen;
      return { ...s, checked: true, answers };
    }
    case 'next': {
      if (!s.checked) return s;
      if (s.index + 1 < s.questions.length) return { ...s, index: s.index + 1, chosen: [], checked: false };
      return {
        phase: 'result',
        seed: s.seed,
        questions: s.questions,
        answers: s.answers,
        score: scoreAttempt(s.questions, s.answers),
      };
    }
  }
}

/** Whether the answer on this screen, once checked, was right. */
export function checkedRight(s: AttemptState): boolean | null {
  if (s.phase !== 'question' || !s.checked) return null;
  return scoreAnswer(s.questions[s.index]!, s.chosen);
}
