import type { MediaItem } from './model';
import { formatJsonPath, type ManifestProblem } from './problems';

/**
 * What only the booth as a whole can check, once each item is parsed: a panorama's hotspots name
 * other items by their index in the manifest's `media`, which becomes their index among the items
 * kept (a dropped item shifts the rest); and one model at most stands in the hall. A hotspot that
 * links nowhere keeps its label without the link; a second model in the hall stays in the panel.
 * `rawIndex[k]`: the manifest index of kept item k.
 */
export function linkMedia(
  media: readonly MediaItem[],
  rawIndex: readonly number[],
  rawCount: number,
  file: string,
): { media: MediaItem[]; problems: ManifestProblem[] } {
  const problems: ManifestProblem[] = [];
  const keptAt = new Map(rawIndex.map((raw, k) => [raw, k]));
  let inHall = false;
  const out = media.map((item, k): MediaItem => {
    const raw = rawIndex[k]!;
    if (item.type === 'model' && item.inHall) {
      if (!inHall) {
        inHall = true;
        return item;
      }
      problems.push({
        file,
        path: formatJsonPath(['media', raw, 'inHall']),
        message:
          'expected one model in the hall per booth (an earlier one already stands there); this one shows in the panel only',
        severity: 'warning',
      });
      const { inHall: _h, ...rest } = item;
      return rest;
    }
    if (item.type !== 'panorama') return item;
    const hotspots = item.hotspots.map((h, j) => {
      if (h.item === undefined) return h;
      const path = formatJsonPath(['media', raw, 'hotspots', j, 'item']);
      const { item: _i, ...unlinked } = h;
      if (h.item === raw || h.item >= rawCount) {
        problems.push({
          file,
          path,
          message: `expected the index of another item in this booth's "media" (0 to ${rawCount - 1}, not this panorama's own ${raw}), got ${h.item}`,
          severity: 'error',
        });
        return unlinked;
      }
      const target = keptAt.get(h.item);
      if (target === undefined) {
        problems.push({
          file,
          path,
          message: `media[${h.item}] was refused (see its own problem), so this hotspot opens nothing until it is fixed`,
          severity: 'warning',
        });
        return unlinked;
      }
      return { ...h, item: target };
    });
    return { ...item, hotspots };
  });
  return { media: out, problems };
}
