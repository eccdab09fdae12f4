/** One thing wrong with a manifest, located precisely enough for an exhibitor to fix it. */
export interface ManifestProblem {
  /** The file as the visitor or exhibitor named it (relative path or URL). */
  file: string;
  /** JSON path inside the file, e.g. `media[2].src`; empty for the file as a whole. */
  path: string;
  /** What was expected and what was found. */
  message: string;
  /** `error` rejects the file (or the item); `warning` keeps it. */
  severity: 'error' | 'warning';
}

export function formatProblem(p: ManifestProblem): string {
  const where = p.path ? `${p.file}: ${p.path}` : p.file;
  const tag = p.severity === 'warning' ? ' (warning)' : '';
  return `${where}: ${p.message}${tag}`;
}

/** `['media', 2, 'src']` → `media[2].src` */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      out += /^[A-Za-z_$][\w$]*$/.test(name) ? (out ? '.' : '') + name : `[${JSON.stringify(name)}]`;
    }
  }
  return out;
}

/** A short, safe rendering of what was found, for messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(shown);
  }
  return `${typeof value} ${String(value)}`;
}

/** The hall itself could not be opened; its booths' problems travel in the loaded hall instead. */
export class HallLoadError extends Error {
  constructor(readonly problems: ManifestProblem[]) {
    super(problems.map((p) => `${p.file}${p.path ? `: ${p.path}` : ''}: ${p.message}`).join('\n'));
  }
}
