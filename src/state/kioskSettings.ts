/** How a kiosk screen behaves, from its URL (the screen's start command sets them once). */
export interface KioskSettings {
  /** `?kiosk=`: names the screen in heartbeats and the organiser's list. */
  id: string;
  /** `?idle=`: seconds without input before "Still there?" (5–3600, default 60). */
  idleSeconds: number;
  /** `?prompt=`: seconds the "Still there?" countdown runs before the reset (5–120, default 15). */
  promptSeconds: number;
  /** `?lang=`: the language a reset returns to (default zh). */
  lang: 'zh' | 'en';
  /** `?reload=`: an hour (0–23, the screen's local time) for a nightly reload, or null. */
  reloadHour: number | null;
  /** `?cache=`: megabytes of booth media kept for offline use (0–20000, default 2048). */
  cacheMb: number;
}

/** An integer within [min, max], or the fallback. */
function intIn(raw: string | null, min: number, max: number, fallback: number): number {
  if (raw === null || !/^\d{1,6}$/.test(raw.trim())) return fallback;
  const n = Number(raw);
  return n >= min && n <= max ? n : fallback;
}

export function parseKiosk(q: URLSearchParams): KioskSettings {
  const id = q.get('kiosk') ?? '';
  const reload = intIn(q.get('reload'), 0, 23, -1);
  return {
    id: /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(id) ? id : 'kiosk',
    idleSeconds: intIn(q.get('idle'), 5, 3600, 60),
    promptSeconds: intIn(q.get('prompt'), 5, 120, 15),
    lang: q.get('lang') === 'en' ? 'en' : 'zh',
    reloadHour: reload < 0 ? null : reload,
    cacheMb: intIn(q.get('cache'), 0, 20000, 2048),
  };
}
