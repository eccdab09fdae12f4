/** A JSON path as keys: `['media', 2, 'src']`. */
export type JsonPath = (string | number)[];

/** `media[2].src` → `['media', 2, 'src']`; the inverse of formatJsonPath. */
export function parseJsonPath(path: string): JsonPath {
  const out: JsonPath = [];
  const re = /([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const m of path.matchAll(re)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[3] !== undefined) out.push(JSON.parse(m[3]) as string);
  }
  return out;
}

/** The value at a path, or undefined. */
export function getAtPath(value: unknown, path: readonly (string | number)[]): unknown {
  let cur = value;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * A copy of `value` with `next` at `path` (objects and arrays made on the way); `undefined`
 * removes the key, and an object left empty by it is removed too, so optional groups vanish.
 */
export function setAtPath(value: unknown, path: readonly (string | number)[], next: unknown): unknown {
  if (path.length === 0) return next;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  if (typeof key === 'number') {
    const arr = Array.isArray(value) ? [...(value as unknown[])] : [];
    const child = setAtPath(arr[key], rest, next);
    if (child === undefined) arr.splice(key, 1);
    else arr[key] = child;
    return arr;
  }
  const obj: Record<string, unknown> = isRecord(value) ? { ...value } : {};
  const child = setAtPath(obj[key], rest, next);
  if (child === undefined || (rest.length > 0 && isRecord(child) && Object.keys(child).length === 0)) delete obj[key];
  else obj[key] = child;
  return obj;
}
