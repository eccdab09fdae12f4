import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { syntaxTree } from '@codemirror/language';
import type { JsonPath } from '../../../manifest/jsonPath';
import { completionContext } from './jsonTree';

/** The part of JSON Schema the completion reads. */
export interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  enum?: unknown[];
  const?: unknown;
  description?: string;
}

/** A schema's alternatives, flattened (anyOf / oneOf). */
function branches(s: SchemaNode): SchemaNode[] {
  const alts = [...(s.anyOf ?? []), ...(s.oneOf ?? [])];
  return alts.length ? alts.flatMap(branches) : [s];
}

/** The schemas a value at `path` may follow; `typeHint` narrows media items by their "type". */
function schemasAt(root: SchemaNode, path: JsonPath, typeHint?: string): SchemaNode[] {
  let cur = branches(root);
  for (const step of path) {
    cur = cur.flatMap((s) => {
      const next = typeof step === 'number' ? s.items : s.properties?.[step];
      return next ? branches(next) : [];
    });
  }
  if (typeHint !== undefined) {
    const typed = cur.filter((s) => s.properties?.type?.const === typeHint);
    if (typed.length) return typed;
  }
  return cur;
}

/** Offered in the schema's order (S, M, L), not the alphabet's. */
const inSchemaOrder = (options: Completion[]): Completion[] => options.map((o, i) => ({ ...o, boost: 99 - Math.min(i, 198) }));

/** Property names an object at `path` may have, with their descriptions. */
function propertyCompletions(root: SchemaNode, path: JsonPath, typeHint?: string): Completion[] {
  const seen = new Map<string, Completion>();
  for (const s of schemasAt(root, path, typeHint))
    for (const [name, sub] of Object.entries(s.properties ?? {}))
      if (!seen.has(name)) seen.set(name, { label: JSON.stringify(name), type: 'property', detail: sub.description });
  return inSchemaOrder([...seen.values()]);
}

/** The values a key may take, when the schema lists them (enums, constants, booleans). */
function valueCompletions(root: SchemaNode, path: JsonPath, key: string, typeHint?: string): Completion[] {
  const values = new Set<string>();
  const subs = schemasAt(root, path, key === 'type' ? undefined : typeHint).flatMap((o) => {
    const sub = o.properties?.[key];
    return sub ? branches(sub) : [];
  });
  for (const s of subs) {
    for (const v of s.enum ?? []) values.add(JSON.stringify(v));
    if (s.const !== undefined) values.add(JSON.stringify(s.const));
    if (s.type === 'boolean') ['true', 'false'].forEach((v) => values.add(v));
  }
  return inSchemaOrder([...values].map((label) => ({ label, type: 'enum' })));
}

/** A CodeMirror completion source from a JSON Schema, along the cursor's JSON path. */
export function schemaCompletion(root: SchemaNode) {
  return (ctx: CompletionContext): CompletionResult | null => {
    const slice = (from: number, to: number) => ctx.state.sliceDoc(from, to);
    const where = completionContext(syntaxTree(ctx.state), slice, ctx.pos);
    if (!where) return null;
    const word = ctx.matchBefore(/"?[\w$-]*/);
    if (!word || (word.from === word.to && !ctx.explicit && where.at === 'value')) return null;
    const typeHint = /"type"\s*:\s*"(\w+)"/.exec(slice(where.object.from, where.object.to))?.[1];
    const options =
      where.at === 'key'
        ? propertyCompletions(root, where.path, typeHint)
        : valueCompletions(root, where.path, where.key, typeHint);
    return options.length ? { from: word.from, options, validFor: /^"?[\w$-]*"?$/ } : null;
  };
}
