import { useEffect } from 'react';
import { defaultHallPath, hallOriginsFromConfig, hallUrlFrom, SITE_CONFIG_PATH, type HallUrlResult } from './hallUrl';
import { useHall } from '../context/useHall';
import { usePavilion } from '../context/usePavilion';
import { pageFlags } from './flags';

/** Build-time list of other sites whose halls this pavilion may open (comma-separated origins). */
const EXTRA_ORIGINS = (import.meta.env.VITE_HALL_ORIGINS ?? '')
  .split(',')
  .map((s: string) => s.trim())
  .filter(Boolean);

/**
 * The hall to open. A hall from another site is checked against the site's config file too,
 * fetched only then: the host can allow a partner's halls without a rebuild.
 */
async function pickHall(): Promise<HallUrlResult> {
  const fallback = defaultHallPath(document.querySelector<HTMLMetaElement>('meta[name="pavilion-hall"]')?.content);
  const picked = hallUrlFrom(pageFlags.hall, location.href, EXTRA_ORIGINS, fallback);
  if (picked.ok || !picked.origin) return picked;
  try {
    const res = await fetch(SITE_CONFIG_PATH, { cache: 'no-cache' });
    if (!res.ok) return picked;
    return hallUrlFrom(pageFlags.hall, location.href, [...EXTRA_ORIGINS, ...hallOriginsFromConfig(await res.text())], fallback);
  } catch {
    return picked;
  }
}

/** Loads the hall named by `?hall=` (or the sample expo) once, and marks status on <body>. */
export function useHallBoot(): void {
  const { hall } = usePavilion();
  const status = useHall((s) => s.status);
  useEffect(() => {
    void pickHall().then((picked) => {
      if (picked.ok) void hall.getState().load(picked.url, location.origin);
      else hall.getState().fail(picked.message);
    });
  }, [hall]);
  useEffect(() => {
    // Lets tests, kiosk watchdogs and the bench tell when the hall is up.
    document.body.dataset.hallStatus = status;
  }, [status]);
}
