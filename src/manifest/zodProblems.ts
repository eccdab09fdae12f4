import type { z } from 'zod';
import { describeValue, formatJsonPath, type ManifestProblem } from './problems';

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function unitOf(origin: string | undefined): string {
  return origin === 'string' ? 'characters' : origin === 'array' ? 'items' : '';
}

function sizeOf(value: unknown): string {
  if (typeof value === 'string') return String(value.length);
  if (Array.isArray(value)) return String(value.length);
  return describeValue(value);
}

/** Turns a zod issue into "what was expected, what was found", with the found value read from the input. */
function messageFor(issue: z.core.$ZodIssue, found: unknown): string {
  const got = describeValue(found);
  switch (issue.code) {
    case 'invalid_type':
      return found === undefined ? `required, expected ${issue.expected}, got nothing` : `expected ${issue.expected}, got ${got}`;
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'int')
        return `expected ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}, got ${String(found)}`;
      return `expected at most ${String(issue.maximum)} ${unitOf(issue.origin)}, got ${sizeOf(found)}`.replace('  ', ' ');
    case 'too_small':
      if (issue.origin === 'number' || issue.origin === 'int')
        return `expected ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}, got ${String(found)}`;
      if (issue.origin === 'string' && issue.minimum === 1) return `expected a non-empty text, got ${got}`;
      return `expected at least ${String(issue.minimum)} ${unitOf(issue.origin)}, got ${sizeOf(found)}`.replace('  ', ' ');
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${got}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`;
    case 'invalid_union':
      if ('note' in issue && issue.note === 'No matching discriminator')
        return `expected a known "type", got ${describeValue(valueAt(found, [issue.discriminator ?? 'type']))}`;
      {
        // The branch that took the value's shape (a string, for "a file or one per language")
        // says what is wrong with it ("not an http(s) URL"), better than the list of shapes.
        const near = issue.errors.find((errs) => {
          const first = errs[0];
          return first !== undefined && first.path.length === 0 && first.code !== 'invalid_type';
        });
        if (found !== undefined && near?.[0]) return messageFor(near[0], found);
      }
      return `${issue.message}, got ${got}`;
    default:
      // Our own messages (regex, refine) already say what was expected.
      return `${issue.message}, got ${got}`;
  }
}

export function zodProblems(
  error: z.ZodError,
  input: unknown,
  file: string,
  prefix: readonly PropertyKey[] = [],
): ManifestProblem[] {
  return error.issues.map((issue) => {
    const found = valueAt(input, issue.path);
    return {
      file,
      path: formatJsonPath([...prefix, ...issue.path]),
      message: messageFor(issue, found),
      severity: 'error' as const,
    };
  });
}
