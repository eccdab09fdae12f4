// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Contest, Question } from '../../../../src/manifest/programme';
import { langStore } from '../../../../src/context/pageStores';
import { ContestDialog } from '../../../../src/ui/contest/ContestDialog';

/**
 * The dialog in jsdom: the flow, focus, the score kept and the certificate offered. jsdom has no
 * keyboard default actions, so a control is activated with a click, which is what Space and Enter
 * on it dispatch; real keys in Chromium are tests/browser/contest.test.ts's part.
 */

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

function question(id: string, prompt: string, options: string[], correct: number[]): Question {
  return {
    id,
    prompt: { zh: prompt, en: prompt },
    options: options.map((en) => ({ en })),
    correct,
    explanation: { en: `Explanation of ${id}` },
    source: { en: `Law of ${id}` },
  };
}

const contest: Contest = {
  id: 'telecom',
  title: { zh: '电信日竞赛', en: 'Telecom Day contest' },
  summary: { en: 'Spot the scams.' },
  questionsPerAttempt: 3,
  questions: [
    question('police', 'Police call', ['Pay', 'Hang up and call 96110', 'Pay half', 'Give the code'], [1]),
    question(
      'cards',
      'Which break the law?',
      ['Lend a SIM', 'Sell an account', 'Buy a phone', 'Help real-name checks'],
      [0, 1, 3],
    ),
    question('password', 'Safest password?', ['Birthday', 'Same everywhere', 'Long and unique'], [2]),
  ],
};
const hallTitle = { zh: '网络安全宣传周', en: 'Cybersecurity Week' };
const earned = new Date('2026-09-15T17:30:00Z'); // already the 16th in Shanghai

/** A 2D context that records what is written and measures text by its length. */
function fakeContext(written: string[]) {
  return new Proxy(
    {
      fillText: (s: string) => void written.push(s),
      measureText: (s: string) => ({ width: s.length * 10 }),
    } as Record<string, unknown>,
    { get: (target, key: string) => (key in target ? target[key] : () => {}), set: () => true },
  );
}

let root: Root;
let host: HTMLDivElement;
let written: string[];
const created: string[] = [];
const revoked: string[] = [];

beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  written = [];
  created.length = revoked.length = 0;
  localStorage.clear();
  langStore.getState().setLang('en');
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
    () => fakeContext(written) as unknown as CanvasRenderingContext2D,
  );
  vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((cb) => cb(new Blob(['png'], { type: 'image/png' })));
  URL.createObjectURL = () => {
    created.push(`blob:cert-${created.length}`);
    return created.at(-1)!;
  };
  URL.revokeObjectURL = (u: string) => void revoked.push(u);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
  delete document.body.dataset.kiosk;
  vi.restoreAllMocks();
});

async function mount() {
  const onClose = vi.fn();
  await act(async () => root.render(createElement(ContestDialog, { contest, hallTitle, onClose, now: () => earned })));
  return onClose;
}

const text = () => host.textContent ?? '';
function button(name: RegExp): HTMLButtonElement {
  const b = [...host.querySelectorAll('button')].find((el) => name.test(el.textContent ?? '') || name.test(el.ariaLabel ?? ''));
  if (!b)
    throw new Error(`no button ${name}; have ${[...host.querySelectorAll('button')].map((el) => el.textContent).join(' | ')}`);
  return b;
}
async function press(name: RegExp) {
  await act(async () => button(name).click());
}

/** Ticks the options whose text is among `wanted` (the draw shuffles them). */
async function tick(wanted: string[]) {
  for (const label of host.querySelectorAll<HTMLLabelElement>('.contest-option'))
    if (wanted.some((w) => label.textContent?.includes(w))) await act(async () => label.querySelector('input')!.click());
}

/** Answers the question on screen, right or wrong, and checks the answer. */
async function answer(right: boolean) {
  const prompt = host.querySelector('legend')!.textContent;
  const q = contest.questions.find((x) => x.prompt.en === prompt)!;
  const options = q.options.map((o) => o.en!);
  await tick(right ? q.correct.map((i) => options[i]!) : [options.find((_, i) => !q.correct.includes(i))!]);
  await press(/^Check answer$/);
  return q;
}

