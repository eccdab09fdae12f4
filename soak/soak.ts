/**
 * The soak: a kiosk's days in minutes. Booth visits (deep link or directory, every tab, Esc)
 * with touches and the attract loop between them, measured after GC against a baseline taken
 * after one warm-up pass; then WebGL context loss and restore cycles. Used by `npm run soak`
 * (soak/run.ts) and, short, by tests/browser/soak.test.ts.
 */
import type { Page } from 'playwright-core';
import { openBrowser } from '../tests/browser/chromium';
import { loseAndRestore } from './contextCycle';
import { kioskState, runIntoAttract, touchHall } from './kiosk';
import { compareMetrics, failures, formatTable, type Row, type SoakMetrics } from './limits';
import { measure } from './measure';
import { between, openedBy, pickBooths, type BoothKinds } from './plan';
import { closeWithEsc, openBooth, visitBooth } from './visit';

export interface SoakOptions {
  /** Where dist/ is served, e.g. http://127.0.0.1:4173 */
  baseUrl: string;
  /** Booth visits in all, the warm-up pass (one visit to every booth visited) included. */
  visits: number;
  /** How many of the hall's booths to go round (those covering every kind of media first). */
  booths: number;
  cycles: number;
  /** Times to let the kiosk run into its attract loop during the visits (when it has one). */
  attracts: number;
  /**
   * `?idle=` for the kiosk (seconds; the app takes 5 at least). Longer than a visit: the visits'
   * clicks are the DOM's, which a kiosk's idle timer may not count; the touches between them are.
   */
  idleSeconds: number;
  /** Wall-clock bound on the visits: past it the run measures what it has and says so. */
  visitBudgetMs: number;
  log?: (line: string) => void;
}

export interface SoakReport {
  baseline: SoakMetrics;
  final: SoakMetrics;
  restoreMs: (number | null)[];
  rows: Row[];
  table: string;
  failed: string[];
  warmupVisits: number;
  visitsDone: number;
  attractRuns: number;
  notes: string[];
  seconds: number;
}

type Preset = Pick<SoakOptions, 'visits' | 'booths' | 'cycles' | 'attracts'>;
/** The short run in `npm test`: a few booths that have every kind of media between them. */
export const QUICK: Preset = { visits: 24, booths: 3, cycles: 10, attracts: 1 };
export const FULL: Preset = { visits: 1000, booths: Infinity, cycles: 100, attracts: 5 };

/** The sample hall's booths, read from the served hall as the app reads them. */
async function hallBooths(baseUrl: string): Promise<BoothKinds[]> {
  const hallUrl = `${baseUrl}/scenes/sample/hall.json`;
  const hall = (await (await fetch(hallUrl)).json()) as { booths: string[] };
  return Promise.all(
    hall.booths.map(async (p) => {
      const b = (await (await fetch(new URL(p, hallUrl))).json()) as { id: string; media?: { type: string }[] };
      return { id: b.id, kinds: (b.media ?? []).map((m) => m.type) };
    }),
  );
}

async function openHall(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('body[data-hall-status="ready"]').first().waitFor({ state: 'attached', timeout: 60_000 });
  await page.locator('body[data-first-frame="true"]').first().waitFor({ state: 'attached', timeout: 60_000 });
  await page.locator('.curtain').first().waitFor({ state: 'detached', timeout: 30_000 });
}

/** Waits (bounded) until the hall's screen videos and textures stop changing for a second. */
async function settle(page: Page): Promise<void> {
  let last = '';
  let sameSince = Date.now();
  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    const now = await page.evaluate(() => {
      const p = window.__pavilion!;
      return `${p.liveVideoCount()}/${p.renderInfo().textures}/${p.howlCount()}`;
    });
    if (now !== last) {
      last = now;
      sameSince = Date.now();
    } else if (Date.now() - sameSince >= 1000) return;
    await page.waitForTimeout(200);
  }
}

