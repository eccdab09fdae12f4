import { describeValue, formatJsonPath, type ManifestProblem } from './problems.ts';

/** Limits applied before a manifest reaches the schema: cheap checks that stop hostile input early. */
export const MANIFEST_LIMITS = {
  maxBytes: 1024 * 1024,
  maxDepth: 24,
  maxStringLength: 50_000,
  maxKeysPerObject: 200,
  maxArrayLength: 2_000,
  /** A hall bundle carries every booth of a hall in one file (see bundle.ts): up to 2,000 of them. */
  maxBundleBytes: 32 * 1024 * 1024,
} as const;

// A hostile file can hold millions of problems; an exhibitor needs the first few.
const MAX_LISTED = 50;

// Keys that can reach Object.prototype when a parsed object is later merged or spread.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const bytes = (n: number) => `${n.toLocaleString('en-US')} bytes`;

/** The message for a manifest over the size limit; `got` when its size is known. */
export function tooLargeMessage(limit: number, got?: number): string {
  const mib = limit / 1024 / 1024;
  return `expected a manifest of at most ${bytes(limit)} (${mib} MiB), got ${got === undefined ? 'more' : bytes(got)}`;
}

export type GuardResult = { ok: true; value: unknown } | { ok: false; problems: ManifestProblem[] };

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Parses JSON text defensively: size limit first, then structure limits, never throws. */
export function parseJsonGuarded(text: string, file: string): GuardResult {
  const err = (path: string, message: string): GuardResult => ({
    ok: false,
    problems: [{ file, path, message, severity: 'error' }],
  });
  // Cheap upper bound first, so a 100 MB string is never encoded.
  if (text.length > MANIFEST_LIMITS.maxBytes || byteLength(text) > MANIFEST_LIMITS.maxBytes) {
    return err(
      '',
      tooLargeMessage(MANIFEST_LIMITS.maxBytes, text.length > MANIFEST_LIMITS.maxBytes * 4 ? text.length : byteLength(text)),
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return err('', `expected valid JSON, got a syntax error: ${(e as Error).message}`);
  }
  const problems = checkStructure(value, file);
  return problems.length ? { ok: false, problems } : { ok: true, value };
}

/** Walks parsed JSON iteratively (no recursion, so depth cannot blow the stack). */
export function checkStructure(root: unknown, file: string): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }];
  let unlisted = 0;
  const push = (path: PropertyKey[], message: string) => {
    if (problems.length < MAX_LISTED) problems.push({ file, path: formatJsonPath(path), message, severity: 'error' });
    else unlisted++;
  };
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.length > MANIFEST_LIMITS.maxStringLength)
        push(path, `expected a text of at most ${MANIFEST_LIMITS.maxStringLength} characters, got ${value.length}`);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MANIFEST_LIMITS.maxDepth) {
      push(path, `expected at most ${MANIFEST_LIMITS.maxDepth} levels of nesting, got deeper`);
      continue;
    }
    if (Array.isArray(value)) {
      if (value.length > MANIFEST_LIMITS.maxArrayLength) {
        push(path, `expected at most ${MANIFEST_LIMITS.maxArrayLength} items, got ${value.length}`);
        continue;
      }
      value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > MANIFEST_LIMITS.maxKeysPerObject) {
      push(path, `expected at most ${MANIFEST_LIMITS.maxKeysPerObject} keys, got ${keys.length}`);
      continue;
    }
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) {
        push([...path, key], `expected an ordinary key, got ${describeValue(key)}, which is not allowed in a manifest`);
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  if (unlisted)
    problems.push({
      file,
      path: '',
      message: `${unlisted} more problem(s) of this kind not listed: fix the above first`,
      severity: 'error',
    });
  return problems;
}
