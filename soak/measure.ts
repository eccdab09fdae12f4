import type { CDPSession, Page } from 'playwright-core';
import { heapSummary } from './heapSnapshot';
import type { SoakMetrics } from './limits';

/** Collects garbage until the heap stops shrinking (at most five passes). */
export async function collectGarbage(cdp: CDPSession): Promise<number> {
  let used = Infinity;
  for (let i = 0; i < 5; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    const now = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    if (now >= used * 0.998) return now;
    used = now;
  }
  return used;
}

/**
 * Every live instance of a DOM element class in the page's main world, and how many of those are
 * detached: what `queryObjects(HTMLVideoElement)` shows in DevTools, garbage collected first.
 */
export async function liveElements(cdp: CDPSession, ctor: string): Promise<{ all: number; detached: number }> {
  const objectGroup = 'soak-query';
  try {
    const proto = await cdp.send('Runtime.evaluate', { expression: `${ctor}.prototype`, objectGroup });
    const protoId = proto.result.objectId;
    if (!protoId) throw new Error(`${ctor}.prototype is not an object`);
    const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId: protoId, objectGroup });
    const arrayId = found.objects.objectId;
    if (!arrayId) throw new Error(`queryObjects(${ctor}) returned nothing`);
    const counted = await cdp.send('Runtime.callFunctionOn', {
      objectId: arrayId,
      functionDeclaration: 'function () { return [this.length, this.filter((e) => !e.isConnected).length]; }',
      returnByValue: true,
      objectGroup,
    });
    const [all, detached] = counted.result.value as [number, number];
    return { all, detached };
  } finally {
    // The query's array holds every element it found: release it, or the next reading counts it.
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup });
  }
}

/** One reading of everything the soak watches, after GC. Needs the pavilion's `window.__pavilion`. */
export async function measure(page: Page, cdp: CDPSession): Promise<SoakMetrics> {
  await collectGarbage(cdp);
  const videos = await liveElements(cdp, 'HTMLVideoElement');
  const audios = await liveElements(cdp, 'HTMLAudioElement');
  const iframes = await liveElements(cdp, 'HTMLIFrameElement');
  // The queries themselves allocate: collect again before the figures that count bytes and nodes.
  const heapUsed = await collectGarbage(cdp);
  const heap = await heapSummary(cdp);
  const dom = await cdp.send('Memory.getDOMCounters');
  const app = await page.evaluate(() => {
    const p = window.__pavilion;
    if (!p) throw new Error('window.__pavilion is missing: the hall is not running');
    const r = p.renderInfo();
    const screens = p.screenTextures();
    return {
      howls: p.howlCount(),
      textures: r.textures - screens,
      screenTextures: screens,
      geometries: r.geometries,
      liveVideos: p.liveVideoCount(),
    };
  });
  return {
    heapUsed,
    heapObjects: heap.objects,
    heapCode: heap.code,
    domNodes: dom.nodes,
    jsEventListeners: dom.jsEventListeners,
    documents: dom.documents,
    videos: videos.all,
    audios: audios.all,
    iframes: iframes.all,
    detachedVideos: videos.detached,
    ...app,
  };
}