describe('ContestDialog', () => {
  it('runs a contest from its intro to the score and a certificate, with focus on each new screen', async () => {
    const onClose = await mount();
    expect(host.querySelector('dialog')?.open).toBe(true);
    expect(text()).toContain('Telecom Day contest');
    expect(text()).toContain('3 questions');
    expect(text()).toContain('No score yet');
    expect(document.activeElement?.textContent).toBe('Start');

    await press(/^Start$/);
    expect(text()).toContain('Question 1 of 3');
    expect(document.activeElement?.tagName).toBe('LEGEND');
    await press(/^Check answer$/);
    expect(host.querySelector('[role=status]')?.textContent).toBe('Choose an answer first.');

    const seen = new Set<string>();
    for (const [i, right] of [true, false, true].entries()) {
      expect(text()).toContain(`Question ${i + 1} of 3`);
      const q = await answer(right);
      seen.add(q.id);
      const inputs = host.querySelectorAll('fieldset input');
      expect(inputs[0]?.getAttribute('type')).toBe(q.correct.length > 1 ? 'checkbox' : 'radio');
      expect(host.querySelector('[role=status]')?.textContent).toBe(right ? 'Right!' : 'Not quite');
      expect(text()).toContain(`Explanation of ${q.id}`);
      expect(text()).toContain(`Law of ${q.id}`);
      expect(host.querySelector('fieldset')?.disabled).toBe(true);
      expect(document.activeElement?.textContent).toBe(i < 2 ? 'Next question' : 'See my score');
      await act(async () => (document.activeElement as HTMLButtonElement).click());
    }
    expect(seen.size).toBe(3);

    expect(host.querySelector('.contest-score-big')?.textContent).toBe('2 / 3');
    expect(document.activeElement?.textContent).toBe('Your score');
    expect(JSON.parse(localStorage.getItem('pavilion.contest.telecom.best')!)).toEqual({ correct: 2, total: 3 });

    await press(/^Certificate$/);
    const img = host.querySelector<HTMLImageElement>('.contest-cert img');
    expect(img?.alt).toBe('Certificate for Telecom Day contest: 2 / 3 right (67%), 16 September 2026');
    const link = host.querySelector<HTMLAnchorElement>('.contest-cert a[download]');
    expect(link?.download).toBe('certificate-telecom-2026-09-16.png');
    expect(link?.getAttribute('href')).toBe(created[0]);
    // Both languages on the image, and nothing about the visitor.
    for (const s of [
      '网络安全宣传周',
      'Cybersecurity Week',
      '电信日竞赛',
      'Telecom Day contest',
      '2026年9月16日 · 16 September 2026',
    ])
      expect(
        written.some((w) => w.replace(/\s+/g, ' ').includes(s)),
        s,
      ).toBe(true);

    await press(/^Close$/);
    expect(onClose).toHaveBeenCalledOnce();
    act(() => root.unmount());
    expect(revoked).toEqual(created);
    root = createRoot(host);
  });

  it('shows the best score kept on the device, and tries again with a new draw', async () => {
    localStorage.setItem('pavilion.contest.telecom.best', '{"correct":1,"total":3}');
    await mount();
    expect(text()).toContain('1 / 3 · 33% right');
    await press(/^Start$/);
    for (let i = 0; i < 3; i++) {
      await answer(true);
      await act(async () => (document.activeElement as HTMLButtonElement).click());
    }
    expect(text()).toContain('A new best!');
    await press(/^Try again$/);
    expect(text()).toContain('Question 1 of 3');
    expect(document.activeElement?.tagName).toBe('LEGEND');
  });

  it('offers no download in a kiosk, where nobody could take it away', async () => {
    document.body.dataset.kiosk = 'active';
    await mount();
    await press(/^Start$/);
    for (let i = 0; i < 3; i++) {
      await answer(false);
      await act(async () => (document.activeElement as HTMLButtonElement).click());
    }
    await press(/^Certificate$/);
    expect(host.querySelector('.contest-cert img')).not.toBeNull();
    expect(host.querySelector('a[download]')).toBeNull();
  });

  it('speaks the visitor’s language', async () => {
    langStore.getState().setLang('zh');
    await mount();
    expect(text()).toContain('电信日竞赛');
    expect(text()).toContain('每次随机抽取 3 道题');
    expect(button(/^开始答题$/)).toBeTruthy();
  });
});
