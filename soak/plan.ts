/** Which booths a soak visits and what it does between visits: pure, tested in tests/unit/soak. */

export interface BoothKinds {
  id: string;
  /** The kinds of media it has (`video`, `h5`, `caseStudy`, `image`, `audio`, …), one per item. */
  kinds: string[];
}

/** A booth's kinds, and `video×2` for a kind it has several of (its tab then has a picker). */
function features(b: BoothKinds): Set<string> {
  return new Set(b.kinds.flatMap((k, i) => (b.kinds.indexOf(k) < i ? [`${k}×2`] : [k])));
}

/**
 * `n` booths that between them have every kind of media the hall has (and a kind several times):
 * each pick the booth adding the most features not covered yet, then the one with the most items,
 * in hall order on ties. All booths when `n` is at least their number.
 */
export function pickBooths(booths: readonly BoothKinds[], n: number): BoothKinds[] {
  if (n >= booths.length) return [...booths];
  const left = [...booths];
  const picked: BoothKinds[] = [];
  const covered = new Set<string>();
  while (picked.length < n && left.length > 0) {
    let best = 0;
    let bestScore = -1;
    left.forEach((b, i) => {
      const fresh = [...features(b)].filter((k) => !covered.has(k)).length;
      const score = fresh * 1000 + b.kinds.length;
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    const [b] = left.splice(best, 1);
    picked.push(b!);
    for (const k of features(b!)) covered.add(k);
  }
  return picked;
}

export type Between = 'touch' | 'attract';

/**
 * What follows visit `i` (0-based) of `visits`, the first `warmup` of them the warm-up: the
 * attract loop `attracts` times, evenly over the measured visits, each at the start of its share
 * (so a run its time budget cuts short has had its first attract already), and otherwise a
 * touch, as the next passer-by's (it also holds the kiosk's idle timer off while the visits run).
 */
export function between(i: number, visits: number, warmup: number, attracts: number): Between {
  const measured = visits - warmup;
  const k = i - warmup + 1;
  if (attracts > 0 && measured > attracts && k > 0 && k < measured) {
    const every = measured / attracts;
    for (let j = 0; j < attracts; j++) if (k === Math.round(every * j) + 1) return 'attract';
  }
  return 'touch';
}

/**
 * One visit in ten opens its booth through the HUD's directory (a walk there), the rest by deep
 * link; the warm-up's last visit too, so the directory (loaded on first use) is in the baseline.
 */
export function openedBy(i: number, warmup: number): 'link' | 'directory' {
  return i === warmup - 1 || i % 10 === 9 ? 'directory' : 'link';
}