export async function runSoak(o: SoakOptions): Promise<SoakReport> {
  const log = o.log ?? (() => undefined);
  const verbose = !!process.env.SOAK_VERBOSE;
  const t0 = Date.now();
  const notes: string[] = [];
  const booths = pickBooths(await hallBooths(o.baseUrl), o.booths);
  // Measured standing at the same booth, with no guide loaded: the same screens awake each time.
  const home = booths.find((b) => !b.kinds.includes('audio')) ?? booths[0]!;
  const session = await openBrowser({ hasTouch: true });
  try {
    const page = session.context.pages()[0] ?? (await session.context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await page.context().newCDPSession(page);
    await openHall(page, `${o.baseUrl}/?mode=kiosk&idle=${o.idleSeconds}&prompt=5&dpr=0.5`);
    const kiosk = (await kioskState(page)) !== null;
    if (!kiosk) notes.push('no <body data-kiosk> on the page: the attract loop part was skipped');

    const measureAtHome = async () => {
      await openBooth(page, home.id);
      await closeWithEsc(page);
      // The same picture each time: standing at the home booth, the HUD naming it (its logo is a
      // document of its own). A slow machine may not have noticed the booth yet when Esc returns.
      await page
        .getByTestId('nearest-booth')
        .first()
        .waitFor({ state: 'attached', timeout: 15_000 })
        .catch(() => undefined);
      await settle(page);
      // A touch just before: the kiosk stays active (no attract moving the view) while measured.
      await touchHall(page);
      return measure(page, cdp);
    };

    const warmupVisits = Math.min(booths.length, o.visits);
    let baseline: SoakMetrics | null = null;
    let visitsDone = 0;
    let attractRuns = 0;
    for (let i = 0; i < o.visits; i++) {
      if (i === warmupVisits) {
        // Once into attract before the baseline too: what the loop and its reset make the first
        // time (their lazy parts) belongs to the baseline, as the directory's does.
        if (kiosk && o.attracts > 0 && (await runIntoAttract(page, (o.idleSeconds + 5 + 20) * 1000, 3000))) attractRuns++;
        baseline = await measureAtHome();
        log(`baseline after ${i} visits: ${JSON.stringify(baseline)}`);
      }
      if (Date.now() - t0 > o.visitBudgetMs) {
        notes.push(`stopped after ${i} of ${o.visits} visits: the run's time budget (${o.visitBudgetMs / 1000} s) was spent`);
        break;
      }
      const booth = booths[i % booths.length]!;
      const by = openedBy(i, warmupVisits);
      const steps = await visitBooth(page, booth.id, by);
      visitsDone++;
      if (verbose) log(`${i + 1} ${booth.id} by ${by}: ${steps.join(' ')}`);
      // Without the kiosk shell (data-kiosk) there is no attract loop to run into: a touch instead.
      const next = kiosk ? between(i, o.visits, warmupVisits, o.attracts) : 'touch';
      if (next === 'touch') await touchHall(page);
      else {
        if (await runIntoAttract(page, (o.idleSeconds + 5 + 20) * 1000, 3000)) attractRuns++;
        else notes.push(`after visit ${i + 1} the kiosk did not reach attract within ${o.idleSeconds + 25} s`);
      }
      if ((i + 1) % 25 === 0) log(`${i + 1} visits, ${Math.round((Date.now() - t0) / 1000)} s`);
    }
    baseline ??= await measureAtHome();
    const final = await measureAtHome();
    log(`final after ${visitsDone} visits: ${JSON.stringify(final)}`);

    const restoreMs: (number | null)[] = [];
    for (let c = 0; c < o.cycles; c++) {
      restoreMs.push(await loseAndRestore(page));
      // A moment of drawing between cycles, as a GPU would not fail twice in the same frame.
      await page.waitForTimeout(100);
    }
    if (errors.length) notes.push(`page errors: ${[...new Set(errors)].slice(0, 5).join(' | ')}`);

    const rows = compareMetrics(baseline, final, restoreMs);
    await cdp.detach().catch(() => undefined);
    return {
      baseline,
      final,
      restoreMs,
      rows,
      table: formatTable(rows),
      failed: failures(rows),
      warmupVisits,
      visitsDone,
      attractRuns,
      notes,
      seconds: Math.round((Date.now() - t0) / 1000),
    };
  } finally {
    await session.close();
  }
}
