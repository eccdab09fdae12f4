import type { BoothSizeCode, LayoutInput } from '../../../src/hall/layout';

const SIZES: BoothSizeCode[] = ['S', 'M', 'L', 'M', 'S', 'S', 'L'];
const THEMES = ['campus', 'telecom', 'rule-of-law', 'finance', 'youth', 'privacy'];

/** A hall of n booths spread over six theme zones and a stage, deterministic in n. */
export function hallOf(n: number, opts: { stageBooths?: number; unzoned?: number } = {}): LayoutInput {
  const booths = Array.from({ length: n }, (_, i) => ({ id: `b${i}`, size: SIZES[(i * 5 + 3) % SIZES.length]! }));
  const stageCount = Math.min(n, opts.stageBooths ?? 2);
  const unzoned = opts.unzoned ?? 0;
  const zones: LayoutInput['zones'] = [
    { id: 'stage', kind: 'stage', color: '#be123c', booths: booths.slice(0, stageCount).map((b) => b.id) },
    ...THEMES.map((id, k) => ({
      id,
      kind: 'theme' as const,
      color: '#2563eb',
      booths: booths
        .slice(stageCount, n - unzoned)
        .filter((_, i) => i % THEMES.length === k)
        .map((b) => b.id),
    })),
  ];
  return { zones, booths };
}
