import { describe, expect, it } from 'vitest';
import { summarizeSnapshot, type HeapSnapshotJson } from '../../../soak/heapSnapshot';

/** A snapshot in V8's layout: flat node records whose fields the meta names, types by index. */
function snapshot(nodes: [type: string, size: number][]): HeapSnapshotJson {
  const types = ['hidden', 'array', 'string', 'object', 'code', 'closure', 'regexp', 'number', 'native', 'synthetic'];
  const fields = ['type', 'name', 'id', 'self_size', 'edge_count', 'trace_node_id', 'detachedness'];
  return {
    snapshot: { meta: { node_fields: fields, node_types: [types, 'string', 'number'] } },
    nodes: nodes.flatMap(([t, size], i) => [types.indexOf(t), 0, i + 1, size, 0, 0, 0]),
  };
}

describe('summarizeSnapshot', () => {
  it("sums the app's objects apart from V8's code and the native objects", () => {
    const s = snapshot([
      ['synthetic', 0],
      ['object', 100],
      ['closure', 32],
      ['string', 24],
      ['array', 16],
      ['code', 1000],
      ['code', 500],
      ['native', 4096],
    ]);
    expect(summarizeSnapshot(s)).toEqual({ objects: 172, code: 1500, native: 4096 });
  });

  it('refuses a snapshot whose nodes it cannot read', () => {
    const s = snapshot([['object', 1]]);
    s.snapshot.meta.node_fields = ['type', 'name'];
    expect(() => summarizeSnapshot(s)).toThrow(/self_size/);
  });
});
