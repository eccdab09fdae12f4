import type { LoadedHall } from '../../../src/manifest';
import { booth, hall, validBooth, validHall } from '../manifest/fixtures';

/** A parsed hall of `n` booths (`b0`…), all in one theme zone, as the loader would hand it over. */
export function loadedHallOf(n: number): LoadedHall {
  const ids = Array.from({ length: n }, (_, i) => `b${i}`);
  const h = validHall();
  const parsedHall = hall({
    ...h,
    zones: [{ ...h.zones[0]!, booths: ids }],
    booths: ids.map((id) => `booths/${id}.json`),
  }).value!;
  const booths = ids.map((id) => booth({ ...validBooth(), id }).value!);
  return { hall: parsedHall, booths, failedBooths: [], problems: [] };
}
