import axe from 'axe-core';
import type { Page } from 'playwright-core';

// `@axe-core/playwright` needs Node 22: axe's own script is injected instead.
const AXE_SOURCE = axe.source;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe on the page as it is now; fails listing every critical or serious violation. */
export async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } })
      .axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  const serious = violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
  if (serious.length)
    throw new Error(
      `${label}: ${serious.length} critical/serious accessibility violation(s):\n` +
        serious
          .map(
            (v) =>
              `- ${v.id} (${v.impact}): ${v.help}\n` +
              v.nodes.map((n) => `    ${JSON.stringify(n.target)}: ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n'),
          )
          .join('\n'),
    );
}
