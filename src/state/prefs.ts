/**
 * Where the visitor's choices (language, mute) are remembered between visits. An interface, so
 * the stores stay pure: the page passes the browser's storage, tests and previews a map.
 */
export interface PrefStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

/** Prefs kept in memory only: for tests, and wherever the browser's storage is refused. */
export function memoryPrefs(initial: Record<string, string> = {}): PrefStorage {
  const values = new Map(Object.entries(initial));
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => void values.set(key, value),
  };
}
