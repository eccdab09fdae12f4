import type { Page } from 'playwright-core';

/** How a booth's panel is opened: its deep link, or the HUD's directory (which walks there first). */
export type OpenBy = 'link' | 'directory';

/**
 * Opens a booth's panel and uses every tab in turn, all inside the page: one round trip a visit.
 * On a loaded, software-rendered machine each round trip waits for the page's frame loop, and a
 * visit of a dozen of them took ten seconds. Clicks are the DOM's (React sees the same click).
 * Each step is bounded; the steps taken come back with their times (`kind:ms`).
 *
 * No named inner functions here: tsx wraps them in a helper the page does not have.
 */
async function openAndUseTabs(page: Page, id: string, by: OpenBy): Promise<string[]> {
  return page.evaluate(
    async ({ id, by }) => {
      const steps: string[] = [];
      const panelSel = 'dialog.booth-panel[open]';
      let t = performance.now();
      if (by === 'directory') {
        document.querySelector<HTMLButtonElement>('.hud-actions .hud-btn.primary')?.click();
        let entry: HTMLButtonElement | null = null;
        for (const t0 = performance.now(); performance.now() - t0 < 10_000; await new Promise((r) => setTimeout(r, 50)))
          if ((entry = document.querySelector(`dialog.directory[open] button[data-booth-id="${CSS.escape(id)}"]`))) break;
        if (!entry) throw new Error(`the directory lists no ${id}`);
        entry.click();
      } else location.hash = `#/booth/${encodeURIComponent(id)}`;
      // The directory walks there first: a long walk across the hall takes a while on SwiftShader.
      const openWithin = by === 'directory' ? 45_000 : 20_000;
      let panel: HTMLDialogElement | null = null;
      for (const t0 = performance.now(); performance.now() - t0 < openWithin; await new Promise((r) => setTimeout(r, 50)))
        if ((panel = document.querySelector<HTMLDialogElement>(panelSel)) && panel.querySelector('#booth-panel-title')) break;
      if (!panel) throw new Error(`the panel of ${id} did not open by ${by}`);
      steps.push(`open:${Math.round(performance.now() - t)}`);

      const tabCount = panel.querySelectorAll('[role=tab]').length;
      for (let i = 0; i < tabCount; i++) {
        t = performance.now();
        const tab = panel.querySelectorAll<HTMLButtonElement>('[role=tab]')[i];
        if (!tab) break;
        tab.click();
        const kind = /-tab-(\w+)$/.exec(tab.id)?.[1] ?? '?';
        // Let React render the tab before looking into it.
        await new Promise((r) => setTimeout(r, 30));
        if (kind === 'video') {
          // A moment of play: the captions track turns on, the decoder fills its buffers.
          const v = panel.querySelector<HTMLVideoElement>('.video-player video');
          if (v) {
            v.muted = true;
            await Promise.race([v.play().catch(() => undefined), new Promise((r) => setTimeout(r, 1000))]);
            for (const t0 = performance.now(); v.currentTime === 0 && !v.error && performance.now() - t0 < 1000;)
              await new Promise((r) => setTimeout(r, 50));
            v.pause();
          }
          // A booth with several videos: the second one too (the same player, another source).
          const chips = panel.querySelectorAll<HTMLButtonElement>('.item-picker .chip');
          if (chips.length > 1) {
            chips[1]!.click();
            await new Promise((r) => setTimeout(r, 200));
          }
        } else if (kind === 'h5') {
          for (const t0 = performance.now(); !panel.querySelector('iframe') && performance.now() - t0 < 3000;)
            await new Promise((r) => setTimeout(r, 50));
          await new Promise((r) => setTimeout(r, 150));
        } else if (kind === 'image') {
          panel.querySelector<HTMLButtonElement>('.gallery button')?.click();
          for (const t0 = performance.now(); !panel.querySelector('.gallery-large img') && performance.now() - t0 < 3000;)
            await new Promise((r) => setTimeout(r, 50));
          panel.querySelector<HTMLButtonElement>('.gallery-large .link-button')?.click();
        } else if (kind === 'audio') {
          const play = panel.querySelector<HTMLButtonElement>('.audio-guide button.play');
          if (play && !play.disabled) {
            play.click();
            // The guide's Howl exists once howler has loaded (lazily, the first time).
            for (const t0 = performance.now(); window.__pavilion?.audio().guide == null && performance.now() - t0 < 3000;)
              await new Promise((r) => setTimeout(r, 50));
            await new Promise((r) => setTimeout(r, 100));
            // Paused, not stopped: the guide stays loaded, as after a visitor's pause.
            if (play.isConnected && play.getAttribute('aria-pressed') === 'true') play.click();
          }
        } else if (kind === 'caseStudy') {
          for (
            const t0 = performance.now();
            !panel.querySelector('.case-study :is(.markdown, [role=alert])') && performance.now() - t0 < 3000;
          )
            await new Promise((r) => setTimeout(r, 50));
        }
        steps.push(`${kind}:${Math.round(performance.now() - t)}`);
      }
      return steps;
    },
    { id, by },
  );
}

/** Closes whatever panel or directory is open with Esc, as a visitor with a keyboard would. */
export async function closeWithEsc(page: Page): Promise<void> {
  for (let i = 0; i < 3; i++) {
    // A panel a touch opened comes up in the same task as its click: no need to wait for one.
    if ((await page.locator('dialog[open]').count()) === 0) return;
    await page.keyboard.press('Escape');
    await page
      .waitForFunction(() => !document.querySelector('dialog[open]'), undefined, { timeout: 3000, polling: 50 })
      .catch(() => undefined);
  }
  if ((await page.locator('dialog[open]').count()) > 0) throw new Error('Esc did not close the open dialog');
}

/**
 * Opens a booth's panel (bounded), without using it. Waits with a locator, never an element
 * handle: a handle is a DevTools global handle that keeps the closed panel alive (found when this
 * harness itself "leaked" one panel a measurement).
 */
export async function openBooth(page: Page, id: string): Promise<void> {
  await page.evaluate((id) => {
    location.hash = `#/booth/${encodeURIComponent(id)}`;
  }, id);
  await page.locator('dialog.booth-panel[open] #booth-panel-title').first().waitFor({ state: 'attached', timeout: 20_000 });
}

/** One visit: open, every tab, Esc. The steps with their times in ms, for a verbose log. */
export async function visitBooth(page: Page, id: string, by: OpenBy): Promise<string[]> {
  const steps = await openAndUseTabs(page, id, by);
  const t0 = Date.now();
  await closeWithEsc(page);
  return [...steps, `esc:${Date.now() - t0}`];
}
