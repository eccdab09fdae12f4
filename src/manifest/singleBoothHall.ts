import { DEFAULT_TIME_ZONE } from './schemaParts';
import type { LoadedHall } from './loadHall';
import type { Booth } from './model';
import type { ManifestProblem } from './problems';

/** The zone a previewed booth stands in. */
export const PREVIEW_ZONE = 'preview';

/**
 * A hall of one zone holding one booth: what a booth preview loads, so the booth is drawn by the
 * very scene that draws the pavilion. `hallUrl` names this revision (a new one rebuilds the scene).
 */
export function singleBoothHall(booth: Booth, hallUrl: string, problems: ManifestProblem[] = []): LoadedHall {
  const name = booth.exhibitor.name;
  return {
    hall: {
      url: hallUrl,
      id: PREVIEW_ZONE,
      title: name,
      welcome: booth.exhibitor.tagline ?? name,
      dates: { start: '2026-01-01', end: '2026-01-01' },
      timeZone: DEFAULT_TIME_ZONE,
      zones: [{ id: PREVIEW_ZONE, name, kind: 'theme', color: booth.colors.primary, booths: [booth.id] }],
      featured: [],
      boothUrls: [booth.url],
      allowedOrigins: [],
    },
    booths: [booth],
    failedBooths: [],
    problems,
  };
}
