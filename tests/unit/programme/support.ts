import type { Booth, Hall } from '../../../src/manifest';

/** A hall of zones (`zone id → booth ids`); `failed` booths are listed but did not load. */
export function hallOf(
  zones: Record<string, string[]>,
  opts: { id?: string; unzoned?: string[]; failed?: string[] } = {},
): { hall: Hall; booths: Booth[] } {
  const listed = [...new Set([...Object.values(zones).flat(), ...(opts.unzoned ?? [])])];
  const urlOf = (id: string) => `https://expo.example.cn/booths/${id}.json`;
  const hall = {
    id: opts.id ?? 'week-2026',
    zones: Object.entries(zones).map(([id, booths]) => ({
      id,
      name: { zh: `${id}区`, en: `${id} zone` },
      kind: 'theme' as const,
      color: '#2563eb',
      booths,
    })),
    boothUrls: listed.map(urlOf),
  } as Hall;
  const failed = new Set(opts.failed ?? []);
  const booths = listed.filter((id) => !failed.has(id)).map((id) => ({ id, url: urlOf(id) }) as Booth);
  return { hall, booths };
}
