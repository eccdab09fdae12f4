import type { Localized } from '../manifest/localized';
import type { Contest, Question } from '../manifest/programme';

/**
 * A question as one attempt shows it: its options in the attempt's order and `correct` pointing
 * into that order, so what the visitor ticks is scored as shown. `optionOrder[shown]` is the
 * option's index in the bank, for anything that must speak of the bank's own numbering.
 */
export interface DrawnQuestion extends Question {
  optionOrder: number[];
}

export interface AttemptScore {
  correct: number;
  total: number;
  /** Rounded to a whole percent; 0 for an empty attempt. */
  percent: number;
}

/** mulberry32: 32 bits of state, a full period, and fast; plenty for shuffling a quiz. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** The first `k` places of a Fisher–Yates shuffle of 0…n-1: `k` distinct indexes, each set equally likely. */
function partialShuffle(n: number, k: number, random: () => number): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx.slice(0, k);
}

/**
 * Options that speak of the others ("以上都是", "all of the above") only make sense last, and a
 * true/false pair reads in its own order: such questions keep the bank's order. Every other
 * question's options are shuffled, so an attempt cannot be passed by remembering "the second one".
 */
const REFERS_TO_OTHERS = /(?:以上|上述)(?:都|皆|均|全|各项|选项|说法)|(?:all|none|both|neither) of the above/i;

function keepsOrder(options: readonly Localized[]): boolean {
  return options.length <= 2 || options.some((o) => REFERS_TO_OTHERS.test(`${o.zh ?? ''} ${o.en ?? ''}`));
}

function withOptionOrder(q: Question, random: () => number): DrawnQuestion {
  const n = q.options.length;
  const order = keepsOrder(q.options) ? Array.from({ length: n }, (_, i) => i) : partialShuffle(n, n, random);
  const shownAt = new Map(order.map((original, shown) => [original, shown]));
  return {
    ...q,
    options: order.map((i) => q.options[i]!),
    correct: q.correct.flatMap((c) => (shownAt.has(c) ? [shownAt.get(c)!] : [])).sort((a, b) => a - b),
    optionOrder: order,
  };
}

/**
 * One attempt's questions: `questionsPerAttempt` of the bank (all of it if the bank is smaller),
 * none twice, and each one's options in an order of its own; the same for the same seed, so an
 * attempt can be replayed or checked from its seed alone.
 */
export function drawQuestions(contest: Contest, seed: number): DrawnQuestion[] {
  const random = mulberry32(seed);
  const bank = contest.questions;
  const n = Math.max(0, Math.min(Math.floor(contest.questionsPerAttempt), bank.length));
  return partialShuffle(bank.length, n, random).map((i) => withOptionOrder(bank[i]!, random));
}

/** A fresh seed for an attempt; the draw itself stays pure. */
export function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

/** Whether this question takes more than one answer (checkboxes rather than radio buttons). */
export function isMultipleAnswer(q: Question): boolean {
  return new Set(q.correct).size > 1;
}

/** Right only if exactly the correct options are chosen: on a multiple-answer question, all of them and no other. */
export function scoreAnswer(question: Question, chosen: readonly number[]): boolean {
  const want = new Set(question.correct);
  const got = new Set(chosen);
  return got.size === want.size && [...got].every((c) => want.has(c));
}

/** The score of an attempt; a question with no answer given counts as wrong. */
export function scoreAttempt(questions: readonly Question[], answers: readonly (readonly number[] | undefined)[]): AttemptScore {
  const total = questions.length;
  const correct = questions.filter((q, i) => {
    const a = answers[i];
    return a !== undefined && scoreAnswer(q, a);
  }).length;
  return { correct, total, percent: total === 0 ? 0 : Math.round((100 * correct) / total) };
}
