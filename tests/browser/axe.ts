import axe from 'axe-core';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Frame, Locator, Page } from 'playwright-core';

/** What a check reports: every critical or serious violation, with the nodes it found it on. */
export interface Violation {
  frame: string;
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  nodes: { target: string; summary: string }[];
}

declare global {
  interface Window {
    axe?: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
  }
}

const BLOCKING = ['critical', 'serious'];

/**
 * Runs axe-core in one frame. Its script is evaluated through the DevTools protocol rather than
 * added as a <script>, so a page's Content-Security-Policy cannot refuse it (an exhibitor's H5
 * page may have one), and each frame is checked on its own: axe's own frame messaging would not
 * reach a sandboxed H5 page, whose origin is opaque.
 */
async function violationsIn(frame: Frame, options: RunOptions): Promise<Violation[]> {
  if (!(await frame.evaluate(() => window.axe !== undefined))) await frame.evaluate(axe.source);
  const found = await frame.evaluate(
    async ({ options, blocking }) => {
      const results = await window.axe!.run(document, options);
      return results.violations
        .filter((v) => v.impact && blocking.includes(v.impact))
        .map((v) => ({
          id: v.id,
          impact: v.impact!,
          help: v.help,
          helpUrl: v.helpUrl,
          nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' >> '), summary: n.failureSummary ?? '' })),
        }));
    },
    { options, blocking: BLOCKING },
  );
  return found.map((v) => ({ ...v, frame: frame === frame.page().mainFrame() ? '' : frame.url() }));
}

/** Every critical or serious violation in the page and its frames, as axe-core finds them. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  const options: RunOptions = { resultTypes: ['violations'], iframes: false };
  const all: Violation[] = [];
  for (const frame of page.frames()) {
    if (frame.isDetached() || frame.url() === 'about:blank') continue;
    all.push(...(await violationsIn(frame, options)));
  }
  return all;
}

function describeViolations(violations: Violation[]): string {
  return violations
    .map((v) => {
      const where = v.frame ? ` (in frame ${v.frame})` : '';
      const nodes = v.nodes.map((n) => `    ${n.target}\n      ${n.summary.replace(/\n/g, '\n      ')}`);
      return `  [${v.impact}] ${v.id}: ${v.help}${where} ${v.helpUrl}\n${nodes.join('\n')}`;
    })
    .join('\n');
}

/** Adds what a later run found to what earlier ones did, each node once. */
function merge(into: Violation[], found: Violation[]): void {
  for (const v of found) {
    const known = into.find((k) => k.frame === v.frame && k.id === v.id);
    if (!known) into.push(v);
    else for (const n of v.nodes) if (!known.nodes.some((k) => k.target === n.target)) known.nodes.push(n);
  }
}

/**
 * Fails listing each critical or serious violation (rule, help, every node it was found on).
 * axe judges colour contrast only of what is on screen, so with `scroll` (a scrolling element:
 * a long list, a tab's content) it checks again at each screenful, from the top to the end.
 */
export async function expectNoSeriousViolations(page: Page, label: string, { scroll }: { scroll?: Locator } = {}): Promise<void> {
  const violations: Violation[] = [];
  await scroll?.evaluate((el) => el.scrollTo(0, 0));
  for (let screens = 0; screens < 50; screens++) {
    merge(violations, await seriousViolations(page));
    const moved = await scroll?.evaluate((el) => {
      const before = el.scrollTop;
      el.scrollTop += Math.max(1, el.clientHeight - 40);
      return el.scrollTop > before;
    });
    if (!moved) break;
  }
  if (violations.length)
    throw new Error(
      `${label}: ${violations.length} critical or serious accessibility violations:\n${describeViolations(violations)}`,
    );
}
