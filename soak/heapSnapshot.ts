import type { CDPSession } from 'playwright-core';

/** The parts of a V8 heap snapshot (`.heapsnapshot` JSON) this reads. */
export interface HeapSnapshotJson {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

export interface HeapSummary {
  /** JS objects, strings, arrays, closures, hidden classes: what a leak of the app's would grow. */
  objects: number;
  /** Bytecode and optimised machine code: V8's, grows as functions get hot, flushed when cold. */
  code: number;
  /** Blink's and V8's native objects the snapshot also lists (style, font and inspector caches). */
  native: number;
}

/**
 * Sums a snapshot's nodes by kind. The heap's used size mixes the app's objects with V8's compiled
 * code: over a few hundred visits the code grows by as much as a leak would (more functions get
 * optimised, bytecode is flushed and recompiled) while the objects stay flat, so the soak holds
 * the objects to its limit and shows the code beside them.
 */
export function summarizeSnapshot(s: HeapSnapshotJson): HeapSummary {
  const fields = s.snapshot.meta.node_fields;
  const types = s.snapshot.meta.node_types[0];
  const stride = fields.length;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  if (typeAt < 0 || sizeAt < 0) throw new Error('heap snapshot without node type or self_size fields');
  const out: HeapSummary = { objects: 0, code: 0, native: 0 };
  for (let i = 0; i < s.nodes.length; i += stride) {
    const type = types[s.nodes[i + typeAt]!];
    const size = s.nodes[i + sizeAt]!;
    if (type === 'code') out.code += size;
    else if (type === 'native') out.native += size;
    // The root and the groups DevTools shows (synthetic) have no size of their own.
    else if (type !== 'synthetic') out.objects += size;
  }
  return out;
}

/** Takes a heap snapshot (V8 collects garbage first) and sums it. */
export async function heapSummary(cdp: CDPSession): Promise<HeapSummary> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return summarizeSnapshot(JSON.parse(chunks.join('')) as HeapSnapshotJson);
}
