import type { syntaxTree } from '@codemirror/language';
import type { JsonPath } from '../../../manifest/jsonPath';

/** Reads JSON text positions off the @codemirror/lang-json (Lezer) syntax tree. */

// Lezer's types, through the package that hands out the tree (@lezer/common is not ours to list).
type Tree = ReturnType<typeof syntaxTree>;
type SyntaxNode = Tree['topNode'];

const VALUE = new Set(['Object', 'Array', 'String', 'Number', 'True', 'False', 'Null']);
type Slice = (from: number, to: number) => string;

function keyOf(prop: SyntaxNode, slice: Slice): string | null {
  const name = prop.getChild('PropertyName');
  if (!name) return null;
  try {
    return JSON.parse(slice(name.from, name.to)) as string;
  } catch {
    return slice(name.from, name.to).replace(/^"|"$/g, '');
  }
}

function valueOf(prop: SyntaxNode): SyntaxNode | null {
  for (let c = prop.lastChild; c; c = c.prevSibling) if (VALUE.has(c.name)) return c;
  return null;
}

function top(tree: Tree): SyntaxNode | null {
  for (let c = tree.topNode.firstChild; c; c = c.nextSibling) if (VALUE.has(c.name)) return c;
  return null;
}

/**
 * The text range of the value at a JSON path. Where the path stops early (a missing key), the
 * key of the deepest property found, or the opening brace of the deepest object or array.
 */
export function jsonPathRange(tree: Tree, slice: Slice, path: JsonPath): { from: number; to: number } | null {
  let node = top(tree);
  if (!node) return null;
  let key: SyntaxNode | null = null;
  for (const step of path) {
    let next: SyntaxNode | null = null;
    if (node.name === 'Object' && typeof step === 'string') {
      for (const prop of node.getChildren('Property'))
        if (keyOf(prop, slice) === step) {
          key = prop.getChild('PropertyName');
          next = valueOf(prop);
          if (!next) return key && { from: key.from, to: key.to };
        }
    } else if (node.name === 'Array' && typeof step === 'number') {
      let i = 0;
      for (let c: SyntaxNode | null = node.firstChild; c; c = c.nextSibling)
        if (VALUE.has(c.name) && i++ === step) {
          next = c;
          key = null;
          break;
        }
    }
    if (!next) return key ?? { from: node.from, to: node.from + 1 };
    node = next;
  }
  // A long object or array is marked at its opening, not over all its lines.
  return node.name === 'Object' || node.name === 'Array'
    ? { from: node.from, to: node.from + 1 }
    : { from: node.from, to: node.to };
}

/** The JSON path of a value node (an Object, Array or scalar in the tree). */
function pathOfNode(node: SyntaxNode, slice: Slice): JsonPath {
  const path: JsonPath = [];
  for (let n: SyntaxNode = node; n.parent; n = n.parent) {
    const p = n.parent;
    if (p.name === 'Property') {
      const k = keyOf(p, slice);
      if (k !== null) path.unshift(k);
    } else if (p.name === 'Array') {
      let i = 0;
      for (let c = p.firstChild; c && c.from < n.from; c = c.nextSibling) if (VALUE.has(c.name)) i++;
      path.unshift(i);
    }
  }
  return path;
}

/** Where the cursor is for completing: in an object at `path`, on a key or on the value of `key`. */
export function completionContext(
  tree: Tree,
  slice: Slice,
  pos: number,
): { path: JsonPath; object: SyntaxNode; at: 'key' } | { path: JsonPath; object: SyntaxNode; at: 'value'; key: string } | null {
  let n: SyntaxNode | null = tree.resolveInner(pos, -1);
  while (n && !(n.name === 'Object' && n.from < pos)) n = n.parent;
  if (!n) return null;
  const before = slice(n.from, pos);
  const value = /"((?:[^"\\]|\\.)*)"\s*:\s*"?[^",{}[\]:]*$/.exec(before);
  if (value) return { path: pathOfNode(n, slice), object: n, at: 'value', key: value[1]! };
  if (/[{,]\s*"?[\w$-]*$/.test(before)) return { path: pathOfNode(n, slice), object: n, at: 'key' };
  return null;
}
